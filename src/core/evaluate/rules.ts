/**
 * Scoring rules as data. A preset is a table of settings, never a code path of its own;
 * per-row 计分方法 (ScoringMethod) overrides the preset's default for quantitative rows.
 * Sources: 财预〔2020〕10号 and the tables in use (see README, "Scoring rules").
 */
import type { QualitativeLevel } from "../parse/types";

export interface Band {
  /** Inclusive lower bound as a fraction of the weight. */
  readonly min: number;
  /** Upper bound; inclusive only for the top band. */
  readonly max: number;
  /** Fraction given when no self-assessed score is stated. */
  readonly default: number;
}

export interface GradeBands {
  readonly excellent: number;
  readonly good: number;
  readonly fair: number;
}

export interface RuleSet {
  readonly name: "mof2020" | "pass-fail";
  /** How a quantitative row without its own 计分方法 is scored. */
  readonly quantitative: "proportional" | "passFail";
  /** How a qualitative row without its own 计分方法 is scored. */
  readonly qualitative: "bands" | "passFail";
  readonly bands: Readonly<Record<QualitativeLevel, Band>>;
  readonly grades: GradeBands;
  /** Execution rates below this are flagged (Sichuan: 预算执行率未达到90%的需说明原因). */
  readonly lowExecution: number;
  /** Actual at or above this multiple of a positive target is flagged as 偏离. */
  readonly overTarget: number;
  /** A stated score differing by this much or more is a mismatch. */
  readonly mismatchTolerance: number;
}

const mofBands: Readonly<Record<QualitativeLevel, Band>> = {
  achieved: { min: 0.8, max: 1, default: 1 },
  partial: { min: 0.6, max: 0.8, default: 0.7 },
  notAchieved: { min: 0, max: 0.6, default: 0.3 },
};

const mofGrades: GradeBands = { excellent: 90, good: 80, fair: 60 };

export const presets: Readonly<Record<RuleSet["name"], RuleSet>> = {
  mof2020: {
    name: "mof2020",
    quantitative: "proportional",
    qualitative: "bands",
    bands: mofBands,
    grades: mofGrades,
    lowExecution: 0.9,
    overTarget: 1.3,
    mismatchTolerance: 0.01,
  },
  // 达标得满分，未达标不得分 (the reference report scores this way).
  "pass-fail": {
    name: "pass-fail",
    quantitative: "passFail",
    qualitative: "passFail",
    bands: mofBands,
    grades: mofGrades,
    lowExecution: 0.9,
    overTarget: 1.3,
    mismatchTolerance: 0.01,
  },
};

export function ruleSet(name: RuleSet["name"], grades?: GradeBands): RuleSet {
  const base = presets[name];
  return grades ? { ...base, grades } : base;
}

export function isRuleName(s: string): s is RuleSet["name"] {
  return s === "mof2020" || s === "pass-fail";
}

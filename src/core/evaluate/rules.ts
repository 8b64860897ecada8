/**
 * Scoring rules as data. A RuleSet is a rule pack (src/core/rules) compiled into what the scorer
 * reads; it is never a code path of its own. Per-row 计分方法 (ScoringMethod) overrides the pack's
 * default for a row. Sources: 财预〔2020〕10号 and the tables in use (see README, "Scoring rules").
 */
import type { QualitativeLevel } from "../parse/types";
import type { RulePack } from "../rules/pack";
import { packNamed, shippedPacks } from "../rules/shipped";
import type { Grade } from "../types";

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

/** A shipped pack's name, or a pack (a user's file, checked at the edge). */
export type RuleChoice = string | RulePack;

export interface RuleSet {
  readonly name: string;
  /** The pack everything below is read from (name, source, execution, cap, directions). */
  readonly pack: RulePack;
  /** How a quantitative row without its own 计分方法 is scored. */
  readonly quantitative: "byDirection" | "passFail";
  /** How a qualitative row without its own 计分方法 is scored. */
  readonly qualitative: "bands" | "passFail";
  readonly bands: Readonly<Record<QualitativeLevel, Band>>;
  readonly grades: GradeBands;
  /** The pack's zh-CN grade labels (优 / 良 / 中 / 差 unless it says otherwise). */
  readonly gradeLabels: Readonly<Record<Grade, string>>;
  /** Execution rates below this are flagged (Sichuan: 预算执行率未达到90%的需说明原因). */
  readonly lowExecution: number;
  /** Actual at or above this multiple of a positive target is flagged as 偏离. */
  readonly overTarget: number;
  /** A stated score differing by this much or more is a mismatch. */
  readonly mismatchTolerance: number;
}

export function compilePack(pack: RulePack, grades?: GradeBands): RuleSet {
  const ind = pack.indicators;
  const min = (g: Grade): number => pack.grades.find((b) => b.grade === g)?.min ?? 0;
  const label = (g: Grade, fallback: string): string =>
    pack.grades.find((b) => b.grade === g)?.label ?? fallback;
  return {
    name: pack.name,
    pack,
    quantitative: ind.default,
    qualitative: ind.default === "passFail" || ind.qualitative.scoring === "passFail" ? "passFail" : "bands",
    bands: ind.qualitative.bands,
    grades: grades ?? { excellent: min("excellent"), good: min("good"), fair: min("fair") },
    gradeLabels: {
      excellent: label("excellent", "优"),
      good: label("good", "良"),
      fair: label("fair", "中"),
      poor: label("poor", "差"),
    },
    lowExecution: pack.lowExecution,
    overTarget: ind.overTarget.at,
    mismatchTolerance: 0.01,
  };
}

/** The RuleSet for a shipped pack's name or a pack; throws on a name no pack has (the shells check first). */
export function ruleSet(choice: RuleChoice, grades?: GradeBands): RuleSet {
  const pack = typeof choice === "string" ? packNamed(choice) : choice;
  if (!pack)
    throw new Error(
      `unknown rule pack: ${String(choice)} (shipped: ${shippedPacks.map((p) => p.name).join(", ")})`,
    );
  return compilePack(pack, grades);
}

/** The shipped presets by name (mof2020, pass-fail and the local packs). */
export const presets: Readonly<Record<string, RuleSet>> = Object.fromEntries(
  shippedPacks.map((p) => [p.name, compilePack(p)]),
);

export function isRuleName(s: string): boolean {
  return packNamed(s) !== undefined;
}

/**
 * A rule pack: every scoring variant in use, as data a finance bureau can write (a JSON file, its
 * schema in schemas/rule-pack.schema.json). Fractions are fractions (0.9, not 90); points are
 * points. Shipped packs live beside this file; a user's file is checked at the edge (the schema)
 * and here (checkPack: the bands), then compiled into the RuleSet the engine scores by.
 */
import type { ScoringMethod } from "../types";

/** Half-open band [min, max) of the execution rate (max null: no upper bound). */
export interface RateBand {
  readonly min: number;
  readonly max: number | null;
}

export type ExecutionRule =
  /** 得分 = 分值 × 执行率, capped at 分值 or not. */
  | { readonly kind: "proportional"; readonly capped: boolean }
  /**
   * 100 % scores full; every `step` below it deducts `deduct` points, down to 0 ("每低于5%扣2分，
   * 扣完为止"). partial "counts": a started step deducts; "ignored": only whole steps do.
   */
  | {
      readonly kind: "stepped";
      readonly step: number;
      readonly deduct: number;
      readonly partial: "counts" | "ignored";
    }
  /**
   * Points by rate band ("≥90%计5分；80%(含)-90%计4分 …"), out of `outOf`; a 分值 other than
   * `outOf` scales them (得分 = 分值 × points / outOf).
   */
  | {
      readonly kind: "banded";
      readonly outOf: number;
      readonly bands: readonly (RateBand & { readonly points: number })[];
    };

/** The total may not exceed `max` while the execution rate is in [min, max). */
export type CapBand = RateBand & { readonly cap: number };

/** Per-occurrence deduction: each `per` over the target deducts `deduct` points, down to 0. */
export interface PerOccurrence {
  readonly kind: "perOccurrence";
  readonly per: number;
  readonly deduct: number;
  readonly partial: "counts" | "ignored";
}

export type ForwardRule = "proportional" | "passFail";
/** linear: 0 at twice the target (MoF platform); ratio: target / actual × 分值 (some templates). */
export type ReverseRule = "linear" | "ratio" | "passFail" | PerOccurrence;

export interface QualitativeBand {
  /** Inclusive lower bound, a fraction of the 分值. */
  readonly min: number;
  /** Upper bound: exclusive, except for the top band. */
  readonly max: number;
  /** The fraction given when no self-assessed score is stated. */
  readonly default: number;
}

export interface IndicatorRules {
  /** Rows with no 计分方法 word: scored by their direction's rule, or 达标制 (met or nothing). */
  readonly default: "byDirection" | "passFail";
  readonly forward: ForwardRule;
  readonly reverse: ReverseRule;
  readonly equal: ForwardRule;
  /** Actual ≥ at × target (forward): flagged 偏离, and `deduct` points taken off (0: flag only). */
  readonly overTarget: { readonly at: number; readonly deduct: number };
  readonly qualitative: {
    readonly scoring: "bands" | "passFail";
    readonly bands: {
      readonly achieved: QualitativeBand;
      readonly partial: QualitativeBand;
      readonly notAchieved: QualitativeBand;
    };
  };
}

export interface GradeBand {
  readonly grade: "excellent" | "good" | "fair" | "poor";
  /** Inclusive lower bound of the total. */
  readonly min: number;
  /** The label written (zh-CN), e.g. 优 or 优秀. */
  readonly label: string;
}

/** The expected weights of the 一级 blocks, for the weight check. */
export interface WeightFramework {
  readonly name: string;
  /** A block whose 一级指标 text contains one of `match` should weigh `weight`. */
  readonly blocks: readonly { readonly match: readonly string[]; readonly weight: number }[];
  /** The budget-execution 分值, when the framework gives it one. */
  readonly execution: number | null;
}

export interface RulePack {
  /** Short id: letters, digits and hyphens (what --rules takes). */
  readonly name: string;
  readonly title: string;
  /** The document or table the rule comes from. */
  readonly source: string;
  readonly execution: ExecutionRule;
  /** Execution rates below this are flagged (Sichuan: 预算执行率未达到90%的需说明原因). */
  readonly lowExecution: number;
  readonly totalCap: readonly CapBand[];
  readonly indicators: IndicatorRules;
  readonly grades: readonly GradeBand[];
  readonly weights: WeightFramework | null;
  /** 计分方法 words added to (or replacing) the built-in ones. */
  readonly methods: Readonly<Record<string, ScoringMethod>>;
}

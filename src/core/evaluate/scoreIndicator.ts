/**
 * Scores one indicator. The completion figure is what the formula in the completion column
 * computes; the score is derived from it the same way the score formula does, so the engine and
 * the spreadsheet agree to the cent.
 */
import type { QualitativeLevel, Target, Actual } from "../parse/types";
import { round2 } from "../round";
import type { Indicator, ScoringMethod } from "../types";
import { EPS, stepsIn } from "../rules/execution";
import type { PerOccurrence } from "../rules/pack";
import type { RuleSet } from "./rules";

export type Direction = "forward" | "reverse" | "equal";

/** How a reverse row's completion is computed (the pack's reverse rule, less 达标制, which is a mode). */
export type ReverseShape = "linear" | "ratio" | PerOccurrence;

/** Points taken off an over-achieving forward row (the pack's overTarget with deduct > 0). */
export interface OverDeduction {
  readonly at: number;
  readonly deduct: number;
}

/** How the row is scored: tells the planner which formula to write. */
export type Scoring =
  | {
      readonly kind: "quantitative";
      readonly direction: Direction;
      readonly mode: "proportional" | "passFail";
      /** For direction "reverse": linear (0 at 2×), ratio (target / actual), or per-occurrence deduction. */
      readonly reverse: ReverseShape;
      readonly overDeduction: OverDeduction | null;
      readonly target: number;
      readonly actual: number;
    }
  /** Qualitative: completion is a fraction of the weight, either the stated score's or the band default. */
  | {
      readonly kind: "qualitative";
      readonly level: QualitativeLevel;
      readonly mode: "bands" | "passFail";
      /** The self-assessed score is kept (inside its band): completion = stated / weight. */
      readonly keptReported: boolean;
      readonly fraction: number;
    }
  | { readonly kind: "manual" }
  | {
      readonly kind: "none";
      readonly why: "missing-actual" | "unparsed-target" | "no-target" | "no-weight" | "missing-column";
    };

export interface IndicatorScore {
  readonly scoring: Scoring;
  readonly completion: number | null;
  readonly score: number | null;
  readonly belowTarget: boolean;
  /** Completion below this marks the row (1 for quantitative, the achieved band's floor for qualitative). */
  readonly threshold: number;
  readonly overTarget: boolean;
  readonly qualitativeDefault: boolean;
  /** A stated score outside its qualitative band. */
  readonly outsideBand: boolean;
}

export function forwardCompletion(actual: number, target: number): number {
  const a = Math.max(0, actual);
  if (target === 0) return a >= 0 ? 1 : 0;
  return a / target;
}

export function reverseCompletion(actual: number, target: number): number {
  const a = Math.max(0, actual);
  if (target === 0) return a <= 0 ? 1 : 0;
  return 1 - (a - target) / target;
}

export function equalCompletion(actual: number, target: number): number {
  const a = Math.max(0, actual);
  if (target === 0) return a <= 0 ? 1 : 0;
  return a / target;
}

/** target / actual: full at or under the target, less as the actual grows. */
export function reverseRatioCompletion(actual: number, target: number): number {
  const a = Math.max(0, actual);
  return a <= 0 ? 1 : target / a;
}

/** The share of the 分值 left after `deduct` points per `per` over the target (a 分值 of 0 loses nothing). */
export function perOccurrenceCompletion(
  rule: PerOccurrence,
  actual: number,
  target: number,
  weight: number,
): number {
  if (weight === 0) return 1;
  const over = Math.max(0, Math.max(0, actual) - target) / rule.per;
  return Math.max(0, weight - rule.deduct * stepsIn(over, rule.partial)) / weight;
}

export function completionOf(
  direction: Direction,
  actual: number,
  target: number,
  reverse: ReverseShape = "linear",
  weight = 1,
): number {
  switch (direction) {
    case "forward":
      return forwardCompletion(actual, target);
    case "reverse":
      if (reverse === "linear") return reverseCompletion(actual, target);
      if (reverse === "ratio") return reverseRatioCompletion(actual, target);
      return perOccurrenceCompletion(reverse, actual, target, weight);
    case "equal":
      return equalCompletion(actual, target);
  }
}

export function scoreFromCompletion(
  mode: "proportional" | "passFail" | "bands",
  weight: number,
  c: number,
  over: OverDeduction | null = null,
): number {
  const base = mode === "passFail" ? (c >= 1 ? weight : 0) : weight * Math.max(0, Math.min(1, c));
  // The deduction compares the completion as the formula does, within EPS of the threshold.
  const off = over !== null && c + EPS >= over.at ? over.deduct : 0;
  return round2(off === 0 ? base : Math.max(0, base - off));
}

function directionOf(target: Target & { kind: "quantitative" }, method: ScoringMethod | null): Direction {
  if (method === "forward") return "forward";
  if (method === "reverse") return "reverse";
  if (method === "equal") return "equal";
  switch (target.comparator) {
    case "ge":
    case "gt":
      return "forward";
    case "le":
    case "lt":
      return "reverse";
    case "eq":
      return "equal";
  }
}

function bandOf(rules: RuleSet, level: QualitativeLevel, stated: number, weight: number): boolean {
  const b = rules.bands[level];
  if (weight <= 0) return false;
  const f = stated / weight;
  const eps = 1e-9;
  const top = level === "achieved" ? f <= b.max + eps : f < b.max - eps;
  return f >= b.min - eps && top;
}

function levelOf(actual: Actual, target: Target): QualitativeLevel | null {
  if (actual.kind === "qualitative") return actual.level;
  if (actual.kind === "text" && target.kind === "qualitative" && actual.text.trim() === target.text.trim())
    return "achieved";
  return null;
}

/** A row that cannot be scored, and why; a missing actual scores 0 ("按0分计"), the rest nothing. */
export const unscored = (why: Extract<Scoring, { kind: "none" }>["why"]): IndicatorScore => ({
  scoring: { kind: "none", why },
  completion: null,
  score: why === "missing-actual" ? 0 : null,
  belowTarget: false,
  threshold: 1,
  overTarget: false,
  qualitativeDefault: false,
  outsideBand: false,
});

export function scoreIndicator(ind: Indicator, rules: RuleSet): IndicatorScore {
  const w = ind.weight;
  const method = ind.method;
  if (w === null) return unscored("no-weight");
  if (method === "manual") {
    const s = ind.reportedScore;
    const completion = s === null || w === 0 ? null : s / w;
    return {
      scoring: { kind: "manual" },
      completion,
      score: s === null ? null : round2(s),
      belowTarget: completion !== null && completion < 1,
      threshold: 1,
      overTarget: false,
      qualitativeDefault: false,
      outsideBand: false,
    };
  }
  const t = ind.target;
  if (t.kind === "unparsed") return unscored("unparsed-target");
  const a = ind.actual;
  // Neither target nor actual, yet a weight (and often a typed score): the actual is what is missing.
  if (t.kind === "empty") return unscored(a.kind === "empty" ? "missing-actual" : "no-target");
  if (a.kind === "empty") return unscored("missing-actual");

  if (t.kind === "quantitative" && a.kind === "quantity") {
    const direction = directionOf(t, method);
    const rule = rules.pack.indicators[direction];
    const mode =
      method === "passFail" || (method === null && rules.quantitative === "passFail") || rule === "passFail"
        ? "passFail"
        : "proportional";
    const reverse: ReverseShape =
      direction === "reverse" && rule !== "passFail" && rule !== "proportional" ? rule : "linear";
    const completion = completionOf(direction, a.value, t.value, reverse, w);
    const over = direction === "forward" && t.value > 0 && a.value >= rules.overTarget * t.value;
    const o = rules.pack.indicators.overTarget;
    const overDeduction = direction === "forward" && t.value > 0 && o.deduct > 0 ? o : null;
    return {
      scoring: {
        kind: "quantitative",
        direction,
        mode,
        reverse,
        overDeduction,
        target: t.value,
        actual: a.value,
      },
      completion,
      score: scoreFromCompletion(mode, w, completion, overDeduction),
      belowTarget: completion < 1,
      threshold: 1,
      overTarget: over,
      qualitativeDefault: false,
      outsideBand: false,
    };
  }

  const level = levelOf(a, t);
  if (level === null) return unscored("missing-actual");
  const mode =
    method === "passFail" || (method === null && rules.qualitative === "passFail") ? "passFail" : "bands";
  const band = rules.bands[level];
  if (mode === "passFail") {
    const fraction = level === "achieved" ? 1 : band.default;
    return {
      scoring: { kind: "qualitative", level, mode, keptReported: false, fraction },
      completion: fraction,
      score: scoreFromCompletion("passFail", w, fraction),
      belowTarget: level !== "achieved",
      threshold: 1,
      overTarget: false,
      qualitativeDefault: false,
      outsideBand: false,
    };
  }
  const stated = ind.reportedScore;
  const kept = stated !== null && bandOf(rules, level, stated, w);
  const fraction = kept && stated !== null && w !== 0 ? stated / w : band.default;
  return {
    scoring: { kind: "qualitative", level, mode, keptReported: kept, fraction },
    completion: fraction,
    score: scoreFromCompletion("bands", w, fraction),
    belowTarget: level !== "achieved",
    threshold: rules.bands.achieved.min,
    overTarget: false,
    qualitativeDefault: stated === null,
    outsideBand: stated !== null && !kept,
  };
}

/**
 * The formulas the engine writes, en-US syntax without "=". Each mirrors one function of
 * evaluate/ (named beside it) so that Excel and the engine compute the same figure; every
 * division is guarded.
 */
import type { Direction, OverDeduction, ReverseShape } from "../evaluate/scoreIndicator";
import { literal } from "./operand";

const isLiteral = (x: string): boolean => /^\(?-?[\d.e+-]+\)?$/i.test(x);

/** budget.ts: rate = actual / budget, empty when the budget is 0 or blank or the actual is blank. */
export function rateFormula(actual: string, denominator: string, actualRef: string | null): string {
  const blank = actualRef ? `,${actualRef}=""` : "";
  return `IFERROR(IF(OR(${denominator}=0${blank}),"",${actual}/${denominator}),"")`;
}

/** scoreIndicator.ts completionOf: forward, reverse (linear, ratio, per occurrence) and equal. */
export function completionFormula(
  direction: Direction,
  actual: string,
  target: string,
  reverse: ReverseShape = "linear",
  weight = "1",
): string {
  const a = isLiteral(actual)
    ? literal(Math.max(0, Number(actual.replace(/[()]/g, ""))))
    : `MAX(0,${actual})`;
  if (direction === "reverse" && reverse === "ratio") return `IF(${a}<=0,1,${target}/${a})`;
  if (direction === "reverse" && typeof reverse === "object") {
    const over = `MAX(0,${a}-${target})/${literal(reverse.per)}`;
    const steps = reverse.partial === "counts" ? `-INT(1E-9-${over})` : `INT(${over}+1E-9)`;
    return `IF(${weight}=0,1,MAX(0,${weight}-${literal(reverse.deduct)}*${steps})/${weight})`;
  }
  const zeroBranch = direction === "forward" ? "1" : `IF(${a}<=0,1,0)`;
  const main = direction === "reverse" ? `1-(${a}-${target})/${target}` : `${a}/${target}`;
  if (isLiteral(target)) return Number(target.replace(/[()]/g, "")) === 0 ? zeroBranch : main;
  return `IF(${target}=0,${zeroBranch},${main})`;
}

/** scoreIndicator.ts scoreFromCompletion, with the over-achievement deduction when the pack has one. */
export function scoreFormula(
  mode: "proportional" | "passFail" | "bands",
  weight: string,
  completion: string,
  over: OverDeduction | null = null,
): string {
  const c = `N(${completion})`;
  const base = mode === "passFail" ? `IF(${c}>=1,${weight},0)` : `${weight}*MAX(0,MIN(1,${c}))`;
  if (over === null) return `ROUND(${base},2)`;
  return `ROUND(MAX(0,${base}-IF(${c}+1E-9>=${literal(over.at)},${literal(over.deduct)},0)),2)`;
}

/** A stated score kept as it is (手工, or a qualitative score inside its band): fraction of the weight. */
export function statedFractionFormula(stated: string, weight: string): string {
  return `IFERROR(N(${stated})/${weight},0)`;
}

export function roundFormula(x: string): string {
  return `ROUND(N(${x}),2)`;
}

/**
 * Where a row falls below target: completion under `value`. A band's lower bound (80 %) is met by a
 * stated score such as 2.4 of 3, whose quotient is 0.7999999999999999 in binary: `tolerant` compares
 * the completion rounded to 9 decimals, so the rule reads as the plain bound and not as 0.799999999.
 */
export interface Threshold {
  readonly value: number;
  readonly tolerant: boolean;
}

function belowTest(completion: string, t: Threshold): string {
  const x = t.tolerant ? `ROUND(${completion},9)` : completion;
  return `AND(ISNUMBER(${completion}),${x}<${literal(t.value)})`;
}

/** The flag column: the below-target mark, from the completion cell and the row's threshold. */
export function flagFormula(completion: string, threshold: Threshold, mark: string): string {
  return `IF(${belowTest(completion, threshold)},"${mark.replace(/"/g, '""')}","")`;
}

/** The conditional format marking a below-target row (relative to the area's first row). */
export function belowTargetRule(completionColumnRef: string, threshold: Threshold): string {
  return belowTest(completionColumnRef, threshold);
}

export function totalFormula(scoreRange: string, extra: readonly string[]): string {
  const plus = extra.map((e) => `+N(${e})`).join("");
  return `ROUND(SUM(${scoreRange})${plus},2)`;
}

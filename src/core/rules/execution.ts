/**
 * The budget-execution score and the total cap, each beside the formula that computes it, so that
 * the engine's figure and the cell's agree: same order of operations, same tolerance at a threshold.
 */
import { round2 } from "../round";
import type { CapBand, ExecutionRule, RateBand } from "./pack";

/**
 * A rate within this of a threshold counts as on it: 8.1 / 9 is 0.8999999999999999 in binary
 * floating point, and a reviewer reads it as 90 %.
 */
export const EPS = 1e-9;
const EPS_F = "1E-9";

const num = (x: number): string => (x < 0 ? `(${x})` : String(x));

/** Whole steps in x: a started step counts ("counts") or not ("ignored"). */
export function stepsIn(x: number, partial: "counts" | "ignored"): number {
  return partial === "counts" ? Math.ceil(x - EPS) : Math.floor(x + EPS);
}

function stepsFormula(x: string, partial: "counts" | "ignored"): string {
  return partial === "counts" ? `-INT(${EPS_F}-${x})` : `INT(${x}+${EPS_F})`;
}

/** The score of an execution line: `rate` null (not computable) scores as 0, as N() of a blank does. */
export function executionScore(rule: ExecutionRule, weight: number, rate: number | null): number {
  const r = Math.max(0, rate ?? 0);
  switch (rule.kind) {
    case "proportional":
      return round2(weight * (rule.capped ? Math.min(1, r) : r));
    case "stepped":
      return round2(
        Math.max(0, weight - rule.deduct * stepsIn(Math.max(0, 1 - r) / rule.step, rule.partial)),
      );
    case "banded": {
      const band = bandOf(rule.bands, r);
      return round2((weight * (band?.points ?? 0)) / rule.outOf);
    }
  }
}

/** `weight` and `rate` are formula operands (the rate may be a blank cell: N() makes it 0). */
export function executionScoreFormula(rule: ExecutionRule, weight: string, rate: string): string {
  const r = `MAX(0,N(${rate}))`;
  switch (rule.kind) {
    case "proportional":
      return rule.capped ? `ROUND(${weight}*MIN(1,${r}),2)` : `ROUND(${weight}*${r},2)`;
    case "stepped": {
      const steps = stepsFormula(`MAX(0,1-${r})/${num(rule.step)}`, rule.partial);
      return `ROUND(MAX(0,${weight}-${num(rule.deduct)}*${steps}),2)`;
    }
    case "banded":
      return `ROUND(${weight}*${bandsFormula(rule.bands, r, (b) => num(b.points), "0")}/${num(rule.outOf)},2)`;
  }
}

/** The band holding `r`, highest first, each one's lower bound inclusive (within EPS). */
export function bandOf<B extends RateBand>(bands: readonly B[], r: number): B | null {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  const top = sorted[0];
  if (!top || (top.max !== null && r + EPS >= top.max)) return null;
  return sorted.find((b) => r + EPS >= b.min) ?? null;
}

/** Nested IFs from the highest band down: what bandOf picks, as a formula; `otherwise` above and below. */
function bandsFormula<B extends RateBand>(
  bands: readonly B[],
  r: string,
  value: (b: B) => string,
  otherwise: string,
): string {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  let f = otherwise;
  for (let i = sorted.length - 1; i >= 0; i--)
    f = `IF(${r}+${EPS_F}>=${num(sorted[i].min)},${value(sorted[i])},${f})`;
  const top = sorted[0];
  return top && top.max !== null ? `IF(${r}+${EPS_F}>=${num(top.max)},${otherwise},${f})` : f;
}

/** The total after the cap by execution: no cap when there are no bands or the rate is unknown. */
export function cappedTotal(bands: readonly CapBand[], rate: number | null, total: number): number {
  if (bands.length === 0 || rate === null) return total;
  const band = bandOf(bands, Math.max(0, rate));
  return band ? Math.min(band.cap, total) : total;
}

/** cappedTotal as a formula around `total` (already rounded); `rate` null leaves it as it is. */
export function cappedTotalFormula(bands: readonly CapBand[], rate: string | null, total: string): string {
  if (bands.length === 0 || rate === null) return total;
  const r = `MAX(0,N(${rate}))`;
  return `MIN(${total},${bandsFormula(bands, r, (b) => num(b.cap), total)})`;
}

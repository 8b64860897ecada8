/**
 * Rounding as Excel's ROUND does it: half away from zero on the decimal value. JavaScript's binary
 * floats would round 1.005 down (it is stored as 1.00499999...), so the value is first cut to 15
 * significant digits, which is what Excel shows and rounds.
 */
export function roundHalfAway(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const y = Math.abs(x) * 10 ** digits;
  // Cutting to 15 digits moves y by under 1e-14 of itself, which only matters next to a half:
  // elsewhere Math.round(y) is already the answer (and toPrecision is a hot spot at 50,000 rows).
  const nearHalf = Math.abs(y - Math.floor(y) - 0.5) <= y * 1e-14 + 1e-12;
  const scaled = nearHalf ? Number(y.toPrecision(15)) : y;
  const r = Math.round(scaled) / 10 ** digits;
  return x < 0 ? -r : r;
}

/** Scores and money: 2 decimals. */
export function round2(x: number): number {
  return roundHalfAway(x, 2);
}

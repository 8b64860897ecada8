/**
 * What the schema cannot say about a pack: bands that overlap or leave gaps, grades out of order.
 * Pure; each problem names the field (a JSON pointer) and what is allowed. Run after the schema.
 */
import type { RateBand, RulePack } from "./pack";

export interface PackProblem {
  /** JSON pointer of the field, e.g. "/execution/bands/2/min". */
  readonly field: string;
  readonly message: string;
}

const pct = (x: number): string => `${Number((x * 100).toPrecision(12))}%`;

/**
 * Rate bands must tile [0, top) with no overlap and no gap: sorted by min, the first starts at 0
 * and each ends where the next begins. `open`: the highest band must have no upper bound.
 */
function checkRateBands(bands: readonly RateBand[], at: string, open: boolean, out: PackProblem[]): void {
  const order = bands.map((b, i) => ({ b, i })).sort((x, y) => x.b.min - y.b.min);
  order.forEach(({ b, i }, k) => {
    if (b.max !== null && b.max <= b.min)
      out.push({ field: `${at}/${i}/max`, message: `must be above min (${pct(b.min)})` });
    if (k === 0 && b.min !== 0)
      out.push({
        field: `${at}/${i}/min`,
        message: `the lowest band must start at 0 (it starts at ${pct(b.min)}: a gap below it)`,
      });
    const next = order[k + 1];
    if (!next) {
      if (open && b.max !== null)
        out.push({
          field: `${at}/${i}/max`,
          message: `the highest band must have no upper bound (max: null); rates from ${pct(b.max)} up fall in no band`,
        });
      return;
    }
    if (b.max === null)
      out.push({
        field: `${at}/${i}/max`,
        message: `only the highest band may have no upper bound; it overlaps band ${next.i}`,
      });
    else if (b.max > next.b.min)
      out.push({
        field: `${at}/${next.i}/min`,
        message: `overlaps band ${i} (${pct(b.min)}–${pct(b.max)}); must be ${pct(b.max)}`,
      });
    else if (b.max < next.b.min)
      out.push({
        field: `${at}/${next.i}/min`,
        message: `leaves a gap after band ${i} (${pct(b.max)}–${pct(next.b.min)}); must be ${pct(b.max)}`,
      });
  });
}

export function checkPack(pack: RulePack): PackProblem[] {
  const out: PackProblem[] = [];
  const ex = pack.execution;
  if (ex.kind === "banded") {
    checkRateBands(ex.bands, "/execution/bands", true, out);
    ex.bands.forEach((b, i) => {
      if (b.points > ex.outOf)
        out.push({ field: `/execution/bands/${i}/points`, message: `must be at most outOf (${ex.outOf})` });
    });
  }
  if (pack.totalCap.length > 0) checkRateBands(pack.totalCap, "/totalCap", false, out);

  // Qualitative bands tile [0, 1]: 未达成 [0, a), 部分达成 [a, b), 达成 [b, 1].
  const q = pack.indicators.qualitative.bands;
  const at = "/indicators/qualitative/bands";
  if (q.notAchieved.min !== 0) out.push({ field: `${at}/notAchieved/min`, message: "must be 0" });
  if (q.achieved.max !== 1) out.push({ field: `${at}/achieved/max`, message: "must be 1 (the full 分值)" });
  const pairs = [
    ["notAchieved", "partial"],
    ["partial", "achieved"],
  ] as const;
  for (const [lo, hi] of pairs) {
    if (q[lo].max > q[hi].min)
      out.push({
        field: `${at}/${hi}/min`,
        message: `overlaps ${lo} (up to ${q[lo].max}); must be ${q[lo].max}`,
      });
    else if (q[lo].max < q[hi].min)
      out.push({
        field: `${at}/${hi}/min`,
        message: `leaves a gap after ${lo} (${q[lo].max}–${q[hi].min}); must be ${q[lo].max}`,
      });
  }
  for (const level of ["achieved", "partial", "notAchieved"] as const) {
    const b = q[level];
    if (b.min >= b.max) out.push({ field: `${at}/${level}/max`, message: `must be above min (${b.min})` });
    const inside =
      level === "achieved"
        ? b.default >= b.min && b.default <= b.max
        : b.default >= b.min && b.default < b.max;
    if (!inside)
      out.push({ field: `${at}/${level}/default`, message: `must lie in the band (${b.min}–${b.max})` });
  }

  // Grades: each of 优 良 中 差 once, lower bounds falling, 差 from 0.
  const order = ["excellent", "good", "fair", "poor"] as const;
  order.forEach((g, k) => {
    const i = pack.grades.findIndex((b) => b.grade === g);
    if (i < 0) {
      out.push({ field: "/grades", message: `must list the grade "${g}"` });
      return;
    }
    if (pack.grades.filter((b) => b.grade === g).length > 1)
      out.push({ field: `/grades/${i}/grade`, message: `"${g}" is listed twice` });
    const below = order[k + 1] && pack.grades.find((b) => b.grade === order[k + 1]);
    if (below && below.min >= pack.grades[i].min)
      out.push({
        field: `/grades/${i}/min`,
        message: `must be above the next grade's (${below.min}): bands would overlap`,
      });
    if (g === "poor" && pack.grades[i].min !== 0)
      out.push({
        field: `/grades/${i}/min`,
        message: `must be 0 (totals below ${pack.grades[i].min} would have no grade)`,
      });
  });
  return out;
}

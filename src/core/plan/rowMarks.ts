/**
 * The areas of the below-target marking. A row's marking covers the row's own cells only: a merged
 * cell spanning several rows (a 一级/二级 label shared by rows that met their target and rows that
 * did not) is left out, since Excel colours a merged cell whole by its top row's condition.
 */
import { mergeAt, type Area, type Grid } from "../grid";

/** The columns left..right of `row` that are not under a merge of several rows, as [from, to] runs. */
function ownSegments(grid: Grid, row: number, left: number, right: number): [number, number][] {
  const out: [number, number][] = [];
  for (let col = left; col <= right; col++) {
    const m = mergeAt(grid, row, col);
    if (m && m.bottom > m.top) {
      col = m.right;
      continue;
    }
    const last = out[out.length - 1];
    if (last && last[1] === col - 1) last[1] = col;
    else out.push([col, col]);
  }
  return out;
}

const key = (segs: readonly [number, number][]): string => segs.map(([a, b]) => `${a}-${b}`).join(",");

/**
 * Rectangles covering the own cells of rows top..bottom between columns left and right: rows whose
 * own columns are the same share rectangles, one per run of columns.
 */
export function markedAreas(grid: Grid, top: number, bottom: number, left: number, right: number): Area[] {
  const out: Area[] = [];
  let start = top;
  let segs = ownSegments(grid, top, left, right);
  for (let row = top + 1; row <= bottom + 1; row++) {
    const next = row <= bottom ? ownSegments(grid, row, left, right) : null;
    if (next && key(next) === key(segs)) continue;
    for (const [a, b] of segs) out.push({ top: start, left: a, bottom: row - 1, right: b });
    if (next) [start, segs] = [row, next];
  }
  return out;
}

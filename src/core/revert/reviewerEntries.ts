/**
 * What a revert does to a reviewer's entries in review mode's columns (复核得分, 复核扣分原因, 偏离度),
 * told before it is done. Revert treats them as it treats every user edit: a value typed over a cell
 * the tool wrote (a 复核得分 formula) goes back to what the cell held before the first run, so it is
 * removed with the tool's cells; a cell the tool never wrote (every 复核扣分原因 below its header) is
 * the reviewer's own and is left as it is.
 */
import { cellRef, type CellRef } from "../cellRef";
import { cellAt, isEmptyCell, type Grid, type WorkbookData } from "../grid";
import { planLabels } from "../plan/labels";
import type { Lang } from "../types";
import { sheetKey, type RevertRecord } from "./revertRecord";

export interface ReviewerEntries {
  /** Typed over the tool's review cells: revert restores those cells, so these go. */
  readonly removed: readonly CellRef[];
  /** In review columns, in cells the tool never wrote: revert leaves them. */
  readonly left: readonly CellRef[];
}

const LANGS: readonly Lang[] = ["zh-CN", "en-US"];
const HEADERS = new Set(
  LANGS.flatMap((l) => {
    const p = planLabels(l);
    return [p.reviewScore, p.reviewReason, p.deviation];
  }),
);

const SCORE_HEADERS = new Set(LANGS.map((l) => planLabels(l).reviewScore));

export function reviewerEntries(record: RevertRecord, data: WorkbookData): ReviewerEntries {
  const removed: CellRef[] = [];
  const left: CellRef[] = [];
  const grids = new Map<string, Grid>(data.sheets.map((g) => [sheetKey(g.name), g]));
  const recorded = new Set(record.cells.map((c) => `${sheetKey(c.sheet)}\u0000${c.row}\u0000${c.col}`));
  // A review column: a header the tool wrote there, and the rows it wrote under review headers on that sheet.
  const headers = record.cells.filter((c) => {
    const v = cellAt(grids.get(sheetKey(c.sheet)) ?? { name: "", rows: [], merges: [] }, c.row, c.col)?.value;
    return c.style === "header" && c.before === null && typeof v === "string" && HEADERS.has(v);
  });
  for (const h of headers) {
    const grid = grids.get(sheetKey(h.sheet));
    if (!grid) continue;
    // The group: the review headers on this header row. Its rows run down to the next header the
    // tool wrote in those columns (a table below), over the rows it wrote formulas in.
    const cols = new Set(headers.filter((x) => x.sheet === h.sheet && x.row === h.row).map((x) => x.col));
    const inGroup = record.cells.filter(
      (c) => sheetKey(c.sheet) === sheetKey(h.sheet) && c.row > h.row && cols.has(c.col),
    );
    const next = inGroup.filter((c) => c.style === "header").reduce((a, c) => Math.min(a, c.row), Infinity);
    // The 复核得分 column holds only review cells down to there; its last one ends the group.
    const scoreCols = new Set(
      headers
        .filter(
          (x) =>
            x.sheet === h.sheet &&
            x.row === h.row &&
            SCORE_HEADERS.has(String(cellAt(grid, x.row, x.col)?.value)),
        )
        .map((x) => x.col),
    );
    const last = inGroup
      .filter((c) => c.style === "computed" && c.row < next && scoreCols.has(c.col))
      .reduce((a, c) => Math.max(a, c.row), h.row);
    for (let r = h.row + 1; r <= last; r++) {
      const cell = cellAt(grid, r, h.col);
      if (isEmptyCell(cell)) continue;
      const ours = recorded.has(`${sheetKey(h.sheet)}\u0000${r}\u0000${h.col}`);
      if (!ours) left.push(cellRef(grid.name, r, h.col));
      else if (cell?.formula === undefined) removed.push(cellRef(grid.name, r, h.col));
    }
  }
  return { removed, left };
}

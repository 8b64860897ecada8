/**
 * The reviewer's entries a revert removes or leaves (core/revert/reviewerEntries), from what the
 * workbook holds before the revert: the columns under the headers the runs added (review mode's
 * 复核得分, 复核扣分原因, 偏离度 among them), read with the revert's first read of conditional
 * formats, so no round trip is added when the record lists any.
 */
import { displayRef } from "../../core/cellRef";
import type { Cell, Grid } from "../../core/grid";
import { sheetKey, type RevertRecord } from "../../core/revert";
import { reviewerEntries } from "../../core/revert/reviewerEntries";
import { cellFrom } from "./readWorkbook";
import { areaAddress } from "./writeBatch";

export interface ReviewerCells {
  /** Typed over the tool's review cells: the revert removes them with those cells (Sheet!A1). */
  readonly removed: readonly string[];
  /** In review columns, in cells the tool never wrote: the revert leaves them (Sheet!A1). */
  readonly left: readonly string[];
}

interface ColumnRead {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly range: Excel.Range;
}

/**
 * Queues the reads (values and formulas of each column a run headed, from its header down to the
 * sheet's last recorded row); the returned function gives the entries once the batch has synced.
 */
export function queueReviewColumns(
  context: Excel.RequestContext,
  record: RevertRecord,
  names: ReadonlyMap<string, string>,
): { readonly queued: boolean; readonly entries: () => ReviewerCells } {
  const spans = new Map<string, { sheet: string; col: number; top: number; bottom: number }>();
  for (const c of record.cells) {
    if (c.style !== "header" || c.before !== null) continue;
    const sheet = names.get(sheetKey(c.sheet));
    if (!sheet) continue;
    const k = `${sheetKey(sheet)}\u0000${c.col}`;
    const s = spans.get(k);
    spans.set(k, { sheet, col: c.col, top: Math.min(s?.top ?? c.row, c.row), bottom: s?.bottom ?? c.row });
  }
  // Down to the sheet's last recorded row: the reason column holds no recorded cell below its header.
  const last = new Map<string, number>();
  for (const c of record.cells)
    last.set(sheetKey(c.sheet), Math.max(last.get(sheetKey(c.sheet)) ?? 0, c.row));
  for (const s of spans.values()) s.bottom = Math.max(s.bottom, last.get(sheetKey(s.sheet)) ?? 0);
  const reads: ColumnRead[] = [...spans.values()].map((s) => {
    const range = context.workbook.worksheets
      .getItem(s.sheet)
      .getRange(areaAddress(s.top, s.col, s.bottom, s.col));
    range.load("values,formulas");
    return { sheet: s.sheet, col: s.col, top: s.top, range };
  });
  return {
    queued: reads.length > 0,
    entries: () => {
      if (reads.length === 0) return { removed: [], left: [] };
      const e = reviewerEntries(record, { sheets: gridsOf(reads) });
      // Named as `pse revert` names them.
      return { removed: e.removed.map(displayRef), left: e.left.map(displayRef) };
    },
  };
}

/** The read columns as sparse grids, one per sheet. */
function gridsOf(reads: readonly ColumnRead[]): Grid[] {
  const rowsBySheet = new Map<string, (Cell | undefined)[][]>();
  for (const r of reads) {
    let rows = rowsBySheet.get(r.sheet);
    if (!rows) rowsBySheet.set(r.sheet, (rows = []));
    r.range.values.forEach((row, i) => {
      const cell = cellFrom(row[0], r.range.formulas[i]?.[0], undefined, undefined);
      if (cell) (rows![r.top + i] ??= [])[r.col] = cell;
    });
  }
  return [...rowsBySheet].map(([name, rows]) => ({
    name,
    rows: Array.from({ length: rows.length }, (_, i) => rows[i] ?? []),
    merges: [],
  }));
}

/**
 * The rule of what the add-in may write: an empty cell gets the formula; a cell already holding
 * the same formula (an earlier run) is left as it is; any other content is the user's and is never
 * overwritten unless the caller explicitly asked to replace typed values.
 */
import { a1 } from "../cellRef";
import { cellAt, isEmptyCell, mergeAt, type Grid } from "../grid";
import type { Borrow, CellStyle, CellWrite } from "./writePlan";

export type WriteOutcome = "written" | "same" | "user";

export interface CellWriter {
  /**
   * Writes a formula if allowed; returns whether the cell now holds the engine's formula. `keepTyped`:
   * a typed value is kept even when overwriting (a reviewer's 复核得分 is never the tool's to replace).
   */
  formula(
    row: number,
    col: number,
    formula: string,
    value: number | string | null,
    numFmt?: string,
    keepTyped?: boolean,
  ): WriteOutcome;
  text(row: number, col: number, text: string, style?: CellStyle): void;
  /**
   * Marks `col` as a column appended right of the table's last column `from`: its header takes the
   * look of the header cell there, and its cells that cell's row's borders.
   */
  appendColumn(col: number, from: number): void;
  readonly writes: CellWrite[];
}

export function normaliseFormula(f: string): string {
  return f.replace(/^=/, "").replace(/\s+/g, "");
}

/**
 * A merged area shows its top-left cell's value in all its cells. Nothing may go into a cell hidden
 * under a merge, nor into a merge wider than one column: that is a label spread across the table
 * (its value would show in a neighbouring column the engine reads, so a rerun would read the
 * formula's result there). A one-column merge (得分 over two rows) takes the formula in its top cell.
 */
function underMerge(grid: Grid, row: number, col: number): boolean {
  const m = mergeAt(grid, row, col);
  return m !== undefined && (m.top !== row || m.left !== col || m.right > m.left);
}

/**
 * The cells a writer has planned, as rows per column: no "C5" string is built for every write. Keys
 * that are not a cell of a sheet (negative or fractional) fall back to their A1 text, as before.
 */
class PlannedCells {
  private readonly byCol = new Map<number, Set<number>>();
  private readonly other = new Set<string>();

  private static isCell(row: number, col: number): boolean {
    return Number.isInteger(row) && Number.isInteger(col) && row >= 0 && col >= 0;
  }

  has(row: number, col: number): boolean {
    if (!PlannedCells.isCell(row, col)) return this.other.has(a1(row, col));
    return this.byCol.get(col)?.has(row) ?? false;
  }

  add(row: number, col: number): void {
    if (!PlannedCells.isCell(row, col)) {
      this.other.add(a1(row, col));
      return;
    }
    let rows = this.byCol.get(col);
    if (!rows) this.byCol.set(col, (rows = new Set()));
    rows.add(row);
  }
}

export function cellWriter(grid: Grid, overwrite: boolean): CellWriter {
  const writes: CellWrite[] = [];
  const planned = new PlannedCells();
  const appended = new Map<number, number>();
  const borrow = (row: number, col: number, part: Borrow["part"]): { borrow?: Borrow } => {
    const from = appended.get(col);
    return from === undefined ? {} : { borrow: { row, col: from, part } };
  };
  return {
    writes,
    appendColumn(col, from) {
      appended.set(col, from);
    },
    formula(row, col, formula, value, numFmt, keepTyped = false) {
      const cell = cellAt(grid, row, col);
      if (cell?.formula && normaliseFormula(cell.formula) === normaliseFormula(formula)) return "same";
      // Under a merge the cell is the user's layout: treated like a cell holding the user's value.
      if (underMerge(grid, row, col)) return "user";
      const empty = isEmptyCell(cell);
      // A typed value may be replaced when asked; a formula of the user's never is.
      if (!empty && !(overwrite && !keepTyped && !cell?.formula)) return "user";
      if (planned.has(row, col)) return "written";
      planned.add(row, col);
      // Every formula the tool puts in the user's sheet wears the computed look (a light fill and a named style).
      writes.push({
        kind: "formula",
        sheet: grid.name,
        row,
        col,
        formula,
        value,
        numFmt,
        style: "computed",
        ...borrow(row, col, "borders"),
      });
      return "written";
    },
    text(row, col, text, style) {
      if (planned.has(row, col) || !isEmptyCell(cellAt(grid, row, col)) || underMerge(grid, row, col)) return;
      planned.add(row, col);
      writes.push({ kind: "text", sheet: grid.name, row, col, text, style, ...borrow(row, col, "style") });
    },
  };
}

/** The first column right of `from` that is empty (and not under a merge) in every given row, so appending loses nothing. */
export function freeColumn(
  grid: Grid,
  from: number,
  rows: readonly number[],
  taken: ReadonlySet<number>,
): number {
  for (let col = from; ; col++) {
    if (taken.has(col)) continue;
    if (rows.every((r) => isEmptyCell(cellAt(grid, r, col)) && !underMerge(grid, r, col))) return col;
  }
}

/**
 * Appends a headed column right of the table's last column and of the columns already `taken`, in
 * the first column free in all `rows`, borrowing the table's look (header and borders).
 */
export function appendColumn(
  grid: Grid,
  w: CellWriter,
  lastCol: number,
  headerRow: number,
  rows: readonly number[],
  taken: Set<number>,
  label: string,
): number {
  const col = freeColumn(grid, Math.max(lastCol + 1, ...[...taken].map((x) => x + 1)), rows, taken);
  taken.add(col);
  w.appendColumn(col, lastCol);
  w.text(headerRow, col, label, "header");
  return col;
}

/**
 * A sheet as the core sees it: a 2-D array of cells, 0-based, plus merged areas.
 * Adapters (xlsx, office, memory) build grids; the core never reads a workbook itself.
 */

/** An error value in a cell (#DIV/0!, #N/A, #REF! ...), kept apart from text. */
export interface CellError {
  readonly error: string;
}

export type CellValue = string | number | boolean | null | CellError;

export interface Cell {
  /** The value, or for a formula cell its last computed result (null when unknown). */
  readonly value: CellValue;
  /** Formula in en-US syntax without the leading "=", when the cell holds one. */
  readonly formula?: string;
  /** Excel number format code, e.g. "0.00%". */
  readonly numFmt?: string;
}

/** A merged area, 0-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface Grid {
  readonly name: string;
  /** rows[r][c]; missing rows or cells are empty. */
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | undefined>>;
  readonly merges: readonly Area[];
  readonly hidden?: boolean;
  readonly protected?: boolean;
}

export interface WorkbookData {
  readonly sheets: readonly Grid[];
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === "object" && v !== null && "error" in v;
}

export function cellAt(grid: Grid, row: number, col: number): Cell | undefined {
  return grid.rows[row]?.[col];
}

/** Empty means no value and no formula; a string of spaces counts as empty. */
export function isEmptyCell(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.formula) return false;
  const v = cell.value;
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function rowCount(grid: Grid): number {
  return grid.rows.length;
}

export function colCount(grid: Grid): number {
  let n = 0;
  for (const r of grid.rows) if (r && r.length > n) n = r.length;
  return n;
}

interface MergeIndex {
  readonly merges: readonly Area[];
  readonly count: number;
  readonly height: number;
  /** Per row of the grid, the merges covering it, in Grid.merges order. */
  readonly byRow: (Area[] | undefined)[];
}

const mergeIndexes = new WeakMap<Grid, MergeIndex>();

/** Grid.merges bucketed by row, built once per grid (rebuilt if its merges or rows change). */
function mergeIndex(grid: Grid): MergeIndex {
  const cached = mergeIndexes.get(grid);
  if (
    cached &&
    cached.merges === grid.merges &&
    cached.count === grid.merges.length &&
    cached.height === grid.rows.length
  )
    return cached;
  const height = grid.rows.length;
  const byRow: (Area[] | undefined)[] = new Array(height);
  for (const m of grid.merges) {
    const last = Math.min(m.bottom, height - 1);
    for (let r = Math.max(0, m.top); r <= last; r++) (byRow[r] ??= []).push(m);
  }
  const index = { merges: grid.merges, count: grid.merges.length, height, byRow };
  mergeIndexes.set(grid, index);
  return index;
}

const covers = (m: Area, row: number, col: number): boolean =>
  row >= m.top && row <= m.bottom && col >= m.left && col <= m.right;

/** The merged area that covers (row, col), if any (the first in Grid.merges order). */
export function mergeAt(grid: Grid, row: number, col: number): Area | undefined {
  if (grid.merges.length === 0) return undefined;
  // Outside the grid's rows (or a fractional row): the plain search.
  if (!(row >= 0 && row < grid.rows.length && Number.isInteger(row)))
    return grid.merges.find((m) => covers(m, row, col));
  const list = mergeIndex(grid).byRow[row];
  if (!list) return undefined;
  // A loop, not find(): no closure per cell read.
  for (const m of list) if (covers(m, row, col)) return m;
  return undefined;
}

/** The value shown at (row, col): a merged area shows its top-left cell's value everywhere. */
export function shownValue(grid: Grid, row: number, col: number): CellValue {
  const m = mergeAt(grid, row, col);
  const cell = m ? cellAt(grid, m.top, m.left) : cellAt(grid, row, col);
  return cell ? cell.value : null;
}

/**
 * Where the figure at (row, col) is written: the cell itself, or the first cell of a merge across
 * that row only (one amount printed over 全年预算数 and 全年执行数 is both). A merge down over
 * several rows is a label, not a figure of each row.
 */
export function figureCell(grid: Grid, row: number, col: number): { row: number; col: number } {
  const m = mergeAt(grid, row, col);
  return m && m.top === row && m.bottom === row ? { row, col: m.left } : { row, col };
}

/** Builds a grid from plain values (tests, memory workbook): strings starting with "=" are formulas. */
export function gridFromValues(
  name: string,
  values: ReadonlyArray<ReadonlyArray<CellValue | undefined>>,
  merges: readonly Area[] = [],
): Grid {
  const rows = values.map((r) =>
    r.map((v): Cell | undefined => {
      if (v === undefined) return undefined;
      if (typeof v === "string" && v.startsWith("=") && v.length > 1)
        return { value: null, formula: v.slice(1) };
      return { value: v };
    }),
  );
  return { name, rows, merges };
}

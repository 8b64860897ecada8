/** The figures a summary sentence points at: source cells, rates, block sums, the total and grade. */
import { a1Range, cellRef, formulaRef, quoteSheet, type CellRef } from "../cellRef";
import type { LineEval } from "../evaluate/budget";
import { cellText } from "../evaluate/cellText";
import type { Evaluated, IndicatorEval } from "../evaluate/evaluate";
import { cellAt, isCellError, type Grid, type WorkbookData } from "../grid";
import { literal, operand } from "../plan/operand";
import { rowKey, type ScopePlan } from "../plan/planScope";
import type { BlockResult } from "../result";
import type { Grade, TableMapping } from "../types";
import type { GradeBands } from "../evaluate/rules";
import { count, num, pct, text, textExpr, type Part } from "./parts";

const sheetIndex = new WeakMap<WorkbookData, Map<string, Grid>>();

/** The sheet of that name (a map built once per workbook: the narrative asks for every row). */
export function gridOf(wb: WorkbookData, name: string): Grid {
  let byName = sheetIndex.get(wb);
  if (!byName) {
    byName = new Map();
    for (const s of wb.sheets) if (!byName.has(s.name)) byName.set(s.name, s);
    sheetIndex.set(wb, byName);
  }
  const g = byName.get(name);
  if (!g) throw new Error(`sheet not found: ${name}`);
  return g;
}

interface IndicatorIndex {
  /** The first indicator of each row, keyed by rowKey. */
  readonly byRow: Map<string, IndicatorEval>;
  /** Per sheet, the indicators sorted by row (ties in evaluation order), with their evaluation order. */
  readonly bySheet: Map<
    string,
    { readonly row: number; readonly order: number; readonly ie: IndicatorEval }[]
  >;
}

const indicatorIndex = new WeakMap<Evaluated, IndicatorIndex>();

function indexOf(ev: Evaluated): IndicatorIndex {
  let idx = indicatorIndex.get(ev);
  if (idx) return idx;
  const byRow = new Map<string, IndicatorEval>();
  const bySheet: IndicatorIndex["bySheet"] = new Map();
  ev.indicators.forEach((ie, order) => {
    const k = rowKey(ie.indicator.sheet, ie.indicator.row);
    if (!byRow.has(k)) byRow.set(k, ie);
    let list = bySheet.get(ie.indicator.sheet);
    if (!list) bySheet.set(ie.indicator.sheet, (list = []));
    list.push({ row: ie.indicator.row, order, ie });
  });
  for (const list of bySheet.values()) list.sort((a, b) => a.row - b.row || a.order - b.order);
  idx = { byRow, bySheet };
  indicatorIndex.set(ev, idx);
  return idx;
}

/**
 * The indicators of a block (same sheet, rows firstRow..lastRow), in evaluation order: what
 * `ev.indicators.filter(inBlock)` gives, by binary search instead of a scan per block.
 */
export function indicatorsIn(ev: Evaluated, b: BlockResult): IndicatorEval[] {
  const list = indexOf(ev).bySheet.get(b.sheet);
  if (!list) return [];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].row < b.firstRow) lo = mid + 1;
    else hi = mid;
  }
  const hits: (typeof list)[number][] = [];
  for (let i = lo; i < list.length && list[i].row <= b.lastRow; i++) hits.push(list[i]);
  return hits.sort((a, c) => a.order - c.order).map((h) => h.ie);
}

const firstScoreCells = new WeakMap<ScopePlan, Map<string, CellRef>>();

/** The first planned score cell of each sheet, in the plan's order. */
function firstScoreCell(cells: ScopePlan, sheet: string): CellRef | undefined {
  let bySheet = firstScoreCells.get(cells);
  if (!bySheet) {
    bySheet = new Map();
    for (const c of cells.indicatorCells.values())
      if (c.score !== null && !bySheet.has(c.score.sheet)) bySheet.set(c.score.sheet, c.score);
    firstScoreCells.set(cells, bySheet);
  }
  return bySheet.get(sheet);
}

/** A money figure of a budget line: the source cell when it holds a number, else the number read. */
export function money(
  grid: Grid,
  t: TableMapping,
  e: LineEval,
  role: "initial" | "budget" | "actual",
): Part | null {
  const v = e.line[role];
  if (v === null) return null;
  return num(operand(grid, e.line.row, t.columns[role], v, true) ?? literal(v), v);
}

export function rate(grid: Grid, t: TableMapping, e: LineEval): Part | null {
  if (e.rate === null) return null;
  const a = operand(grid, e.line.row, t.columns.actual, e.line.actual, true);
  const d = operand(grid, e.line.row, t.columns[e.denominator], e.line[e.denominator], true);
  if (a === null || d === null) return pct(literal(e.rate), e.rate);
  return pct(`IFERROR(${a}/${d},0)`, e.rate);
}

/** A cell of the indicator table shown as the sheet shows it: text as it is, numbers with 2 decimals. */
export function shownCell(grid: Grid, row: number, col: number | undefined): Part {
  if (col === undefined) return text("");
  const cell = cellAt(grid, row, col);
  const ref = formulaRef(cellRef(grid.name, row, col));
  if (!cell || cell.value === null || isCellError(cell.value)) return text(cellText(cell?.value ?? null));
  if (typeof cell.value === "number")
    return cell.numFmt?.includes("%") ? pct(ref, cell.value) : count(ref, cell.value);
  return textExpr(ref, String(cell.value));
}

function columnRange(sheet: string, col: number, first: number, last: number): string {
  return `${quoteSheet(sheet)}!${a1Range(first, col, last, col)}`;
}

function numericColumn(grid: Grid, col: number, first: number, last: number): boolean {
  for (let r = first; r <= last; r++) {
    const v = cellAt(grid, r, col)?.value;
    if (v !== null && v !== undefined && typeof v !== "number" && !(typeof v === "string" && v.trim() === ""))
      return false;
  }
  return true;
}

export interface BlockFigures {
  readonly weight: Part;
  readonly score: Part;
}

export function blockFigures(
  wb: WorkbookData,
  ev: Evaluated,
  cells: ScopePlan,
  b: BlockResult,
): BlockFigures {
  const ie = indexOf(ev).byRow.get(rowKey(b.sheet, b.firstRow));
  const t = ie?.table;
  const grid = gridOf(wb, b.sheet);
  const wCol = t?.columns.weight;
  const weight =
    wCol !== undefined && numericColumn(grid, wCol, b.firstRow, b.lastRow)
      ? count(`SUM(${columnRange(b.sheet, wCol, b.firstRow, b.lastRow)})`, b.weight)
      : count(literal(b.weight), b.weight);
  const scoreCell = firstScoreCell(cells, b.sheet);
  const score =
    cells.allScoresOurs && scoreCell
      ? count(`SUM(${columnRange(b.sheet, scoreCell.col, b.firstRow, b.lastRow)})`, b.score)
      : count(literal(b.score), b.score);
  return { weight, score };
}

/** The total: the engine's total cell, else the sum of the engine's score cells, else the number itself. */
export function totalExpr(ev: Evaluated, cells: ScopePlan): string {
  if (cells.totalCell) return formulaRef(cells.totalCell);
  if (!cells.allScoresOurs) return literal(ev.total);
  const sums: string[] = [];
  for (const te of ev.indicatorTables) {
    const rows = ev.indicators.filter((i) => i.table === te.table).map((i) => i.indicator.row);
    const sc = rows.map((r) => cells.indicatorCells.get(rowKey(te.table.sheet, r))?.score).find((x) => x);
    if (sc && rows.length > 0)
      sums.push(
        `SUM(${columnRange(
          te.table.sheet,
          sc.col,
          rows.reduce((a, b) => Math.min(a, b), Infinity),
          rows.reduce((a, b) => Math.max(a, b), -Infinity),
        )})`,
      );
  }
  if (cells.executionScoreCell) sums.push(`N(${formulaRef(cells.executionScoreCell)})`);
  return sums.length === 0 ? literal(ev.total) : cells.capTotal(`ROUND(${sums.join("+")},2)`);
}

export function gradeExpr(total: string, bands: GradeBands, labels: Readonly<Record<Grade, string>>): string {
  const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
  return `IF(${total}>=${bands.excellent},${q(labels.excellent)},IF(${total}>=${bands.good},${q(labels.good)},IF(${total}>=${bands.fair},${q(labels.fair)},${q(labels.poor)})))`;
}

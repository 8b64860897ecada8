/**
 * Review mode (复核): beside the indicator table and the budget's execution score, three columns —
 * 复核得分 (a formula equal to the rule's score, which the reviewer may overwrite with a typed value),
 * 复核扣分原因 (headed, left empty for the reviewer) and 偏离度 = (自评得分 − 复核得分) / 自评得分 — and
 * on the total row a 复核总分 built as the 总分 is, with the project's 偏离度. 自评得分 is the unit's
 * typed score where it has one, else the tool's. A reviewer's typed value is never replaced, not even
 * by --overwrite (which replaces only typed values in the unit's rate and score cells).
 */
import { a1, a1Range, cellRef, formulaRef, type CellRef } from "../cellRef";
import type { BudgetEval } from "../evaluate/budget";
import type { IndicatorEval, IndicatorTableEval } from "../evaluate/evaluate";
import { cellAt, type Grid } from "../grid";
import { round2 } from "../round";
import type { TableMapping } from "../types";
import { appendColumn, type CellWriter, type WriteOutcome } from "./cellWriter";
import { totalFormula } from "./formulas";
import { numFmt, type PlanLabels } from "./labels";
import { literal } from "./operand";
import type { RuleScore } from "./planIndicators";

export interface ReviewCells {
  readonly score: CellRef | null;
  readonly reason: CellRef | null;
  readonly deviation: CellRef | null;
}

/** The engine's review figures for one row: what its cells compute. */
export interface ReviewFigures {
  /** 自评得分 the deviation reads (the unit's typed score, else the tool's); null when there is none. */
  readonly selfScore: number | null;
  /** 复核得分: the reviewer's typed figure, else the rule's score; null for typed text. */
  readonly reviewScore: number | null;
  /** (自评 − 复核) / 自评 as a fraction; null when 自评 is 0 or unknown (the cell shows ""). */
  readonly deviation: number | null;
  /** The reviewer typed 复核得分 over the formula. */
  readonly typed: boolean;
}

export interface ReviewLine {
  readonly sheet: string;
  /** 0-based. */
  readonly row: number;
  readonly cells: ReviewCells;
  readonly figures: ReviewFigures;
}

/** An indicator table's 复核得分 column over its data rows, with what each row holds. */
export interface ReviewRange {
  readonly sheet: string;
  readonly col: number;
  readonly first: number;
  readonly last: number;
  /** What SUM reads from the range: the planned figures, and any number typed in the other rows. */
  readonly sum: number;
}

/** A reference as written in `here`'s formulas: plain A1 on its own sheet, qualified elsewhere. */
function refFrom(here: string): (sheet: string, row: number, col: number) => string {
  return (sheet, row, col) => (sheet === here ? a1(row, col) : formulaRef(cellRef(sheet, row, col)));
}

const typedNumber = (grid: Grid, row: number, col: number): number | null => {
  const v = cellAt(grid, row, col)?.value;
  return typeof v === "number" ? v : null;
};

export function deviationFormula(self: string, review: string): string {
  return `IF(N(${self})=0,"",(N(${self})-N(${review}))/N(${self}))`;
}

export function deviationOf(self: number | null, review: number | null): number | null {
  return self === null || self === 0 ? null : (self - (review ?? 0)) / self;
}

/** 自评得分's column on a row: the unit's 自评得分 cell when it holds a number, else the score cell. */
function selfColumn(grid: Grid, row: number, reported: number | undefined, score: number): number {
  return reported !== undefined && typedNumber(grid, row, reported) !== null ? reported : score;
}

interface ReviewColumns {
  readonly score: number;
  readonly reason: number;
  readonly deviation: number;
}

/** The table's review columns: found by header on a rerun, else appended right of the tool's columns. */
function reviewColumns(
  grid: Grid,
  t: TableMapping,
  w: CellWriter,
  labels: PlanLabels,
  rows: readonly number[],
  taken: Set<number>,
): ReviewColumns {
  const c = t.columns;
  const all = [t.headerBottom, ...rows];
  const col = (found: number | undefined, label: string): number =>
    found ?? appendColumn(grid, w, t.lastCol, t.headerBottom, all, taken, label);
  return {
    score: col(c.reviewScore, labels.reviewScore),
    reason: col(c.reviewReason, labels.reviewReason),
    deviation: col(c.deviation, labels.deviation),
  };
}

/** One row's 复核得分 and 偏离度 (扣分原因 is only headed). */
function planRow(
  grid: Grid,
  w: CellWriter,
  cols: ReviewColumns,
  row: number,
  rule: RuleScore,
  ruleCol: number,
  ruleValue: number | null,
  reportedCol: number | undefined,
): ReviewLine {
  const ref = refFrom(grid.name);
  const formula = rule.ours ? `N(${ref(grid.name, row, ruleCol)})` : rule.formula;
  const out: WriteOutcome = w.formula(row, cols.score, formula, ruleValue, numFmt.score, true);
  const typed = out === "user";
  const reviewScore = typed ? typedNumber(grid, row, cols.score) : ruleValue;
  const selfCol = selfColumn(grid, row, reportedCol, ruleCol);
  const selfScore = selfCol === ruleCol && rule.ours ? ruleValue : typedNumber(grid, row, selfCol);
  const deviation = deviationOf(selfScore, reviewScore);
  w.formula(
    row,
    cols.deviation,
    deviationFormula(a1(row, selfCol), a1(row, cols.score)),
    deviation ?? "",
    numFmt.rate,
  );
  return {
    sheet: grid.name,
    row,
    cells: {
      score: cellRef(grid.name, row, cols.score),
      reason: cellRef(grid.name, row, cols.reason),
      deviation: cellRef(grid.name, row, cols.deviation),
    },
    figures: { selfScore, reviewScore, deviation, typed },
  };
}

export interface IndicatorReview {
  readonly lines: readonly ReviewLine[];
  readonly range: ReviewRange | null;
  readonly columns: ReviewColumns | null;
}

export function planReviewIndicators(
  grid: Grid,
  te: IndicatorTableEval,
  rows: readonly IndicatorEval[],
  w: CellWriter,
  labels: PlanLabels,
  taken: Set<number>,
  scoreCol: number | undefined,
  ruleScores: ReadonlyMap<number, RuleScore>,
): IndicatorReview {
  const t = te.table;
  // A row the engine scores with no formula of its own (a missing actual's 0) enters as its figure.
  const scored = rows.filter((ie) => ruleScores.has(ie.indicator.row) || ie.result.score !== null);
  if (scoreCol === undefined || scored.length === 0) return { lines: [], range: null, columns: null };
  const dataRows = rows.map((ie) => ie.indicator.row);
  const cols = reviewColumns(
    grid,
    t,
    w,
    labels,
    [...dataRows, ...(te.totalRow ? [te.totalRow.row] : [])],
    taken,
  );
  const lines = scored.map((ie) => {
    const r = ie.indicator.row;
    const rule = ruleScores.get(r) ?? { formula: literal(ie.result.score ?? 0), ours: false };
    return planRow(grid, w, cols, r, rule, scoreCol, ie.result.score, t.columns.reportedScore);
  });
  const first = dataRows.reduce((a, b) => Math.min(a, b), Infinity);
  const last = dataRows.reduce((a, b) => Math.max(a, b), -Infinity);
  const planned = new Map(lines.map((l) => [l.row, l.figures.reviewScore ?? 0]));
  let sum = 0;
  for (let r = first; r <= last; r++) sum += planned.get(r) ?? typedNumber(grid, r, cols.score) ?? 0;
  return { lines, range: { sheet: t.sheet, col: cols.score, first, last, sum }, columns: cols };
}

export function planReviewBudget(
  grid: Grid,
  ev: BudgetEval,
  w: CellWriter,
  labels: PlanLabels,
  taken: Set<number>,
  rule: { readonly row: number; readonly formula: string; readonly ours: boolean } | null,
): ReviewLine | null {
  const t = ev.table;
  const scoreCol = t.columns.score;
  if (rule === null || scoreCol === undefined || ev.weightLine === null) return null;
  const cols = reviewColumns(
    grid,
    t,
    w,
    labels,
    ev.lines.map((l) => l.line.row),
    taken,
  );
  return planRow(grid, w, cols, rule.row, rule, scoreCol, ev.weightLine.score, t.columns.reportedScore);
}

/** The evaluation's 复核总分 and 偏离度: figures, and formulas that hold on any sheet. */
export interface ReviewTotal {
  /** Cells on the indicator table's total row, when it has one and is the evaluation's only table. */
  readonly cells: { readonly score: CellRef | null; readonly deviation: CellRef | null };
  readonly selfTotal: number;
  readonly reviewTotal: number;
  readonly deviation: number | null;
  /** Formulas for another sheet (the summary): the total cells where there are some, else the whole sum. */
  readonly formulas: { readonly reviewTotal: string; readonly selfTotal: string; readonly deviation: string };
}

export interface TotalInputs {
  readonly ranges: readonly ReviewRange[];
  readonly budget: readonly ReviewLine[];
  /** Execution scores with no cell to review (a weight in the header, no 得分 column): they enter as figures. */
  readonly fixed: readonly number[];
  /** The pack's cap by execution rate, as a formula and as a figure. */
  readonly capFormula: (total: string) => string;
  readonly capValue: (total: number) => number;
  /** 自评总分: where the unit states it (a cell), else the figure (its stated total, or the tool's). */
  readonly self: { readonly cell: CellRef | null; readonly value: number };
}

/** The total row's 复核总分 and 偏离度, written when `at` names the total row and its table's review columns. */
export function planReviewTotal(
  inputs: TotalInputs,
  at: {
    readonly grid: Grid;
    readonly w: CellWriter;
    readonly row: number;
    readonly cols: ReviewColumns;
  } | null,
): ReviewTotal {
  const { ranges, budget, fixed, capFormula, capValue, self } = inputs;
  const budgetSum =
    budget.reduce((s, b) => s + (b.figures.reviewScore ?? 0), 0) + fixed.reduce((s, x) => s + x, 0);
  const computed = capValue(round2(budgetSum + ranges.reduce((s, r) => s + r.sum, 0)));
  const build = (here: string): { total: string; self: string } => {
    const ref = refFrom(here);
    const sums = ranges.map((r) =>
      r.sheet === here
        ? a1Range(r.first, r.col, r.last, r.col)
        : `${formulaRef(cellRef(r.sheet, r.first, r.col))}:${a1(r.last, r.col)}`,
    );
    const extra = budget.flatMap((b) =>
      b.cells.score ? [ref(b.sheet, b.cells.score.row, b.cells.score.col)] : [],
    );
    const selfRef = self.cell ? ref(self.cell.sheet, self.cell.row, self.cell.col) : literal(self.value);
    return { total: capFormula(totalFormula(sums.join(",") || "0", extra)), self: selfRef };
  };
  let cells: ReviewTotal["cells"] = { score: null, deviation: null };
  let reviewTotal = computed;
  if (at) {
    const f = build(at.grid.name);
    const out = at.w.formula(at.row, at.cols.score, f.total, computed, numFmt.score, true);
    if (out === "user") reviewTotal = typedNumber(at.grid, at.row, at.cols.score) ?? 0;
    const score = cellRef(at.grid.name, at.row, at.cols.score);
    const deviation = deviationOf(self.value, reviewTotal);
    at.w.formula(
      at.row,
      at.cols.deviation,
      deviationFormula(f.self, a1(at.row, at.cols.score)),
      deviation ?? "",
      numFmt.rate,
    );
    cells = { score, deviation: cellRef(at.grid.name, at.row, at.cols.deviation) };
  }
  const elsewhere = build("");
  const totalRef = cells.score ? formulaRef(cells.score) : `(${elsewhere.total})`;
  return {
    cells,
    selfTotal: self.value,
    reviewTotal,
    deviation: deviationOf(self.value, reviewTotal),
    formulas: {
      reviewTotal: cells.score ? formulaRef(cells.score) : elsewhere.total,
      selfTotal: elsewhere.self,
      deviation: cells.deviation
        ? formulaRef(cells.deviation)
        : deviationFormula(elsewhere.self, `(${totalRef})`),
    },
  };
}

/**
 * 自评总分 on a table's total row: the unit's 自评得分 cell there when it holds a figure, else the 得分
 * cell when it holds one (the unit's, or the tool's total formula), else `fallback` (the stated total,
 * or the tool's, as a figure).
 */
export function selfTotal(
  grid: Grid,
  t: TableMapping,
  totalRow: number,
  scoreCol: number | undefined,
  toolTotal: CellRef | null,
  toolValue: number,
  fallback: number,
): TotalInputs["self"] {
  const reported = t.columns.reportedScore;
  if (reported !== undefined) {
    const v = typedNumber(grid, totalRow, reported);
    if (v !== null) return { cell: cellRef(t.sheet, totalRow, reported), value: v };
  }
  if (toolTotal) return { cell: toolTotal, value: toolValue };
  const v = scoreCol === undefined ? null : typedNumber(grid, totalRow, scoreCol);
  if (scoreCol !== undefined && v !== null) return { cell: cellRef(t.sheet, totalRow, scoreCol), value: v };
  return { cell: null, value: fallback };
}

/** What review mode planned for one evaluation. */
export interface ReviewPlan {
  /** Keyed as ScopePlan's cells ("sheet\u0000row", 0-based row). */
  readonly indicators: ReadonlyMap<string, ReviewLine>;
  readonly budget: readonly ReviewLine[];
  readonly total: ReviewTotal;
}

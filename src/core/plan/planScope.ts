/** The cells one evaluation writes into the workbook's own sheets. */
import { formulaRef, type CellRef } from "../cellRef";
import type { Evaluated } from "../evaluate/evaluate";
import type { WorkbookData, Grid } from "../grid";
import { cappedTotal, cappedTotalFormula } from "../rules/execution";
import type { Lang } from "../types";
import { literal } from "./operand";
import { cellWriter, type CellWriter } from "./cellWriter";
import { planLabels } from "./labels";
import { planBudget, type LineCells } from "./planBudget";
import { planIndicators, type IndicatorCells } from "./planIndicators";
import {
  planReviewBudget,
  planReviewIndicators,
  planReviewTotal,
  selfTotal,
  type ReviewLine,
  type ReviewPlan,
  type ReviewRange,
} from "./planReview";
import type { CellWrite, ConditionalFormat } from "./writePlan";

export interface ScopePlan {
  readonly writes: readonly CellWrite[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** Keyed "sheet\u0000row" (0-based row). */
  readonly lineCells: ReadonlyMap<string, LineCells>;
  readonly indicatorCells: ReadonlyMap<string, IndicatorCells>;
  readonly executionScoreCell: CellRef | null;
  /** The evaluation's total as a cell holding the engine's formula, when there is one. */
  readonly totalCell: CellRef | null;
  /** Whether every indicator score cell holds the engine's formula. */
  readonly allScoresOurs: boolean;
  /** Wraps a total expression in the pack's cap by execution rate (itself when there is none). */
  readonly capTotal: (total: string) => string;
  /** Review mode's columns and totals (null outside review mode). */
  readonly review: ReviewPlan | null;
}

export const rowKey = (sheet: string, row: number): string => `${sheet}\u0000${row}`;

/** One writer per sheet, shared across scopes so that no cell is planned twice. */
export type Writers = Map<string, CellWriter>;

export function planScope(
  wb: WorkbookData,
  ev: Evaluated,
  lang: Lang,
  overwrite: boolean,
  writers: Writers,
  review = false,
): ScopePlan {
  const labels = planLabels(lang);
  const grid = (name: string): Grid => {
    const g = wb.sheets.find((s) => s.name === name);
    if (!g) throw new Error(`sheet not found: ${name}`);
    return g;
  };
  const writer = (name: string): CellWriter => {
    let w = writers.get(name);
    if (!w) {
      w = cellWriter(grid(name), overwrite);
      writers.set(name, w);
    }
    return w;
  };
  const before = new Map([...writers].map(([k, w]) => [k, w.writes.length]));
  const lineCells = new Map<string, LineCells>();
  const indicatorCells = new Map<string, IndicatorCells>();
  let executionScoreCell: CellRef | null = null;
  let executionRateCell: CellRef | null = null;
  let execCells = 0;
  const reviewBudget: ReviewLine[] = [];
  const reviewFixed: number[] = [];
  for (const b of ev.budgets) {
    const taken = new Set<number>();
    const p = planBudget(grid(b.table.sheet), b, writer(b.table.sheet), labels, taken);
    const line = review
      ? planReviewBudget(grid(b.table.sheet), b, writer(b.table.sheet), labels, taken, p.executionScoreRule)
      : null;
    if (line) reviewBudget.push(line);
    else if (review && b.executionScore !== null) reviewFixed.push(b.executionScore);
    p.cells.forEach((cells, row) => lineCells.set(rowKey(b.table.sheet, row), cells));
    if (b.weightLine) execCells++;
    if (p.executionScoreCell) executionScoreCell = p.executionScoreCell;
    if (b.executionRate !== null && b.executionRate === ev.executionRate && !executionRateCell)
      executionRateCell = p.executionRateCell;
  }
  // The rate the cap reads: the total line's rate cell when it holds the engine's formula, else the figure.
  const capRate = executionRateCell
    ? formulaRef(executionRateCell)
    : ev.executionRate === null
      ? null
      : literal(ev.executionRate);
  const capTotal = (total: string): string => cappedTotalFormula(ev.totalCap, capRate, total);
  const conditionalFormats: ConditionalFormat[] = [];
  let totalCell: CellRef | null = null;
  let allScoresOurs = true;
  const onlyTable = ev.indicatorTables.length === 1;
  const reviewRows = new Map<string, ReviewLine>();
  const reviewRanges: ReviewRange[] = [];
  let totalAt: (Parameters<typeof planReviewTotal>[1] & { self: ReturnType<typeof selfTotal> }) | null = null;
  const execOk = execCells === 0 || (execCells === 1 && executionScoreCell !== null);
  for (const te of ev.indicatorTables) {
    const rows = ev.indicators.filter((i) => i.table === te.table);
    const extra = executionScoreCell ? [formulaRef(executionScoreCell)] : [];
    const taken = new Set<number>();
    const p = planIndicators(
      grid(te.table.sheet),
      te,
      rows,
      writer(te.table.sheet),
      labels,
      taken,
      extra,
      onlyTable && execOk ? ev.total : null,
      capTotal,
    );
    if (review) {
      const g = grid(te.table.sheet);
      const r = planReviewIndicators(
        g,
        te,
        rows,
        writer(te.table.sheet),
        labels,
        taken,
        p.scoreCol,
        p.ruleScores,
      );
      r.lines.forEach((l) => reviewRows.set(rowKey(l.sheet, l.row), l));
      if (r.range) reviewRanges.push(r.range);
      if (onlyTable && te.totalRow && r.columns) {
        const tr = te.totalRow;
        const self = selfTotal(
          g,
          te.table,
          tr.row,
          p.scoreCol,
          p.totalCell,
          ev.total,
          ev.reportedTotal ?? ev.total,
        );
        totalAt = { grid: g, w: writer(te.table.sheet), row: tr.row, cols: r.columns, self };
      }
    }
    p.cells.forEach((cells, row) => indicatorCells.set(rowKey(te.table.sheet, row), cells));
    conditionalFormats.push(...p.conditionalFormats);
    totalCell = totalCell ?? p.totalCell;
    allScoresOurs = allScoresOurs && (p.allScoresOurs || rows.length === 0);
  }
  const reviewPlan: ReviewPlan | null = review
    ? {
        indicators: reviewRows,
        budget: reviewBudget,
        total: planReviewTotal(
          {
            ranges: reviewRanges,
            budget: reviewBudget,
            fixed: reviewFixed,
            capFormula: capTotal,
            capValue: (x) => cappedTotal(ev.totalCap, ev.executionRate, x),
            self: totalAt?.self ?? {
              cell: totalCell,
              value: totalCell ? ev.total : (ev.reportedTotal ?? ev.total),
            },
          },
          totalAt,
        ),
      }
    : null;
  const writes: CellWrite[] = [];
  // A loop, not push(...): a spread of 100,000+ writes overflows the call stack.
  for (const [k, w] of writers)
    for (let i = before.get(k) ?? 0; i < w.writes.length; i++) writes.push(w.writes[i]);
  return {
    writes,
    conditionalFormats,
    lineCells,
    indicatorCells,
    executionScoreCell,
    totalCell,
    allScoresOurs: allScoresOurs && execOk,
    capTotal,
    review: reviewPlan,
  };
}

/** Rate and score formulas for a budget table; a rate column is appended when the table has none. */
import { a1, cellRef, type CellRef } from "../cellRef";
import type { BudgetEval } from "../evaluate/budget";
import { cellAt, isEmptyCell, type Grid } from "../grid";
import { appendColumn, type CellWriter } from "./cellWriter";
import { executionScoreFormula } from "../rules/execution";
import { rateFormula } from "./formulas";
import { numFmt, type PlanLabels } from "./labels";
import { literal, operand } from "./operand";

export interface LineCells {
  readonly rate: CellRef | null;
  readonly score: CellRef | null;
}

export interface BudgetPlan {
  /** Keyed by 0-based row. */
  readonly cells: ReadonlyMap<number, LineCells>;
  /** The execution score's cell when it holds the engine's formula (for the total formula). */
  readonly executionScoreCell: CellRef | null;
  /** The cell holding the table's execution rate as the engine's formula (the total line's), if any. */
  readonly executionRateCell: CellRef | null;
  /** The weight line's execution-score formula and whether its score cell holds it (review mode reads these). */
  readonly executionScoreRule: {
    readonly row: number;
    readonly formula: string;
    readonly ours: boolean;
  } | null;
}

export function planBudget(
  grid: Grid,
  ev: BudgetEval,
  w: CellWriter,
  labels: PlanLabels,
  taken: Set<number>,
): BudgetPlan {
  const t = ev.table;
  const c = t.columns;
  const rows = ev.lines.map((l) => l.line.row);
  let rateCol = c.rate;
  if (rateCol === undefined && rows.length > 0) {
    rateCol = appendColumn(grid, w, t.lastCol, t.headerBottom, [t.headerBottom, ...rows], taken, labels.rate);
  }
  const cells = new Map<number, LineCells>();
  let executionScoreCell: CellRef | null = null;
  let executionRateCell: CellRef | null = null;
  let executionScoreRule: BudgetPlan["executionScoreRule"] = null;
  for (const e of ev.lines) {
    const r = e.line.row;
    const dCol = c[e.denominator];
    const a = operand(grid, r, c.actual, e.line.actual);
    const d = operand(grid, r, dCol, e.line[e.denominator]);
    let rateRef: CellRef | null = null;
    let rateOurs = false;
    if (a !== null && d !== null && rateCol !== undefined) {
      const actualCell = c.actual !== undefined ? cellAt(grid, r, c.actual) : undefined;
      const blankable =
        c.actual !== undefined && (isEmptyCell(actualCell) || typeof actualCell?.value === "number");
      const f = rateFormula(a, d, blankable && c.actual !== undefined ? a1(r, c.actual) : null);
      const out = w.formula(r, rateCol, f, e.rate, numFmt.rate);
      rateOurs = out !== "user";
      rateRef = cellRef(t.sheet, r, rateCol);
      if (rateOurs && e.rate !== null && e.rate === ev.executionRate && e.line.isTotal && e.line.level === 0)
        executionRateCell = rateRef;
    }
    let scoreRef: CellRef | null = null;
    if (
      e.line.weight !== null &&
      c.score !== undefined &&
      (c.weight !== undefined || e.line.weightFromHeader) &&
      a !== null &&
      d !== null
    ) {
      const rate = rateOurs && rateCol !== undefined ? a1(r, rateCol) : `IFERROR(${a}/${d},0)`;
      const formula = executionScoreFormula(
        ev.rule,
        // A weight stated in the header has no cell of its own on the line: it enters as the number.
        (e.line.weightFromHeader ? literal(e.line.weight) : operand(grid, r, c.weight, e.line.weight)) ?? "0",
        rate,
      );
      const out = w.formula(r, c.score, formula, e.score, numFmt.score);
      scoreRef = cellRef(t.sheet, r, c.score);
      if (ev.weightLine === e && out !== "user") executionScoreCell = scoreRef;
      if (ev.weightLine === e) executionScoreRule = { row: r, formula, ours: out !== "user" };
    }
    cells.set(r, { rate: rateRef, score: scoreRef });
  }
  return { cells, executionScoreCell, executionRateCell, executionScoreRule };
}

/** Shapes an evaluation and the cells planned for it into the report's EvaluationResult. */
import { displayRef, type CellRef } from "./cellRef";
import { shownText } from "./evaluate/cellText";
import type { Evaluated } from "./evaluate/evaluate";
import { gradeLabel } from "./evaluate/grade";
import { cellAt, type WorkbookData } from "./grid";
import { formatTarget } from "./parse";
import { rowKey, type ScopePlan } from "./plan/planScope";
import type { EvaluationResult } from "./result";
import { reviewResult } from "./review/reviewResult";
import type { Lang } from "./types";

const ref = (r: CellRef | null | undefined): string | null => (r ? displayRef(r) : null);

export function toResult(wb: WorkbookData, ev: Evaluated, plan: ScopePlan, lang: Lang): EvaluationResult {
  const raw = (sheet: string, row: number, col: number | undefined): string => {
    if (col === undefined) return "";
    const g = wb.sheets.find((s) => s.name === sheet);
    return g ? shownText(cellAt(g, row, col)) : "";
  };
  const lines = ev.budgets.flatMap((b) =>
    b.lines.map((e) => {
      const cells = plan.lineCells.get(rowKey(e.line.sheet, e.line.row));
      return {
        sheet: e.line.sheet,
        row: e.line.row + 1,
        name: e.line.name,
        level: e.line.level,
        initial: e.line.initial,
        budget: e.line.budget,
        actual: e.line.actual,
        rate: e.rate,
        weight: e.line.weight,
        score: e.score,
        reportedScore: e.line.reportedScore,
        cells: { rate: ref(cells?.rate), score: ref(cells?.score) },
      };
    }),
  );
  const indicators = ev.indicators.map(({ table, indicator: i, result: r }) => {
    const cells = plan.indicatorCells.get(rowKey(i.sheet, i.row));
    return {
      sheet: i.sheet,
      row: i.row + 1,
      level1: i.level1,
      level2: i.level2,
      name: i.name,
      target: formatTarget(i.target) || raw(i.sheet, i.row, i.targetCol),
      actual: raw(i.sheet, i.row, table.columns.actual),
      weight: i.weight,
      score: r.score,
      reportedScore: i.reportedScore,
      completion: r.completion,
      belowTarget: r.belowTarget,
      reason: i.reason,
      cells: { score: ref(cells?.score), completion: ref(cells?.completion) },
    };
  });
  return {
    title: ev.title,
    totalScore: ev.total,
    grade: ev.grade,
    gradeLabel: gradeLabel(ev.grade, lang),
    budget:
      ev.budgets.length === 0
        ? null
        : { executionRate: ev.executionRate, executionScore: ev.executionScore, lines },
    indicators,
    // The engine counts rows from 0; the report, as every row in it, from 1.
    blocks: ev.blocks.map((b) => ({ ...b, firstRow: b.firstRow + 1, lastRow: b.lastRow + 1 })),
    reportedTotal: ev.reportedTotal,
    flags: ev.flags,
    tables: [...ev.budgets.map((b) => b.table), ...ev.indicatorTables.map((t) => t.table)],
    ...(plan.review ? { review: reviewResult(plan.review, ev.flags) } : {}),
  };
}

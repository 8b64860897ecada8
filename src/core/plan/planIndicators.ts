/**
 * Completion, score and flag formulas for an indicator table, columns appended where the table
 * has none, and the conditional format marking below-target rows.
 */
import { a1, a1Range, cellRef, type CellRef } from "../cellRef";
import type { IndicatorEval, IndicatorTableEval } from "../evaluate/evaluate";
import type { IndicatorScore, OverDeduction } from "../evaluate/scoreIndicator";
import type { Grid } from "../grid";
import type { TableMapping } from "../types";
import { appendColumn, type CellWriter } from "./cellWriter";
import {
  belowTargetRule,
  completionFormula,
  flagFormula,
  roundFormula,
  scoreFormula,
  statedFractionFormula,
  totalFormula,
  type Threshold,
} from "./formulas";
import { belowTargetStyle, numFmt, type PlanLabels } from "./labels";
import { literal, operand } from "./operand";
import { markedAreas } from "./rowMarks";
import type { ConditionalFormat } from "./writePlan";

export interface IndicatorCells {
  readonly score: CellRef | null;
  readonly completion: CellRef | null;
}

export interface IndicatorPlan {
  readonly cells: ReadonlyMap<number, IndicatorCells>;
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** Whether every indicator's score cell holds the engine's formula (so a SUM over them is the engine's total). */
  readonly allScoresOurs: boolean;
  readonly scoreCol: number | undefined;
  /** The total row's score cell when it holds the engine's total formula. */
  readonly totalCell: CellRef | null;
  /** Per scored row (0-based): the rule's score formula and whether the score cell holds it (review mode reads these). */
  readonly ruleScores: ReadonlyMap<number, RuleScore>;
}

export interface RuleScore {
  readonly formula: string;
  readonly ours: boolean;
}

/** Below this completion the row is below target; a qualitative band's bound is compared with float room. */
function threshold(r: IndicatorScore): Threshold {
  return { value: r.threshold, tolerant: r.threshold !== 1 };
}

interface RowFormulas {
  readonly completion: string;
  readonly scoreMode: "proportional" | "passFail" | "bands" | "stated";
  readonly over: OverDeduction | null;
}

/** The weight as a formula operand: its 分值 cell, or a block's stated points over its rows ("(50/3)"). */
function weightOperand(grid: Grid, t: TableMapping, ie: IndicatorEval): string {
  const share = ie.indicator.weightShare;
  if (share) return share.rows === 1 ? literal(share.weight) : `(${literal(share.weight)}/${share.rows})`;
  return operand(grid, ie.indicator.row, t.columns.weight, ie.indicator.weight) ?? "0";
}

function rowFormulas(grid: Grid, t: TableMapping, ie: IndicatorEval): RowFormulas | null {
  const s = ie.result.scoring;
  const r = ie.indicator.row;
  const c = t.columns;
  const weight = weightOperand(grid, t, ie);
  const statedCol = c.reportedScore ?? c.score;
  switch (s.kind) {
    case "quantitative": {
      const a = operand(grid, r, c.actual, s.actual);
      const tg = operand(grid, r, ie.indicator.targetCol, s.target);
      if (a === null || tg === null) return null;
      return {
        completion: completionFormula(s.direction, a, tg, s.reverse, weight),
        scoreMode: s.mode,
        over: s.overDeduction,
      };
    }
    case "qualitative":
      if (s.keptReported && statedCol !== undefined) {
        return {
          completion: statedFractionFormula(a1(r, statedCol), weight),
          scoreMode: "bands",
          over: null,
        };
      }
      return {
        completion: literal(s.fraction),
        scoreMode: s.mode === "passFail" ? "passFail" : "bands",
        over: null,
      };
    case "manual":
      if (statedCol === undefined || ie.indicator.reportedScore === null) return null;
      return { completion: statedFractionFormula(a1(r, statedCol), weight), scoreMode: "stated", over: null };
    case "none":
      return null;
  }
}

export function planIndicators(
  grid: Grid,
  te: IndicatorTableEval,
  rows: readonly IndicatorEval[],
  w: CellWriter,
  labels: PlanLabels,
  taken: Set<number>,
  extraTotalTerms: readonly string[],
  total: number | null,
  capTotal: (total: string) => string = (x) => x,
): IndicatorPlan {
  const t = te.table;
  const c = t.columns;
  const dataRows = rows.map((x) => x.indicator.row);
  const allRows = [t.headerBottom, ...dataRows, ...(te.totalRow ? [te.totalRow.row] : [])];
  const append = (label: string): number =>
    appendColumn(grid, w, t.lastCol, t.headerBottom, allRows, taken, label);
  const scorable = rows.some((x) => rowFormulas(grid, t, x) !== null);
  const scoreCol = c.score ?? (scorable ? append(labels.score) : undefined);
  const completionCol = c.completion ?? (scorable ? append(labels.completion) : undefined);
  const flagCol = c.flag ?? (scorable ? append(labels.flag) : undefined);

  const cells = new Map<number, IndicatorCells>();
  const marks: { row: number; threshold: Threshold }[] = [];
  const ruleScores = new Map<number, RuleScore>();
  let allScoresOurs = rows.length > 0 && scoreCol !== undefined;
  for (const ie of rows) {
    const r = ie.indicator.row;
    const f = rowFormulas(grid, t, ie);
    const res = ie.result;
    if (!f || completionCol === undefined || scoreCol === undefined) {
      cells.set(r, { score: null, completion: null });
      // A row left unscored still counts in the sum as blank, which is what the engine counts (0 or nothing).
      continue;
    }
    const compOut = w.formula(r, completionCol, f.completion, res.completion, numFmt.rate);
    const compRef = compOut === "user" ? `(${f.completion})` : a1(r, completionCol);
    const weight = weightOperand(grid, t, ie);
    const statedCol = c.reportedScore ?? c.score;
    const score =
      f.scoreMode === "stated" && statedCol !== undefined
        ? roundFormula(a1(r, statedCol))
        : scoreFormula(f.scoreMode === "stated" ? "bands" : f.scoreMode, weight, compRef, f.over);
    // The stated score in the score column itself is the row's input (手工, or a qualitative row
    // scored by it): nothing to write there, even with overwrite, or the formula would read itself.
    const readsStated =
      f.scoreMode === "stated" || (res.scoring.kind === "qualitative" && res.scoring.keptReported);
    const scoreOut =
      readsStated && statedCol === scoreCol ? "user" : w.formula(r, scoreCol, score, res.score, numFmt.score);
    if (scoreOut === "user") allScoresOurs = false;
    ruleScores.set(r, { formula: score, ours: scoreOut !== "user" });
    if (flagCol !== undefined) {
      w.formula(
        r,
        flagCol,
        flagFormula(compRef, threshold(res), labels.belowTarget),
        res.belowTarget ? labels.belowTarget : "",
      );
    }
    cells.set(r, {
      score: cellRef(t.sheet, r, scoreCol),
      completion: compOut === "user" ? null : cellRef(t.sheet, r, completionCol),
    });
    if (compOut !== "user") marks.push({ row: r, threshold: threshold(res) });
  }
  for (const ie of rows)
    if (ie.result.score !== null && cells.get(ie.indicator.row)?.score === null && ie.result.score !== 0)
      allScoresOurs = false;

  let totalCell: CellRef | null = null;
  // The total row: the engine's total as a SUM of the score cells, only when every one of them is the engine's.
  if (te.totalRow && scoreCol !== undefined && allScoresOurs && total !== null && dataRows.length > 0) {
    // reduce, not Math.min(...): a spread of 100,000+ rows overflows the call stack.
    const first = dataRows.reduce((a, b) => Math.min(a, b), Infinity);
    const last = dataRows.reduce((a, b) => Math.max(a, b), -Infinity);
    const range = a1Range(first, scoreCol, last, scoreCol);
    const out = w.formula(
      te.totalRow.row,
      scoreCol,
      capTotal(totalFormula(range, extraTotalTerms)),
      total,
      numFmt.score,
    );
    if (out !== "user") totalCell = cellRef(t.sheet, te.totalRow.row, scoreCol);
  }

  const conditionalFormats: ConditionalFormat[] = [];
  if (completionCol !== undefined) {
    const left = Math.min(...Object.values(c).filter((x): x is number => x !== undefined));
    const right = Math.max(t.lastCol, ...taken);
    marks.sort((x, y) => x.row - y.row);
    let i = 0;
    while (i < marks.length) {
      let j = i;
      while (
        j + 1 < marks.length &&
        marks[j + 1].row === marks[j].row + 1 &&
        marks[j + 1].threshold.value === marks[i].threshold.value
      )
        j++;
      for (const area of markedAreas(grid, marks[i].row, marks[j].row, left, right))
        conditionalFormats.push({
          sheet: t.sheet,
          area,
          // Relative to the area's top row: each area's rule reads its own first row.
          formula: belowTargetRule(`$${a1(area.top, completionCol)}`, marks[i].threshold),
          ...belowTargetStyle,
        });
      i = j + 1;
    }
  }
  return { cells, conditionalFormats, allScoresOurs, scoreCol, totalCell, ruleScores };
}

/**
 * Reads the rows of an indicator table into Indicators. Merged or blank 一级/二级 cells carry down
 * from the row above; heading rows (a label and nothing to score) only update that carry.
 */
import { isTotalLabel } from "../detect";
import { cellAt, isCellError, isEmptyCell, shownValue, type Grid } from "../grid";
import { isPlaceholder, parseActual, parseMethod, parseNumber, parseTarget } from "../parse";
import type { Indicator, TableMapping } from "../types";
import { cellText } from "./cellText";

export interface IndicatorRows {
  readonly indicators: readonly Indicator[];
  /** The total row's stated weight and score, when the table has one. */
  readonly totalRow: {
    readonly row: number;
    readonly weight: number | null;
    readonly stated: number | null;
  } | null;
  /** Cells holding text or errors where a number was expected. */
  readonly badNumbers: readonly {
    readonly row: number;
    readonly col: number;
    readonly name: string;
    readonly text: string;
  }[];
}

export function readIndicators(grid: Grid, t: TableMapping): IndicatorRows {
  const c = t.columns;
  const indicators: Indicator[] = [];
  const badNumbers: { row: number; col: number; name: string; text: string }[] = [];
  let totalRow: IndicatorRows["totalRow"] = null;
  let level1 = "";
  let level2 = "";

  const num = (row: number, col: number | undefined, name: string): number | null => {
    if (col === undefined) return null;
    const cell = cellAt(grid, row, col);
    if (isEmptyCell(cell) || !cell) return null;
    const p = parseNumber(cell.value, cell.numFmt);
    if (p) return p.value;
    const text = cellText(cell.value);
    if (isCellError(cell.value) || (text !== "" && !isPlaceholder(text)))
      badNumbers.push({ row, col, name, text });
    return null;
  };
  const text = (row: number, col: number | undefined): string =>
    col === undefined ? "" : cellText(shownValue(grid, row, col));

  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const l1 = text(r, c.level1);
    const l2 = text(r, c.level2);
    if (l1) level1 = l1;
    if (l2 && l2 !== l1) level2 = l2;
    else if (l1 && c.level2 !== undefined && !l2) level2 = "";
    let name = text(r, c.name);
    const rowLabel = name || l2 || l1;
    if (isTotalLabel(rowLabel) || isTotalLabel(l1)) {
      const score = c.score !== undefined ? cellAt(grid, r, c.score) : undefined;
      const stated =
        num(r, c.reportedScore, rowLabel) ?? (score && !score.formula ? num(r, c.score, rowLabel) : null);
      totalRow = { row: r, weight: num(r, c.weight, rowLabel), stated };
      continue;
    }
    const targetCell = c.target !== undefined ? cellAt(grid, r, c.target) : undefined;
    const actualCell = c.actual !== undefined ? cellAt(grid, r, c.actual) : undefined;
    const weightCell = c.weight !== undefined ? cellAt(grid, r, c.weight) : undefined;
    if (isEmptyCell(targetCell) && isEmptyCell(actualCell) && isEmptyCell(weightCell)) continue;
    if (!name) name = l2 || l1;
    const unit = c.unit !== undefined ? cellAt(grid, r, c.unit)?.value : undefined;
    const comparator = c.comparator !== undefined ? cellAt(grid, r, c.comparator)?.value : undefined;
    const target = parseTarget(targetCell?.value ?? null, { comparator, unit, numFmt: targetCell?.numFmt });
    const actual = parseActual(actualCell?.value ?? null, { unit, numFmt: actualCell?.numFmt, target });
    if (actualCell && isCellError(actualCell.value))
      badNumbers.push({ row: r, col: c.actual as number, name, text: cellText(actualCell.value) });
    const scoreCell = c.score !== undefined ? cellAt(grid, r, c.score) : undefined;
    // A typed value in the 得分 column is the department's own score; a formula there is computed.
    const reportedScore =
      num(r, c.reportedScore, name) ?? (scoreCell && !scoreCell.formula ? num(r, c.score, name) : null);
    indicators.push({
      sheet: grid.name,
      row: r,
      level1,
      level2,
      name,
      target,
      actual,
      weight: num(r, c.weight, name),
      reportedScore,
      method: c.method !== undefined ? parseMethod(cellAt(grid, r, c.method)?.value ?? null) : null,
      reason: text(r, c.reason),
      isTotal: false,
    });
  }
  return { indicators, totalRow, badNumbers };
}

/** Reads the rows of a budget table into BudgetLines, with their level from the numbering. */
import { budgetLevels } from "../detect";
import { cellAt, isCellError, isEmptyCell, type Grid } from "../grid";
import { isPlaceholder, parseNumber } from "../parse";
import type { BudgetLine, BudgetRole, TableMapping } from "../types";
import { cellText } from "./cellText";

export interface BadNumber {
  readonly row: number;
  readonly col: number;
  readonly name: string;
  readonly text: string;
  readonly role: BudgetRole;
}

export interface BudgetRows {
  readonly lines: readonly BudgetLine[];
  readonly badNumbers: readonly BadNumber[];
}

export function readBudget(grid: Grid, t: TableMapping): BudgetRows {
  const c = t.columns;
  const badNumbers: BadNumber[] = [];
  const raw: { row: number; name: string }[] = [];
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const name = c.name !== undefined ? cellText(cellAt(grid, r, c.name)?.value) : "";
    const hasFigure = (["initial", "budget", "actual"] as const).some(
      (role) => c[role] !== undefined && !isEmptyCell(cellAt(grid, r, c[role] as number)),
    );
    if (!name && !hasFigure) continue;
    raw.push({ row: r, name });
  }
  const levels = budgetLevels(raw.map((x) => x.name));
  const num = (row: number, role: BudgetRole, name: string): number | null => {
    const col = c[role];
    if (col === undefined) return null;
    const cell = cellAt(grid, row, col);
    if (!cell || isEmptyCell(cell)) return null;
    const p = parseNumber(cell.value, cell.numFmt);
    if (p) return p.value;
    const text = cellText(cell.value);
    if (isCellError(cell.value) || (text !== "" && !isPlaceholder(text)))
      badNumbers.push({ row, col, name, text, role });
    return null;
  };
  const lines = raw.map(({ row, name }, i): BudgetLine => {
    const rateCell = c.rate !== undefined ? cellAt(grid, row, c.rate) : undefined;
    const scoreCell = c.score !== undefined ? cellAt(grid, row, c.score) : undefined;
    return {
      sheet: grid.name,
      row,
      name,
      level: levels[i].level,
      isTotal: levels[i].isTotal,
      initial: num(row, "initial", name),
      budget: num(row, "budget", name),
      actual: num(row, "actual", name),
      weight: num(row, "weight", name),
      reportedRate: rateCell && !rateCell.formula ? num(row, "rate", name) : null,
      reportedScore:
        num(row, "reportedScore", name) ?? (scoreCell && !scoreCell.formula ? num(row, "score", name) : null),
    };
  });
  return { lines, badNumbers };
}

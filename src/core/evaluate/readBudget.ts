/** Reads the rows of a budget table into BudgetLines, with their level from the numbering. */
import { budgetLevels } from "../detect";
import { cellAt, figureCell, isCellError, isEmptyCell, type Grid } from "../grid";
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

/** A line of the blank form left in: no name, or only its numbering ("①……", "2、"). */
function isTemplateName(name: string): boolean {
  const rest = name.replace(/^[\u2460-\u2473\d一二三四五六七八九十()（）、.．\s]+/, "");
  return rest === "" || isPlaceholder(rest) || /^[.…。·]+$/.test(rest);
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
    if (!hasFigure && isTemplateName(name)) continue;
    raw.push({ row: r, name });
  }
  const levels = budgetLevels(raw.map((x) => x.name));
  const num = (row: number, role: BudgetRole, name: string): number | null => {
    const col = c[role];
    if (col === undefined) return null;
    const at = figureCell(grid, row, col);
    const cell = cellAt(grid, at.row, at.col);
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
      weightFromHeader: false,
      reportedScore:
        num(row, "reportedScore", name) ?? (scoreCell && !scoreCell.formula ? num(row, "score", name) : null),
    };
  });
  return { lines: withHeaderWeight(lines, t), badNumbers };
}

/**
 * A weight stated in the header ("预算执行情况（万元）（20分）") belongs to the total line (or the
 * first line when there is no total), unless some line has a 分值 of its own.
 */
function withHeaderWeight(lines: BudgetLine[], t: TableMapping): BudgetLine[] {
  const stated = t.statedWeight;
  if (!stated || lines.length === 0 || lines.some((l) => l.weight !== null)) return lines;
  const total = lines.findIndex((l) => l.isTotal && l.level === 0);
  const at = total >= 0 ? total : 0;
  return lines.map((l, i) => (i === at ? { ...l, weight: stated.value, weightFromHeader: true } : l));
}

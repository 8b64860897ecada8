/**
 * How a formula refers to an input. A cell holding a plain number is referenced, so the formula
 * follows the data; a cell holding text the engine had to read ("27场", "≥95%", "766. 17") enters
 * as the number the engine read from it, so that the formula computes what the engine computed
 * and the reviewer sees which number was understood.
 */
import { a1, cellRef, formulaRef } from "../cellRef";
import { cellAt, figureCell, isCellError, isEmptyCell, type Grid } from "../grid";

/**
 * A number as a formula literal; negatives in brackets so they can stand in any expression. Binary
 * noise beyond 15 significant digits (0.1 + 0.2) is dropped: Excel keeps no more, and a reviewer
 * reads 0.3.
 */
export function literal(x: number): string {
  // Whole numbers (weights, counts) carry no noise; toPrecision is costly at 50,000 rows.
  const s = Number.isSafeInteger(x) ? String(x) : String(Number(x.toPrecision(15)));
  return x < 0 ? `(${s})` : s;
}

/**
 * The operand for the number at (row, col), whose value the engine read as `parsed`.
 * Returns null when there is nothing a formula can use. The operand is already numeric (N(...),
 * a literal or a bracketed expression), so it can stand anywhere in an expression.
 */
export function operand(
  grid: Grid,
  row: number,
  col: number | undefined,
  parsed: number | null,
  qualified = false,
): string | null {
  if (col === undefined) return parsed === null ? null : literal(parsed);
  ({ row, col } = figureCell(grid, row, col));
  const cell = cellAt(grid, row, col);
  // Within the table's own sheet a plain A1 reference reads best; the summary sheet needs the sheet name.
  const ref = qualified ? formulaRef(cellRef(grid.name, row, col)) : a1(row, col);
  if (!cell || isEmptyCell(cell)) return `N(${ref})`;
  if (isCellError(cell.value)) return ref; // the formula's IFERROR guard handles it
  if (typeof cell.value === "number") {
    if (parsed === null || cell.value === parsed) return `N(${ref})`;
    if (cell.value / 100 === parsed) return `(N(${ref})/100)`;
  }
  return parsed === null ? null : literal(parsed);
}

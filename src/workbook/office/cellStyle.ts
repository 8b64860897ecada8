/** The plan's cell styles as Excel range formatting (looks from core/plan/cellLooks), and their reset for revert. */
import { CELL_LOOKS } from "../../core/plan/cellLooks";
import type { CellStyle } from "../../core/plan/writePlan";

const VERTICAL = { top: "Top", center: "Center" } as const;

/**
 * Sets the formatting a style stands for. With `named`, a look that names a cell style gets that
 * style (which holds its fill) instead of the bare fill; the style must exist (see addStyle).
 */
export function applyStyle(range: Excel.Range, style: CellStyle, named = false): void {
  const look = CELL_LOOKS[style];
  const format = range.format;
  const byName = named && look.styleName !== undefined;
  // First: applying a style resets what the style includes (only the fill, for the tool's own).
  if (byName) range.style = look.styleName!;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.size !== undefined) format.font.size = look.size;
  if (look.color !== undefined) format.font.color = `#${look.color}`;
  if (look.fill !== undefined && !byName) format.fill.color = `#${look.fill}`;
  if (look.wrapText) format.wrapText = true;
  if (look.vertical) format.verticalAlignment = VERTICAL[look.vertical];
}

/**
 * Adds the named cell style of the looks that name one (ExcelApi 1.7). It includes only its fill,
 * so giving it to a cell changes the cell's fill and style name and keeps its font, borders,
 * alignment and number format.
 */
export function addStyle(context: Excel.RequestContext, name: string): void {
  const look = Object.values(CELL_LOOKS).find((l) => l.styleName === name);
  context.workbook.styles.add(name);
  const style = context.workbook.styles.getItem(name);
  style.includeAlignment = false;
  style.includeBorder = false;
  style.includeFont = false;
  style.includeNumber = false;
  style.includeProtection = false;
  style.includePatterns = true;
  if (look?.fill !== undefined) style.fill.color = `#${look.fill}`;
}

/** Undoes what applyStyle set, back to Excel's plain look: for cells whose look was not recorded. */
export function resetStyle(range: Excel.Range, style: CellStyle): void {
  const look = CELL_LOOKS[style];
  const format = range.format;
  if (look.bold) format.font.bold = false;
  if (look.italic) format.font.italic = false;
  if (look.size !== undefined) format.font.size = 11;
  if (look.color !== undefined) format.font.color = "#000000";
  if (look.fill !== undefined) format.fill.clear();
  if (look.wrapText) format.wrapText = false;
  if (look.vertical) format.verticalAlignment = "Bottom";
}

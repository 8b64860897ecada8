/** The plan's cell styles as Excel range formatting (looks from core/plan/cellLooks), and their reset for revert. */
import { CELL_LOOKS } from "../../core/plan/cellLooks";
import type { CellStyle } from "../../core/plan/writePlan";

const VERTICAL = { top: "Top", center: "Center" } as const;

/** Sets the formatting a style stands for. */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const look = CELL_LOOKS[style];
  const format = range.format;
  if (look.bold) format.font.bold = true;
  if (look.italic) format.font.italic = true;
  if (look.size !== undefined) format.font.size = look.size;
  if (look.color !== undefined) format.font.color = `#${look.color}`;
  if (look.fill !== undefined) format.fill.color = `#${look.fill}`;
  if (look.wrapText) format.wrapText = true;
  if (look.vertical) format.verticalAlignment = VERTICAL[look.vertical];
}

/** Undoes what applyStyle set, back to Excel's plain look (what the cell had before is not recorded). */
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

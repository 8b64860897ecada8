/** The plan's cell styles as Excel range formatting, and their reset for revert. */
import type { CellStyle } from "../../core/plan/writePlan";

const HEADER_FILL = "#DDEBF7";
const NOTE_COLOR = "#808080";

/** Sets the formatting a style stands for (the same look as the xlsx adapter). */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  switch (style) {
    case "header":
      format.font.bold = true;
      format.fill.color = HEADER_FILL;
      format.wrapText = true;
      format.verticalAlignment = "Center";
      return;
    case "title":
      format.font.bold = true;
      format.font.size = 16;
      return;
    case "heading":
      format.font.bold = true;
      format.font.size = 12;
      return;
    case "body":
      format.wrapText = true;
      format.verticalAlignment = "Top";
      return;
    case "note":
      format.font.italic = true;
      format.font.color = NOTE_COLOR;
      return;
  }
}

/** Undoes what applyStyle set, back to Excel's plain look (what the cell had before is not recorded). */
export function resetStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  switch (style) {
    case "header":
      format.font.bold = false;
      format.fill.clear();
      format.wrapText = false;
      format.verticalAlignment = "Bottom";
      return;
    case "title":
    case "heading":
      format.font.bold = false;
      format.font.size = 11;
      return;
    case "body":
      format.wrapText = false;
      format.verticalAlignment = "Bottom";
      return;
    case "note":
      format.font.italic = false;
      format.font.color = "#000000";
      return;
  }
}

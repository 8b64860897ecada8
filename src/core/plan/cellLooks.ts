/**
 * How each of the plan's cell styles looks, as data: every adapter (package, Office) renders these
 * and nothing else, so the add-in and the command line format a header or a note the same way.
 */
import type { CellStyle } from "./writePlan";

export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size?: number;
  /** Font colour, 6 hex digits. */
  readonly color?: string;
  /** Solid fill colour, 6 hex digits. */
  readonly fill?: string;
  readonly wrapText?: boolean;
  readonly vertical?: "top" | "center";
  /** A named cell style the cell is given (created in the workbook once, holding the fill). */
  readonly styleName?: string;
}

/** Light yellow: the tool's formulas among the unit's figures, as Excel's "Note" and "Input" styles tint cells. */
const COMPUTED_FILL = "FFF2CC";
export const COMPUTED_STYLE_NAME = "绩效自评公式";

export const CELL_LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  header: { bold: true, fill: "DDEBF7", wrapText: true, vertical: "center" },
  // The summary's lines all wrap: it prints column A only, so text running past it would be cut.
  title: { bold: true, size: 16, wrapText: true, vertical: "top" },
  heading: { bold: true, size: 12, wrapText: true, vertical: "top" },
  body: { wrapText: true, vertical: "top" },
  note: { italic: true, color: "808080", wrapText: true, vertical: "top" },
  computed: { fill: COMPUTED_FILL, styleName: COMPUTED_STYLE_NAME },
  legend: { fill: COMPUTED_FILL, wrapText: true, vertical: "top" },
};

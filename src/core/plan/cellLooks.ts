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
}

export const CELL_LOOKS: Readonly<Record<CellStyle, CellLook>> = {
  header: { bold: true, fill: "DDEBF7", wrapText: true, vertical: "center" },
  title: { bold: true, size: 16 },
  heading: { bold: true, size: 12 },
  body: { wrapText: true, vertical: "top" },
  note: { italic: true, color: "808080" },
};

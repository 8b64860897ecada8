/**
 * The WritePlan: everything a run writes, as data. Each adapter (xlsx, office, memory) only applies it.
 * Rows and columns are 0-based. Formulas are en-US syntax without the leading "=".
 */
import type { Area } from "../grid";

/** How a written cell looks; adapters map these to their own formatting. */
export type CellStyle =
  | "header"
  | "title"
  | "heading"
  | "body"
  | "note"
  /** A cell of the user's sheet the tool filled (a formula): set apart from the unit's own data. */
  | "computed"
  /** The summary sheet's line explaining that look. */
  | "legend";

/**
 * A cell whose look a written cell borrows: its whole style (an appended column's header takes the
 * table's header look; the plan's style applies only where that cell has none) or its borders (an
 * appended column's cells continue the table's grid).
 */
export interface Borrow {
  readonly row: number;
  readonly col: number;
  readonly part: "style" | "borders";
}

export type CellWrite =
  | {
      readonly kind: "formula";
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly formula: string;
      /** The engine's own figure for this cell, held against the spreadsheet's recalculation in tests. */
      readonly value: number | string | null;
      readonly numFmt?: string;
      readonly style?: CellStyle;
      readonly borrow?: Borrow;
    }
  | {
      /** Plain text, always written as text: never interpreted as a formula even if it starts with "=". */
      readonly kind: "text";
      readonly sheet: string;
      readonly row: number;
      readonly col: number;
      readonly text: string;
      readonly style?: CellStyle;
      readonly borrow?: Borrow;
    };

/** Fill applied by a conditional format when its formula (relative to the area's top-left cell) is true. */
export interface ConditionalFormat {
  readonly sheet: string;
  readonly area: Area;
  readonly formula: string;
  /** Fill colour as 6 hex digits, e.g. "FFC7CE". */
  readonly fill: string;
  readonly fontColor: string;
}

export interface PageSetup {
  readonly paper: "A4";
  readonly orientation: "portrait";
  readonly fitToWidth: boolean;
}

/** How a sheet the run writes prints (src/core/print): set by adapters where the user set nothing. */
export interface PrintSetup {
  readonly sheet: string;
  readonly page: PageSetup;
  /** The print area: from A1 to the last row and column in use (0-based, inclusive). */
  readonly area: Area;
  /** Rows printed at the top of every page: the header of the sheet's longest table. */
  readonly titleRows?: { readonly top: number; readonly bottom: number };
}

/** A sheet the plan adds (the narrative summary). Its cells are in `cells` with sheet = name. */
export interface NewSheet {
  readonly name: string;
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Row heights in points, from row 1, for wrapped text (estimated by the planner). */
  readonly rowHeights?: readonly number[];
  readonly pageSetup: PageSetup;
  readonly cells: readonly CellWrite[];
}

export interface WritePlan {
  /** Cells written into existing sheets (rates, scores, appended columns and their headers). */
  readonly cells: readonly CellWrite[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** Sheets the plan adds, in order, after the existing ones. */
  readonly newSheets: readonly NewSheet[];
  /** Sheets written by an earlier run of this product that the plan replaces (removed before adding). */
  readonly removeSheets: readonly string[];
  /** Page setup, print areas and titles of the evaluated sheets and the summary (none: leave as is). */
  readonly print?: readonly PrintSetup[];
}

export const emptyPlan: WritePlan = { cells: [], conditionalFormats: [], newSheets: [], removeSheets: [] };

/**
 * Reads every sheet's used range into grids in two syncs: one for the sheet list, one for the
 * values, formulas, number formats, value types, merged areas and protection of all sheets at once.
 * Includes very hidden sheets (the revert record); the host hides REVERT_SHEET from callers.
 */
import type { Area, Cell, CellValue, Grid, WorkbookData } from "../../core/grid";
import { toHostError } from "./errors";
import { officeSupports, type Supports } from "./requirements";

export interface ReadOptions {
  readonly supports?: Supports;
}

/**
 * One cell from what Excel returns. `formulas` gives a constant for a constant cell, so a text cell
 * holding "=cmd" reads "=cmd" in both values and formulas: it is text. A formula cell's formula
 * text differs from its value (a formula whose result equals its own text is the one case read wrongly).
 * Empty cells with a number format other than General are kept
 * as {value: null, numFmt} (the core treats them as empty) so that revert can give a pre-formatted
 * empty cell its format back.
 */
export function cellFrom(value: unknown, formula: unknown, numFmt: unknown, type: unknown): Cell | undefined {
  const fmt = typeof numFmt === "string" && numFmt !== "General" && numFmt !== "" ? numFmt : undefined;
  const isFormula =
    typeof formula === "string" && formula.startsWith("=") && formula.length > 1 && formula !== value;
  const f = isFormula ? formula.slice(1) : undefined;
  let v: CellValue;
  if (type === "Error") v = { error: String(value) };
  else if (type === "Empty" || value === "" || value === null || value === undefined) v = null;
  else if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") v = value;
  else v = String(value);
  if (f === undefined && v === null) return fmt ? { value: null, numFmt: fmt } : undefined;
  const cell: { value: CellValue; formula?: string; numFmt?: string } = { value: v };
  if (f !== undefined) cell.formula = f;
  if (fmt !== undefined) cell.numFmt = fmt;
  return cell;
}

interface LoadedSheet {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly merged: Excel.RangeAreas | null;
}

function gridOf(p: LoadedSheet): Grid {
  const rows: (Cell | undefined)[][] = [];
  if (!p.used.isNullObject) {
    const { rowIndex, columnIndex, values, formulas, numberFormat, valueTypes } = p.used;
    for (let r = 0; r < values.length; r++) {
      const cells: (Cell | undefined)[] = [];
      for (let c = 0; c < values[r].length; c++) {
        const cell = cellFrom(values[r][c], formulas[r][c], numberFormat[r][c], valueTypes[r][c]);
        if (cell) cells[columnIndex + c] = cell;
      }
      if (cells.length > 0) rows[rowIndex + r] = cells;
    }
  }
  const merges: Area[] = [];
  if (p.merged && !p.merged.isNullObject) {
    for (const a of p.merged.areas.items) {
      merges.push({
        top: a.rowIndex,
        left: a.columnIndex,
        bottom: a.rowIndex + a.rowCount - 1,
        right: a.columnIndex + a.columnCount - 1,
      });
    }
  }
  const grid: Grid = {
    name: p.sheet.name,
    rows: Array.from({ length: rows.length }, (_, r) => rows[r] ?? []),
    merges,
    hidden: p.sheet.visibility !== "Visible",
    protected: p.sheet.protection.protected,
  };
  return grid;
}

/** Every sheet, in workbook order. Throws a HostError when Excel refuses (cell-edit, too large ...). */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: ReadOptions = {},
): Promise<WorkbookData> {
  const supports = options.supports ?? officeSupports;
  try {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/visibility");
    await context.sync();
    const withMerges = supports("ExcelApi", "1.13");
    const parts: LoadedSheet[] = sheets.items.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,values,formulas,numberFormat,valueTypes");
      sheet.protection.load("protected");
      let merged: Excel.RangeAreas | null = null;
      if (withMerges) {
        merged = sheet.getRange().getMergedAreasOrNullObject();
        merged.load(
          "areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount",
        );
      }
      return { sheet, used, merged };
    });
    await context.sync();
    return { sheets: parts.map(gridOf) };
  } catch (e) {
    throw toHostError(e);
  }
}

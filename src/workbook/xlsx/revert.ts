/**
 * Revert for the ExcelJS adapter: the record of what runs replaced lives in the workbook (very
 * hidden sheet REVERT_SHEET, JSON chunks in column A), so `revert IN.xlsx` works on any file an
 * earlier `evaluate` wrote.
 *
 * Restores values, formulas and number formats. Formatting a style put on an existing cell
 * (bold header, fill, wrap) is reset to plain for a cell that was empty, and left for others:
 * the record does not hold cell styles.
 */
import type ExcelJS from "exceljs";
import { a1, a1Range } from "../../core/cellRef";
import type { Cell, Grid, WorkbookData } from "../../core/grid";
import type { WritePlan } from "../../core/plan/writePlan";
import {
  parseRecord,
  recordFor,
  REVERT_SHEET,
  serializeRecord,
  sheetKey,
  type RecordedCell,
  type RecordedFormat,
  type RevertRecord,
} from "../../core/revert";
import { applyPlanToXlsx } from "./applyPlan";
import { refreshData, type XlsxDocument } from "./readXlsx";

function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = sheetKey(name);
  return wb.worksheets.find((ws) => sheetKey(ws.name) === key);
}

/** The record the workbook holds, or null (no record sheet, or not a valid record). */
export function readRevertRecord(doc: XlsxDocument): RevertRecord | null {
  const ws = findSheet(doc.workbook, REVERT_SHEET);
  if (!ws) return null;
  const chunks: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v !== "string" || v === "") break;
    chunks.push(v);
  }
  return parseRecord(chunks);
}

/** Replaces the record sheet with one holding `record`, very hidden, at the end of the workbook. */
export function writeRevertRecord(doc: XlsxDocument, record: RevertRecord): void {
  const wb = doc.workbook;
  const old = findSheet(wb, REVERT_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(REVERT_SHEET, { state: "veryHidden" });
  serializeRecord(record).forEach((chunk, i) => {
    // A plain string: ExcelJS writes it as a string whatever it starts with.
    ws.getCell(i + 1, 1).value = chunk;
  });
  refreshData(doc);
}

/**
 * The grids of `doc.data`, plus the number format of empty cells the plan writes (the reader
 * leaves empty cells out), so that revert gives a pre-formatted empty cell its format back.
 */
function beforeData(doc: XlsxDocument, plan: WritePlan): WorkbookData {
  const extra = new Map<string, Map<number, Map<number, Cell>>>();
  for (const w of plan.cells) {
    const ws = findSheet(doc.workbook, w.sheet);
    if (!ws) continue;
    const grid = doc.data.sheets.find((s) => sheetKey(s.name) === sheetKey(ws.name));
    if (grid?.rows[w.row]?.[w.col]) continue;
    const cell = ws.findCell(w.row + 1, w.col + 1);
    const numFmt = cell?.numFmt;
    if (!numFmt || numFmt === "General") continue;
    const bySheet = extra.get(sheetKey(ws.name)) ?? new Map<number, Map<number, Cell>>();
    const byRow = bySheet.get(w.row) ?? new Map<number, Cell>();
    byRow.set(w.col, { value: null, numFmt });
    bySheet.set(w.row, byRow);
    extra.set(sheetKey(ws.name), bySheet);
  }
  if (extra.size === 0) return doc.data;
  const sheets = doc.data.sheets.map((g): Grid => {
    const add = extra.get(sheetKey(g.name));
    if (!add) return g;
    const rows = g.rows.map((r) => r.slice());
    for (const [row, cols] of add) {
      while (rows.length <= row) rows.push([]);
      for (const [col, cell] of cols) rows[row][col] = cell;
    }
    return { ...g, rows };
  });
  return { sheets };
}

/**
 * Applies `plan` and keeps the record up to date: reads the record an earlier run left, applies
 * the plan with applyPlanToXlsx, writes the merged record. Revert then restores the workbook as it
 * was before the first run. Returns the record written.
 */
export function applyPlanWithRecord(doc: XlsxDocument, plan: WritePlan): RevertRecord {
  const previous = readRevertRecord(doc);
  const record = recordFor(plan, beforeData(doc, plan), previous);
  applyPlanToXlsx(doc, plan);
  writeRevertRecord(doc, record);
  return record;
}

function xlsxValue(before: NonNullable<RecordedCell["before"]>): ExcelJS.CellValue {
  const v = before.value;
  const scalar = (x: typeof v): ExcelJS.CellValue =>
    x !== null && typeof x === "object" ? ({ error: x.error } as ExcelJS.CellErrorValue) : x;
  if (before.formula !== undefined) {
    const f: ExcelJS.CellFormulaValue = { formula: before.formula };
    if (v !== null) f.result = scalar(v) as ExcelJS.CellFormulaValue["result"];
    return f;
  }
  return scalar(v);
}

function restoreCell(ws: ExcelJS.Worksheet, c: RecordedCell): void {
  restoreInto(ws.getCell(a1(c.row, c.col)), c);
}

function restoreInto(cell: ExcelJS.Cell, c: RecordedCell): void {
  const b = c.before;
  cell.value = b ? xlsxValue(b) : null;
  // A fresh style object: ExcelJS may share style objects between cells.
  const style: Partial<ExcelJS.Style> = !b && c.style ? {} : { ...cell.style };
  if (b?.numFmt !== undefined) style.numFmt = b.numFmt;
  else delete style.numFmt;
  cell.style = style;
}

function refOf(f: RecordedFormat): string {
  const { top, left, bottom, right } = f.area;
  return top === bottom && left === right ? a1(top, left) : a1Range(top, left, bottom, right);
}

function removeFormat(ws: ExcelJS.Worksheet, f: RecordedFormat): void {
  const holder = ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] };
  const list = holder.conditionalFormattings ?? [];
  const ref = refOf(f);
  const isOurs = (r: ExcelJS.ConditionalFormattingRule) =>
    r.type === "expression" && ((r.formulae ?? [])[0] ?? "").replace(/^=/, "") === f.formula;
  const kept: ExcelJS.ConditionalFormattingOptions[] = [];
  for (const e of list) {
    if (e.ref !== ref || !e.rules.some(isOurs)) {
      kept.push(e);
      continue;
    }
    const rules = e.rules.filter((r) => !isOurs(r));
    if (rules.length > 0) kept.push({ ...e, rules });
  }
  holder.conditionalFormattings = kept;
}

/**
 * Restores the workbook as it was before the first recorded run: every recorded cell (value,
 * formula, number format; cells that were empty are cleared), removes the sheets the product added
 * and the conditional formats it added, then the record sheet. Null when there is no valid record
 * (nothing is changed then).
 */
export function revertXlsx(doc: XlsxDocument): { cells: number } | null {
  const record = readRevertRecord(doc);
  if (!record) return null;
  const wb = doc.workbook;
  const added = new Set(record.addedSheets.map(sheetKey));
  let cells = 0;
  for (const c of record.cells) {
    if (added.has(sheetKey(c.sheet))) continue;
    const ws = findSheet(wb, c.sheet);
    if (!ws) continue; // the user removed the sheet since: nothing to restore into
    restoreCell(ws, c);
    cells++;
  }
  for (const f of record.conditionalFormats) {
    const ws = findSheet(wb, f.sheet);
    if (ws) removeFormat(ws, f);
  }
  for (const name of record.addedSheets) {
    const ws = findSheet(wb, name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  const rec = findSheet(wb, REVERT_SHEET);
  if (rec) wb.removeWorksheet(rec.id);
  refreshData(doc);
  return { cells };
}

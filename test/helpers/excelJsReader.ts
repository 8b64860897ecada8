/**
 * A second, independent reader for the tests: reads an .xlsx with ExcelJS into the core's
 * WorkbookData (one Grid per worksheet). The product reads with the package adapter
 * (src/workbook/ooxml); tests hold its grids against these, and read its output with these.
 *
 * Cell mapping:
 * - numbers, strings and booleans as they are; rich text joined to plain text; a hyperlink as its text;
 * - errors as {error: "#DIV/0!"};
 * - formulas (en-US, no leading "=") with their cached result as the value (null when the file has
 *   none). A dependent cell of a shared formula gets its own translated formula text;
 * - dates: ExcelJS turns a number with a date format into a JS Date. We turn it back into the Excel
 *   serial number (1900 or 1904 system, as the workbook says) and keep numFmt, so the core sees
 *   the figure Excel stores and can tell from numFmt (see isDateFormat in src/core/parse/number.ts) that it is a date. A date
 *   typed into a numeric column thus shows up as a number with a date format, not as text;
 * - "General" number formats are left out; any other numFmt is kept;
 * - the cells hidden under a merge are left empty: the merge's top-left cell holds the value.
 *
 * Known ExcelJS limits met here: a formula whose cached result is the empty string reads as null;
 * a value stored in a cell hidden under a merge is dropped on load; dates before 1900-03-01 are one
 * day off (ExcelJS ignores Excel's 1900 leap-year bug); date-times are kept to the millisecond.
 */
import ExcelJS from "exceljs";
import type { Area, Cell, CellValue, Grid, WorkbookData } from "../../src/core/grid";
import { readWorkbookFile } from "../../src/workbook/files";
import { slideFormula } from "../../src/workbook/ooxml/sharedFormula";
import { XlsxError } from "../../src/workbook/xlsxError";

export { XlsxError };

export interface XlsxDocument {
  readonly workbook: ExcelJS.Workbook;
  readonly data: WorkbookData;
  /** Where it came from (file path, or the name given to loadXlsxBuffer); used in error messages. */
  readonly source: string;
}

const MS_PER_DAY = 86400000;
/** 1899-12-30 and 1904-01-01 in Unix milliseconds: day 0 of the two Excel date systems. */
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** Excel serial number of a Date that ExcelJS made from a cell (ExcelJS reads serials as UTC). */
export function dateToSerial(d: Date, date1904 = false): number {
  const serial = (d.getTime() - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
  // ExcelJS rounds to whole milliseconds on read; trim the float noise of the division.
  return Number(serial.toPrecision(15));
}

type XCell = ExcelJS.Cell;
type XValue = ExcelJS.CellValue;

function plainText(v: unknown): string {
  if (typeof v === "string") return v;
  if (v && typeof v === "object" && "richText" in v) {
    return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text ?? "").join("");
  }
  return v === null || v === undefined ? "" : String(v);
}

function scalar(v: unknown, date1904: boolean): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === "object") {
    if ("error" in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
    if ("richText" in v) return plainText(v);
    if ("hyperlink" in v || "text" in v) return plainText((v as ExcelJS.CellHyperlinkValue).text);
  }
  return String(v);
}

function isFormulaValue(v: XValue): v is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return (
    typeof v === "object" && v !== null && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v)
  );
}

function stripEquals(f: string): string {
  return f.startsWith("=") ? f.slice(1) : f;
}

/** The formula text of a cell, translating a shared-formula dependent from its master. */
export function formulaOf(ws: ExcelJS.Worksheet, cell: XCell): string | undefined {
  const model = cell.model as { formula?: string; sharedFormula?: string };
  if (model.formula) return stripEquals(model.formula);
  if (model.sharedFormula) {
    const master = ws.getCell(model.sharedFormula);
    const masterFormula = (master.model as { formula?: string }).formula;
    if (!masterFormula) return undefined;
    return slideFormula(
      stripEquals(masterFormula),
      Number(cell.row) - Number(master.row),
      Number(cell.col) - Number(master.col),
    );
  }
  return undefined;
}

function readCell(ws: ExcelJS.Worksheet, cell: XCell, date1904: boolean): Cell | undefined {
  const raw = cell.value;
  const numFmt = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
  let out: Cell | undefined;
  if (isFormulaValue(raw)) {
    const formula = formulaOf(ws, cell);
    // cell.value drops falsy results (0, false); the model keeps them.
    const value = scalar((cell.model as { result?: unknown }).result, date1904);
    out = formula !== undefined ? { value, formula } : { value };
  } else {
    const value = scalar(raw, date1904);
    if (value === null) return undefined;
    out = { value };
  }
  return numFmt ? { ...out, numFmt } : out;
}

function mergesOf(ws: ExcelJS.Worksheet): Area[] {
  const merges = (ws.model as { merges?: string[] }).merges ?? [];
  const areas: Area[] = [];
  for (const ref of merges) {
    const [from, to = from] = ref.split(":");
    const a = ws.getCell(from);
    const b = ws.getCell(to);
    areas.push({
      top: Math.min(Number(a.row), Number(b.row)) - 1,
      left: Math.min(Number(a.col), Number(b.col)) - 1,
      bottom: Math.max(Number(a.row), Number(b.row)) - 1,
      right: Math.max(Number(a.col), Number(b.col)) - 1,
    });
  }
  return areas;
}

/** One worksheet as a Grid. */
export function worksheetToGrid(ws: ExcelJS.Worksheet, date1904 = false): Grid {
  const rows: (Cell | undefined)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: (Cell | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return; // covered by a merge
      const c = readCell(ws, cell, date1904);
      if (c) cells[colNumber - 1] = c;
    });
    if (cells.length > 0) rows[rowNumber - 1] = cells;
  });
  // Dense outer array (sparse holes become empty rows) so that consumers may iterate safely.
  const dense: (Cell | undefined)[][] = Array.from({ length: rows.length }, (_, r) => rows[r] ?? []);
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  const grid: Grid = {
    name: ws.name,
    rows: dense,
    merges: mergesOf(ws),
    hidden: ws.state === "hidden" || ws.state === "veryHidden",
    protected: !!protection?.sheet,
  };
  return grid;
}

/** Every worksheet, in workbook order. */
export function workbookToData(wb: ExcelJS.Workbook): WorkbookData {
  const date1904 = !!(wb.properties as { date1904?: boolean } | undefined)?.date1904;
  return { sheets: wb.worksheets.map((ws) => worksheetToGrid(ws, date1904)) };
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

function firstLine(e: unknown): string {
  const m = e instanceof Error ? e.message : String(e);
  return m.split("\n")[0];
}

/** Reads an .xlsx from memory; `name` is used in error messages. */
export async function loadXlsxBuffer(
  buf: Buffer | Uint8Array | ArrayBuffer,
  name = "<buffer>",
): Promise<XlsxDocument> {
  const bytes = buf instanceof ArrayBuffer ? new Uint8Array(buf) : buf;
  if (startsWith(bytes, CFB_MAGIC)) {
    // An OLE compound file: an encrypted (password-protected) xlsx, or a legacy .xls.
    throw new XlsxError(name, "encrypted workbook or legacy .xls (save it as an unprotected .xlsx)");
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new XlsxError(name, "not an .xlsx workbook");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch (e) {
    throw new XlsxError(name, "not an .xlsx workbook (unreadable)", firstLine(e));
  }
  if (workbook.worksheets.length === 0) throw new XlsxError(name, "not an .xlsx workbook (no worksheets)");
  let data: WorkbookData;
  try {
    data = workbookToData(workbook);
  } catch (e) {
    throw new XlsxError(name, `could not read cells: ${firstLine(e)}`);
  }
  return { workbook, data, source: name };
}

/** Reads an .xlsx file. Rejects with a one-line XlsxError naming the file when it cannot. */
export async function loadXlsx(path: string): Promise<XlsxDocument> {
  return loadXlsxBuffer(await readWorkbookFile(path), path);
}

/**
 * The revert record: what every cell a run wrote held before the FIRST run that touched it, the
 * sheets the product added and the conditional formats it added. Adapters keep it in the workbook
 * itself (column A of a very hidden sheet, REVERT_SHEET), so revert works after a reload; Excel
 * clears its own undo stack after add-in writes, so this is the undo.
 *
 * Pure: no Office, no ExcelJS. Adapters read and write the chunks and apply the restore.
 */
import type { Area, Cell, CellValue, Grid, WorkbookData } from "../grid";
import type { CellStyle, WritePlan } from "../plan/writePlan";
import { isRecordedLook, type RecordedLook } from "./officeLooks";
import { isRecordedPage, type RecordedPage } from "./officePages";

/** The very hidden sheet that holds the record, one JSON chunk per cell of column A. */
export const REVERT_SHEET = "_pse_revert";

/** Cells hold up to 32,767 characters; chunks stay well under. */
export const RECORD_CHUNK_CHARS = 30000;

/** What a cell held: its value (a formula's last result), formula (no "="), number format. */
export interface CellBefore {
  readonly value: CellValue;
  readonly formula?: string;
  readonly numFmt?: string;
}

export interface RecordedCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** null: the cell was empty (no value, no formula, no number format). */
  readonly before: CellBefore | null;
  /**
   * The style the product applied (header, body ...), when it applied one: revert resets the
   * formatting that style sets. Styles are not read, so what the cell looked like before is not known.
   */
  readonly style?: CellStyle;
  /**
   * The package adapter's view of the cell before the first run: its style index, and whether the
   * cell (or its row) had no element. Revert then puts back that exact style, or removes the cell.
   */
  readonly xlsx?: { readonly s: number; readonly absent?: "cell" | "row" };
  /** The Office adapter's view: the index of the cell's look before the first run in `officeLooks`. */
  readonly office?: number;
}

/** A worksheet's declared dimension before the first run (package adapter; null: none). */
export interface RecordedDimension {
  readonly sheet: string;
  readonly ref: string | null;
}

export interface RecordedFormat {
  readonly sheet: string;
  readonly area: Area;
  readonly formula: string;
}

/**
 * A worksheet's print settings before the first run set them (package adapter): its sheetPr and
 * pageSetup elements as they were (null: absent; omitted: the run left that element alone), and the
 * print names (_xlnm.Print_Area, _xlnm.Print_Titles) the run added for the sheet.
 */
export interface RecordedPrint {
  readonly sheet: string;
  readonly sheetPr?: string | null;
  readonly pageSetup?: string | null;
  readonly names: readonly ("Print_Area" | "Print_Titles")[];
}

export interface RevertRecord {
  readonly version: 1;
  readonly cells: readonly RecordedCell[];
  /** Sheets the product added (summary sheets); revert removes them. */
  readonly addedSheets: readonly string[];
  readonly conditionalFormats: readonly RecordedFormat[];
  readonly xlsxDimensions?: readonly RecordedDimension[];
  readonly xlsxPrint?: readonly RecordedPrint[];
  /** The looks (style name and format) of recorded cells before the first run, kept once each (Office adapter). */
  readonly officeLooks?: readonly RecordedLook[];
  /** Named cell styles the Office adapter added to the workbook; revert deletes them. */
  readonly officeStyles?: readonly string[];
  /** Evaluated sheets' page layouts before the Office adapter set them (officePages.ts). */
  readonly officePages?: readonly RecordedPage[];
}

/** Sheet names compare as in Excel: case-insensitively. */
export function sheetKey(name: string): string {
  return name.toLowerCase();
}

function cellKey(sheet: string, row: number, col: number): string {
  return `${sheetKey(sheet)}\u0000${row}\u0000${col}`;
}

function formatKey(f: RecordedFormat): string {
  const a = f.area;
  return `${sheetKey(f.sheet)}\u0000${a.top},${a.left},${a.bottom},${a.right}\u0000${stripEquals(f.formula)}`;
}

function stripEquals(f: string): string {
  return f.startsWith("=") ? f.slice(1) : f;
}

/** The before-state of one cell, null when it holds nothing at all. */
export function beforeOf(cell: Cell | undefined): CellBefore | null {
  if (!cell) return null;
  const hasValue = cell.value !== null && cell.value !== undefined;
  if (!hasValue && cell.formula === undefined && cell.numFmt === undefined) return null;
  const out: { value: CellValue; formula?: string; numFmt?: string } = {
    value: hasValue ? cell.value : null,
  };
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.numFmt !== undefined) out.numFmt = cell.numFmt;
  return out;
}

function findGrid(data: WorkbookData, name: string): Grid | undefined {
  const key = sheetKey(name);
  return data.sheets.find((s) => sheetKey(s.name) === key);
}

/**
 * The record after applying `plan` to the workbook `before`, merged with the record `previous`
 * runs left: a cell already recorded keeps its first before-state, sheets the product added stay
 * listed, conditional formats accumulate without duplicates. Cells and formats on sheets the
 * product added are not recorded: revert removes those sheets whole.
 */
export function recordFor(
  plan: WritePlan,
  before: WorkbookData,
  previous: RevertRecord | null,
): RevertRecord {
  const added: string[] = [...(previous?.addedSheets ?? [])];
  const addedKeys = new Set(added.map(sheetKey));
  for (const s of plan.newSheets) {
    if (!addedKeys.has(sheetKey(s.name))) {
      added.push(s.name);
      addedKeys.add(sheetKey(s.name));
    }
  }

  const cells: RecordedCell[] = [];
  const seen = new Map<string, number>();
  for (const c of previous?.cells ?? []) {
    const k = cellKey(c.sheet, c.row, c.col);
    if (seen.has(k) || addedKeys.has(sheetKey(c.sheet))) continue;
    seen.set(k, cells.length);
    cells.push(c);
  }
  for (const w of plan.cells) {
    if (addedKeys.has(sheetKey(w.sheet))) continue;
    const k = cellKey(w.sheet, w.row, w.col);
    const at = seen.get(k);
    if (at !== undefined) {
      // Keep the first before-state; remember a style applied by this run if none was recorded.
      const old = cells[at];
      if (w.style && !old.style) cells[at] = { ...old, style: w.style };
      continue;
    }
    const grid = findGrid(before, w.sheet);
    const entry: RecordedCell = {
      sheet: grid?.name ?? w.sheet,
      row: w.row,
      col: w.col,
      before: beforeOf(grid?.rows[w.row]?.[w.col]),
      ...(w.style ? { style: w.style } : {}),
    };
    seen.set(k, cells.length);
    cells.push(entry);
  }

  const formats: RecordedFormat[] = [];
  const fkeys = new Set<string>();
  const addFormat = (f: RecordedFormat) => {
    const k = formatKey(f);
    if (fkeys.has(k) || addedKeys.has(sheetKey(f.sheet))) return;
    fkeys.add(k);
    formats.push({ sheet: f.sheet, area: { ...f.area }, formula: stripEquals(f.formula) });
  };
  for (const f of previous?.conditionalFormats ?? []) addFormat(f);
  for (const f of plan.conditionalFormats) addFormat(f);

  return {
    version: 1,
    cells,
    addedSheets: added,
    conditionalFormats: formats,
    ...(previous?.xlsxDimensions ? { xlsxDimensions: previous.xlsxDimensions } : {}),
    ...(previous?.xlsxPrint ? { xlsxPrint: previous.xlsxPrint } : {}),
    // Earlier runs' cells keep pointing into these.
    ...(previous?.officeLooks ? { officeLooks: previous.officeLooks } : {}),
    ...(previous?.officeStyles ? { officeStyles: previous.officeStyles } : {}),
    ...(previous?.officePages ? { officePages: previous.officePages } : {}),
  };
}

/** True when the record already lists this conditional format (a rerun need not add it again). */
export function hasFormat(record: RevertRecord | null, f: RecordedFormat): boolean {
  if (!record) return false;
  const k = formatKey(f);
  return record.conditionalFormats.some((g) => formatKey(g) === k);
}

/** The record as JSON in chunks of at most RECORD_CHUNK_CHARS, never splitting a surrogate pair. */
export function serializeRecord(r: RevertRecord, chunkChars = RECORD_CHUNK_CHARS): string[] {
  const json = JSON.stringify(r);
  const out: string[] = [];
  let i = 0;
  while (i < json.length) {
    let end = Math.min(i + chunkChars, json.length);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff && end - 1 > i) end--;
    out.push(json.slice(i, end));
    i = end;
  }
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const isOptString = (v: unknown) => v === undefined || typeof v === "string";
const STYLES: readonly string[] = [
  "header",
  "title",
  "heading",
  "body",
  "note",
  "computed",
  "legend",
] satisfies readonly CellStyle[];

function isCellValue(v: unknown): v is CellValue {
  if (v === null || typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v);
  return isObject(v) && typeof v.error === "string" && Object.keys(v).length === 1;
}

function isBefore(v: unknown): boolean {
  if (v === null) return true;
  return isObject(v) && isCellValue(v.value) && isOptString(v.formula) && isOptString(v.numFmt);
}

function isXlsx(v: unknown): boolean {
  return (
    v === undefined ||
    (isObject(v) && isIndex(v.s) && (v.absent === undefined || v.absent === "cell" || v.absent === "row"))
  );
}

function isArea(v: unknown): v is Area {
  return isObject(v) && isIndex(v.top) && isIndex(v.left) && isIndex(v.bottom) && isIndex(v.right);
}

/** The record from its chunks; null for anything that is not a valid version-1 record. Never throws. */
export function parseRecord(chunks: readonly string[]): RevertRecord | null {
  let v: unknown;
  try {
    if (!Array.isArray(chunks) || chunks.some((c) => typeof c !== "string")) return null;
    v = JSON.parse(chunks.join(""));
  } catch {
    return null;
  }
  if (!isObject(v) || v.version !== 1) return null;
  const { cells, addedSheets, conditionalFormats } = v;
  if (!Array.isArray(cells) || !Array.isArray(addedSheets) || !Array.isArray(conditionalFormats)) return null;
  const cellsOk = cells.every(
    (c) =>
      isObject(c) &&
      typeof c.sheet === "string" &&
      isIndex(c.row) &&
      isIndex(c.col) &&
      isBefore(c.before) &&
      (c.style === undefined || (typeof c.style === "string" && STYLES.includes(c.style))) &&
      isXlsx(c.xlsx) &&
      (c.office === undefined || isIndex(c.office)),
  );
  if (!cellsOk) return null;
  const { officeLooks, officeStyles } = v;
  if (officeLooks !== undefined && !(Array.isArray(officeLooks) && officeLooks.every(isRecordedLook)))
    return null;
  if (
    cells.some(
      (c) =>
        c.office !== undefined && !(Array.isArray(officeLooks) && (c.office as number) < officeLooks.length),
    )
  )
    return null;
  if (
    officeStyles !== undefined &&
    !(Array.isArray(officeStyles) && officeStyles.every((s) => typeof s === "string"))
  )
    return null;
  const pages = v.officePages;
  if (pages !== undefined && !(Array.isArray(pages) && pages.every(isRecordedPage))) return null;
  if (!addedSheets.every((s) => typeof s === "string")) return null;
  const dims = v.xlsxDimensions;
  if (
    dims !== undefined &&
    !(
      Array.isArray(dims) &&
      dims.every(
        (d) => isObject(d) && typeof d.sheet === "string" && (d.ref === null || typeof d.ref === "string"),
      )
    )
  )
    return null;
  if (
    !conditionalFormats.every(
      (f) => isObject(f) && typeof f.sheet === "string" && isArea(f.area) && typeof f.formula === "string",
    )
  ) {
    return null;
  }
  return v as unknown as RevertRecord;
}

/** Column A of the record sheet, top to bottom, up to the first cell that is not text. */
export function recordChunksOf(grid: Grid): string[] {
  const out: string[] = [];
  for (const row of grid.rows) {
    const v = row?.[0]?.value;
    if (typeof v !== "string" || v === "") break;
    out.push(v);
  }
  return out;
}

/** The record held by a workbook's REVERT_SHEET, or null (no sheet, or not a valid record). */
export function recordFromData(data: WorkbookData): RevertRecord | null {
  const grid = findGrid(data, REVERT_SHEET);
  return grid ? parseRecord(recordChunksOf(grid)) : null;
}

/** The workbook without the record sheet: what the engine and the task pane should see. */
export function withoutRecordSheet(data: WorkbookData): WorkbookData {
  const key = sheetKey(REVERT_SHEET);
  if (!data.sheets.some((s) => sheetKey(s.name) === key)) return data;
  return { sheets: data.sheets.filter((s) => sheetKey(s.name) !== key) };
}

/**
 * Writes a WritePlan into a package by patching its parts: only the worksheets the plan writes to,
 * the styles, the workbook part and the parts the plan adds or removes change; every other part
 * (charts, pivot tables, images, macros' neighbours, custom XML) is copied byte for byte.
 *
 * Same contract as the ExcelJS adapter (../xlsx/applyPlan.ts): the whole plan is checked first, so
 * a bad plan changes nothing; order is removeSheets, newSheets, cells, conditional formats.
 * A written formula carries the engine's figure as its cached value, and the workbook asks for a
 * full recalculation on open.
 */
import { a1 } from "../../core/cellRef";
import { mergeAt, type Cell, type Grid, type WorkbookData } from "../../core/grid";
import { CELL_LOOKS } from "../../core/plan/cellLooks";
import type { CellStyle, CellWrite, WritePlan } from "../../core/plan/writePlan";
import {
  recordFor,
  recordFromData,
  REVERT_SHEET,
  serializeRecord,
  sheetKey,
  type RevertRecord,
} from "../../core/revert";
import { updateAppProps } from "./appProps";
import { breakSheetRefs } from "./sheetRefs";
import { slideFormula } from "./sharedFormula";
import { newSheetXml, type AddedSheet } from "./newSheet";
import { patchSheet, type CellContent, type CellEdit, type FormatRule, type SheetEdit } from "./patchSheet";
import type { PackageDocument, SheetEntry } from "./readPackage";
import type { StyleEdit } from "./styles";
import { WorkbookPart } from "./workbookPart";
import {
  printNamesAfterAdding,
  printNamesBeforeRemoval,
  printPart,
  printRecords,
  printSheets,
  type PackagePrint,
} from "./printSetup";
import { scanCell } from "./scanCell";
import { attr, element } from "./xml";

const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const STYLES_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

/** The look of a plan style as a style edit (colours as ARGB). */
export function lookEdit(style: CellStyle): StyleEdit {
  const { color, fill, ...rest } = CELL_LOOKS[style];
  return { ...rest, ...(color ? { color: `FF${color}` } : {}), ...(fill ? { fill: `FF${fill}` } : {}) };
}

function argb(hex: string, source: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(h)) return `FF${h}`;
  if (/^[0-9A-F]{8}$/.test(h)) return h;
  throw new Error(`${source}: invalid colour "${hex}" (expected 6 hex digits)`);
}

export const strip = (f: string) => (f.startsWith("=") ? f.slice(1) : f);

/** Everything one write changes in a package, whether it comes from a plan or from revert. */
export interface PackageChange {
  /** Existing sheets' edits, by sheet key. */
  readonly edits: Map<string, SheetEdit>;
  readonly removeSheets: readonly string[];
  readonly addSheets: readonly AddedSheet[];
  readonly wroteFormulas: boolean;
  readonly print?: PackagePrint;
}

function contentOf(w: CellWrite): CellContent {
  return w.kind === "formula"
    ? { kind: "formula", formula: strip(w.formula), value: w.value }
    : { kind: "text", text: w.text };
}

function styleOf(w: CellWrite): StyleEdit | undefined {
  const numFmt = w.kind === "formula" ? w.numFmt : undefined;
  const look = w.style ? lookEdit(w.style) : undefined;
  if (!numFmt && !look) return undefined;
  return { ...(look ?? {}), ...(numFmt ? { numFmt } : {}) };
}

function checkPosition(source: string, sheet: string, row: number, col: number): void {
  if (
    !Number.isInteger(row) ||
    !Number.isInteger(col) ||
    row < 0 ||
    col < 0 ||
    row >= 1048576 ||
    col >= 16384
  )
    throw new Error(`${source}: the plan writes outside the sheet: "${sheet}" row ${row}, col ${col}`);
}

function emptyEdit(): SheetEdit {
  return { cells: new Map(), addFormats: [], removeFormats: [] };
}

export function editOf(edits: Map<string, SheetEdit>, key: string): SheetEdit {
  let e = edits.get(key);
  if (!e) edits.set(key, (e = emptyEdit()));
  return e;
}

export function setCell(edit: SheetEdit, row: number, col: number, cell: CellEdit): void {
  let r = edit.cells.get(row);
  if (!r) edit.cells.set(row, (r = new Map()));
  r.set(col, cell);
}

function gridOf(doc: PackageDocument, key: string): Grid | undefined {
  return doc.data.sheets.find((g) => sheetKey(g.name) === key);
}

/** The change a plan makes; throws (naming the file) when the plan cannot be applied as a whole. */
export function changeFromPlan(
  doc: PackageDocument,
  plan: WritePlan,
  extraSheets: readonly AddedSheet[] = [],
): PackageChange {
  const src = doc.source;
  const removed = new Set(plan.removeSheets.map(sheetKey));
  const existing = new Map<string, SheetEntry>();
  for (const s of doc.sheets) if (!removed.has(sheetKey(s.name))) existing.set(sheetKey(s.name), s);
  const added = new Map<string, { row: number; col: number; content: CellContent; style?: StyleEdit }[]>();
  const addSheets: AddedSheet[] = [];
  for (const s of plan.newSheets) {
    const key = sheetKey(s.name);
    if (existing.has(key) || added.has(key))
      throw new Error(
        `${src}: sheet "${s.name}" already exists; a plan replaces a sheet only through removeSheets`,
      );
    const cells = s.cells.map((c) => {
      if (c.sheet !== s.name)
        throw new Error(`${src}: new sheet "${s.name}" holds a cell addressed to sheet "${c.sheet}"`);
      checkPosition(src, c.sheet, c.row, c.col);
      const st = styleOf(c);
      return { row: c.row, col: c.col, content: contentOf(c), ...(st ? { style: st } : {}) };
    });
    added.set(key, cells);
    addSheets.push({ ...s, cells });
  }
  for (const s of extraSheets) {
    if (existing.has(sheetKey(s.name)) || added.has(sheetKey(s.name)))
      throw new Error(`${src}: sheet "${s.name}" already exists`);
    addSheets.push(s);
  }
  const edits = new Map<string, SheetEdit>();
  for (const c of plan.cells) {
    checkPosition(src, c.sheet, c.row, c.col);
    const key = sheetKey(c.sheet);
    const st = styleOf(c);
    const toNew = added.get(key);
    if (toNew) {
      toNew.push({ row: c.row, col: c.col, content: contentOf(c), ...(st ? { style: st } : {}) });
      continue;
    }
    const entry = existing.get(key);
    if (!entry?.scan)
      throw new Error(`${src}: the plan writes to sheet "${c.sheet}", which the workbook does not have`);
    const g = gridOf(doc, key);
    const merge = g && mergeAt(g, c.row, c.col);
    const master = merge && (merge.top !== c.row || merge.left !== c.col) ? merge : undefined;
    if (master)
      throw new Error(
        `${src}: the plan writes to ${c.sheet}!${a1(c.row, c.col)}, which is hidden under the merged cell ${a1(master.top, master.left)}`,
      );
    setCell(editOf(edits, key), c.row, c.col, {
      content: contentOf(c),
      ...(st ? { style: st } : {}),
      ...(c.borrow ? { borrow: c.borrow } : {}),
    });
  }
  for (const cf of plan.conditionalFormats) {
    const key = sheetKey(cf.sheet);
    if (!existing.has(key) && !added.has(key))
      throw new Error(`${src}: conditional format for missing sheet "${cf.sheet}"`);
    const rule: FormatRule = {
      area: cf.area,
      formula: strip(cf.formula),
      fill: argb(cf.fill, src),
      fontColor: argb(cf.fontColor, src),
    };
    editOf(edits, key).addFormats.push(rule);
  }
  const wroteFormulas =
    plan.cells.some((c) => c.kind === "formula") ||
    plan.newSheets.some((s) => s.cells.some((c) => c.kind === "formula"));
  const print: PackagePrint | undefined = plan.print && { kind: "set", setups: plan.print };
  for (const s of printSheets(print)) if (existing.has(sheetKey(s))) editOf(edits, sheetKey(s));
  return { edits, removeSheets: plan.removeSheets, addSheets, wroteFormulas, print };
}

/**
 * A shared formula's dependents follow its master cell: before the master is overwritten each
 * dependent gets its own formula text, or it would lose its formula.
 */
function detachShared(entry: SheetEntry, edit: SheetEdit): void {
  const scan = entry.scan!;
  for (const g of scan.shared.values()) {
    if (!edit.cells.get(g.row)?.has(g.col)) continue;
    for (const d of g.dependents) {
      if (edit.cells.get(d.row)?.has(d.col)) continue;
      const formula = slideFormula(g.formula, d.row - g.row, d.col - g.col);
      setCell(edit, d.row, d.col, { content: { kind: "formulaText", formula } });
    }
  }
}

/**
 * Cells of the sheets that stay whose formulas refer to a sheet in `gone`: they get #REF! in the
 * sheet's place (and #REF! as their value), as when the sheet is deleted in Excel. Returns them as
 * `Sheet!A1`.
 */
function breakCellRefs(
  doc: PackageDocument,
  edits: Map<string, SheetEdit>,
  gone: ReadonlySet<string>,
): string[] {
  const out: string[] = [];
  for (const g of doc.data.sheets) {
    const key = sheetKey(g.name);
    if (gone.has(key)) continue;
    g.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.formula === undefined || edits.get(key)?.cells.get(r)?.has(c)) return;
        const formula = breakSheetRefs(cell.formula, gone);
        if (formula === undefined) return;
        setCell(editOf(edits, key), r, c, {
          content: { kind: "formula", formula, value: { error: "#REF!" } },
        });
        out.push(`${g.name}!${a1(r, c)}`);
      }),
    );
  }
  return out;
}

/** What applying a change did beyond what it was asked: references it had to break. */
export interface ChangeResult {
  /** Cells (`Sheet!A1`) and defined names (`name Foo`) that referred to a removed sheet; now #REF!. */
  readonly brokenRefs: readonly string[];
}

/** Applies a change to the package. The document's `data` then no longer describes it. */
export function applyChange(doc: PackageDocument, change: PackageChange): ChangeResult {
  const { pkg } = doc;
  const wb = new WorkbookPart(pkg, doc.workbookPath);
  // Sheets removed and not added back under the same name: references to them break.
  const readded = new Set(change.addSheets.map((s) => sheetKey(s.name)));
  const gone = new Set(change.removeSheets.map(sheetKey).filter((k) => !readded.has(k)));
  const edits = new Map(change.edits);
  const brokenCells = gone.size > 0 ? breakCellRefs(doc, edits, gone) : [];
  for (const [key, edit] of edits) {
    const entry = doc.sheets.find((s) => sheetKey(s.name) === key);
    if (!entry?.scan || !entry.path) continue;
    if (change.removeSheets.some((n) => sheetKey(n) === key)) continue;
    detachShared(entry, edit);
    pkg.setText(entry.path, printPart(change.print, key, patchSheet(entry.scan, edit, doc.styles)));
  }
  const removeKeys = new Set(change.removeSheets.map(sheetKey));
  wb.xml = printNamesBeforeRemoval(change.print, wb.xml);
  for (let i = doc.sheets.length - 1; i >= 0; i--) {
    const s = doc.sheets[i];
    if (removeKeys.has(sheetKey(s.name))) wb.removeSheet(i, s.relId, s.path);
  }
  const brokenNames = wb.breakNames(gone).map((n) => `name ${n}`);
  for (const s of change.addSheets) wb.addSheet(s.name, newSheetXml(s, doc.styles), s.state);
  wb.xml = printNamesAfterAdding(change.print, wb.xml);
  if (doc.styles.changed) {
    const path = doc.stylesPath ?? "xl/styles.xml";
    if (!doc.stylesPath) {
      pkg.addRelationship(doc.workbookPath, STYLES_TYPE, path);
      pkg.setContentType(path, STYLES_CT);
    }
    pkg.setText(path, doc.styles.toXml());
  }
  updateAppProps(pkg, {
    before: doc.sheets.filter((s) => s.worksheet).map((s) => s.name),
    removed: removeKeys,
    added: change.addSheets.map((s) => s.name),
  });
  wb.dropCalcChain();
  const brokenRefs = [...brokenCells, ...brokenNames];
  if (change.wroteFormulas || brokenRefs.length > 0) wb.fullCalcOnLoad();
  wb.save();
  return { brokenRefs };
}

export function applyPlanToPackage(doc: PackageDocument, plan: WritePlan): void {
  applyChange(doc, changeFromPlan(doc, plan));
}

/** The grids plus the number format of empty cells the plan writes, for the revert record. */
function beforeData(doc: PackageDocument, plan: WritePlan): WorkbookData {
  const extra = new Map<string, [number, number, string][]>();
  for (const w of plan.cells) {
    const key = sheetKey(w.sheet);
    const entry = doc.sheets.find((s) => sheetKey(s.name) === key);
    const fmt = entry?.emptyFormats?.get(w.row)?.get(w.col);
    if (!fmt) continue;
    const list = extra.get(key) ?? [];
    list.push([w.row, w.col, fmt]);
    extra.set(key, list);
  }
  if (extra.size === 0) return doc.data;
  return {
    sheets: doc.data.sheets.map((g): Grid => {
      const add = extra.get(sheetKey(g.name));
      if (!add) return g;
      const rows = g.rows.slice();
      for (const [row, col, numFmt] of add) {
        while (rows.length <= row) rows.push([]);
        const r = rows[row].slice();
        if (!r[col]) r[col] = { value: null, numFmt } as Cell;
        rows[row] = r;
      }
      return { ...g, rows };
    }),
  };
}

/**
 * The record with what the package held before: each newly recorded cell's style index and whether
 * it (or its row) existed, and each written sheet's dimension, so that revert is exact.
 */
function withPackageState(
  doc: PackageDocument,
  record: RevertRecord,
  previous: RevertRecord | null,
): RevertRecord {
  const known = new Set(
    (previous?.cells ?? []).map((c) => `${sheetKey(c.sheet)}\u0000${c.row}\u0000${c.col}`),
  );
  const scans = new Map(doc.sheets.map((s) => [sheetKey(s.name), s.scan] as const));
  const dims = [...(previous?.xlsxDimensions ?? [])];
  const dimKeys = new Set(dims.map((d) => sheetKey(d.sheet)));
  const cells = record.cells.map((c) => {
    const key = sheetKey(c.sheet);
    const scan = scans.get(key);
    if (!scan || known.has(`${key}\u0000${c.row}\u0000${c.col}`)) return c;
    if (!dimKeys.has(key)) {
      dimKeys.add(key);
      const head = scan.xml.slice(0, scan.dataStart);
      const dim = element(head, "dimension");
      dims.push({ sheet: c.sheet, ref: dim ? (attr(dim.tag, "ref") ?? null) : null });
    }
    const was = scanCell(scan, c.row, c.col);
    const absent = was.cell ? {} : { absent: was.row ? ("cell" as const) : ("row" as const) };
    return { ...c, xlsx: { s: was.s, ...absent } };
  });
  return { ...record, cells, xlsxDimensions: dims };
}

function recordSheet(record: RevertRecord): AddedSheet {
  return {
    name: REVERT_SHEET,
    state: "veryHidden",
    columnWidths: [],
    cells: serializeRecord(record).map((text, row) => ({ row, col: 0, content: { kind: "text", text } })),
  };
}

/**
 * Applies `plan` and keeps the revert record (very hidden sheet REVERT_SHEET) up to date, as the
 * ExcelJS adapter's applyPlanWithRecord does. Returns the record written.
 */
export function applyPlanWithRecordToPackage(doc: PackageDocument, plan: WritePlan): RevertRecord {
  const previous = recordFromData(doc.data);
  const recorded = withPackageState(doc, recordFor(plan, beforeData(doc, plan), previous), previous);
  const scans = new Map(doc.sheets.map((s) => [sheetKey(s.name), s.scan?.xml] as const));
  const xlsxPrint = printRecords(
    plan.print ?? [],
    (key) => scans.get(key),
    doc.pkg.text(doc.workbookPath) ?? "",
    previous?.xlsxPrint,
  );
  const record: RevertRecord = xlsxPrint ? { ...recorded, xlsxPrint } : recorded;
  const hasRecordSheet = doc.sheets.some((s) => sheetKey(s.name) === sheetKey(REVERT_SHEET));
  const withRecord: WritePlan = hasRecordSheet
    ? { ...plan, removeSheets: [...plan.removeSheets, REVERT_SHEET] }
    : plan;
  applyChange(doc, changeFromPlan(doc, withRecord, [recordSheet(record)]));
  return record;
}

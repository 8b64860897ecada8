/**
 * Revert through Office.js, with the same meaning as the xlsx adapter's revertXlsx: every recorded
 * cell gets back its value, formula and number format (cells that were empty are cleared), the
 * sheets and conditional formats the product added are removed, and finally the record sheet.
 *
 * Each cell whose look the record holds (core/revert officeLooks) gets back its exact style name
 * and format: the style first (it resets what it includes), then value and number format, then
 * every recorded format property. A cell a run restyled whose look was not recorded (Excel before
 * ExcelApi 1.9, or a record the package adapter wrote) is reset to Excel's plain look and named in
 * the outcome, as are recorded cells of sheets that are gone. The named styles the runs added are
 * deleted once no restored cell uses them.
 *
 * Evaluated sheets' page layouts the record holds (officePages) get back their paper and zoom, and
 * lose the print names the runs added (those still there: a missing one is not deleted).
 *
 * Round trips: sheet list, record (and style names), then the writes; two more when the record
 * lists conditional formats (find them, read their rule and range), the print names read with the
 * first of these, as are the columns the runs headed, for the reviewer's entries (reviewColumns;
 * one more sync when the record lists such reads but no conditional formats). The record sheet is deleted in
 * the last chunk, so a revert that fails part-way can simply be run again.
 */
import { a1, quoteSheet } from "../../core/cellRef";
import {
  lookOfRecorded,
  sheetKey,
  type RecordedCell,
  type RecordedFormat,
  type RecordedLook,
  type RecordedPage,
  type RevertRecord,
} from "../../core/revert";
import { restoredCells } from "../../core/revert/restoredCells";
import { formatOf, hasNoFill } from "./cellLooks";
import { resetStyle } from "./cellStyle";
import { toHostError } from "./errors";
import { loadRecord } from "./recordSheet";
import { officeSupports, type Supports } from "./requirements";
import { queueReviewColumns, type ReviewerCells } from "./reviewColumns";
import {
  areaAddress,
  jsonBytes,
  needsTextFormat,
  packChunks,
  PAYLOAD_BUDGET,
  REQUEST_OVERHEAD,
  type QueuedOp,
} from "./writeBatch";

export interface RevertOptions {
  readonly budgetBytes?: number;
  readonly supports?: Supports;
}

export interface Reverted {
  readonly cells: number;
  /** Cells whose look or content could not be put back exactly, as Sheet!A1. */
  readonly unrestored: readonly string[];
  /** The reviewer's entries in review mode's columns that the revert removed or left, as `pse revert` names them. */
  readonly reviewer: ReviewerCells;
}

/** `look`: the cell's recorded look, restored exactly (null: none, or Excel cannot set it). */
function restoreOp(sheet: string, c: RecordedCell, look: RecordedLook | null): QueuedOp {
  const b = c.before;
  return {
    bytes: jsonBytes(b) + (look ? jsonBytes(look) + 3 * REQUEST_OVERHEAD : 0) + 5 * REQUEST_OVERHEAD,
    queue: (ctx) => {
      const range = ctx.workbook.worksheets.getItem(sheet).getRange(a1(c.row, c.col));
      // The style first: giving a cell a style resets its number format and whatever else the style includes.
      if (look?.style !== undefined) range.style = look.style;
      const fmt = [[b?.numFmt ?? "General"]];
      const v = b?.value ?? null;
      if (!b || (b.formula === undefined && v === null)) {
        range.clear("Contents");
        range.numberFormat = fmt;
      } else if (b.formula !== undefined) {
        range.numberFormat = fmt;
        range.formulas = [[`=${b.formula}`]];
      } else if (typeof v === "string") {
        // Text goes into a Text-formatted cell, then the format is put back: it stays text.
        if (needsTextFormat(v)) range.numberFormat = [["@"]];
        else range.numberFormat = fmt;
        range.formulas = [[v]];
        if (needsTextFormat(v)) range.numberFormat = fmt;
      } else if (typeof v === "object" && v !== null) {
        range.numberFormat = fmt;
        range.formulas = [[v.error]]; // an error literal such as #N/A is entered as that error
      } else {
        range.numberFormat = fmt;
        range.values = [[v]];
      }
      if (look) {
        if (hasNoFill(look)) range.format.fill.clear();
        range.setCellProperties([[{ format: formatOf(look) }]]);
      } else if (c.style) resetStyle(range, c.style);
    },
  };
}

function sameFormula(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
  return norm(a) === norm(b);
}

/** "'Sheet 1'!K3:K5" -> "K3:K5". */
function localAddress(address: string): string {
  const i = address.lastIndexOf("!");
  return (i >= 0 ? address.slice(i + 1) : address).replace(/\$/g, "").toUpperCase();
}

interface FoundFormats {
  readonly f: RecordedFormat;
  readonly items: Excel.ConditionalFormatCollection;
}

/**
 * Restores the workbook from its record. Null when there is no valid record (nothing changed).
 * Throws a HostError when Excel refuses.
 */
export async function revertWorkbook(
  context: Excel.RequestContext,
  options: RevertOptions = {},
): Promise<Reverted | null> {
  const supports = options.supports ?? officeSupports;
  try {
    const found = await loadRecord(context, supports);
    if (!found) return null;
    const { names, recName, record, styles } = found;

    const printNames = queuePrintNames(context, record, names);
    const review = queueReviewColumns(context, record, names);
    const toDelete = await findFormats(context, record, names, printNames.length > 0 || review.queued);
    const reviewer = review.entries();
    const cells = restoredCells(record, names.keys());
    const exact = supports("ExcelApi", "1.9");
    const unrestored: string[] = [];
    const at = (c: RecordedCell, sheet: string) => `${quoteSheet(sheet)}!${a1(c.row, c.col)}`;
    const ops: QueuedOp[] = cells.map((c) => {
      const sheet = names.get(sheetKey(c.sheet)) ?? c.sheet;
      let look = (exact && lookOfRecorded(record, c)) || null;
      // A style deleted since cannot be given back (Excel would refuse the whole batch): the cell gets
      // Normal, which is always there (so it no longer wears a style revert deletes), and the rest of its look.
      if (look?.style !== undefined && styles && !styles.has(look.style)) {
        look = { ...look, style: "Normal" };
        unrestored.push(at(c, sheet));
      } else if (!look && c.style) unrestored.push(at(c, sheet));
      return restoreOp(sheet, c, look);
    });
    const kept = new Set(cells);
    const added = new Set(record.addedSheets.map(sheetKey));
    for (const c of record.cells)
      if (!kept.has(c) && !added.has(sheetKey(c.sheet))) unrestored.push(at(c, c.sheet));
    for (const cf of toDelete) ops.push({ bytes: REQUEST_OVERHEAD, queue: () => cf.delete() });
    for (const p of record.officePages ?? []) {
      const name = names.get(sheetKey(p.sheet));
      if (name) ops.push(pageOp(name, p));
    }
    for (const item of printNames)
      if (!item.isNullObject) ops.push({ bytes: REQUEST_OVERHEAD, queue: () => item.delete() });
    // After the cells: a style still in use would take its cells' looks with it.
    for (const name of record.officeStyles ?? []) {
      if (styles?.has(name))
        ops.push({ bytes: 2 * REQUEST_OVERHEAD, queue: (ctx) => ctx.workbook.styles.getItem(name).delete() });
    }
    for (const s of record.addedSheets) {
      const name = names.get(sheetKey(s));
      if (name)
        ops.push({
          bytes: 2 * REQUEST_OVERHEAD,
          queue: (ctx) => ctx.workbook.worksheets.getItem(name).delete(),
        });
    }
    ops.push({
      bytes: 2 * REQUEST_OVERHEAD,
      queue: (ctx) => ctx.workbook.worksheets.getItem(recName).delete(),
    });
    for (const chunk of packChunks(ops, (options.budgetBytes ?? PAYLOAD_BUDGET) - REQUEST_OVERHEAD)) {
      for (const op of chunk) op.queue(context);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized chunk
      await context.sync();
    }
    return { cells: cells.length, unrestored, reviewer };
  } catch (e) {
    throw toHostError(e);
  }
}

/** The paper and zoom a sheet had before the first run set them. */
function pageOp(sheet: string, p: RecordedPage): QueuedOp {
  return {
    bytes: 3 * REQUEST_OVERHEAD,
    queue: (ctx) => {
      const layout = ctx.workbook.worksheets.getItem(sheet).pageLayout;
      if (p.paperSize !== undefined) layout.paperSize = p.paperSize as Excel.PaperType;
      // The zoom as read, leaving out the options Excel read as null (unused) rather than setting nulls.
      if (p.zoom !== undefined)
        layout.zoom = Object.fromEntries(
          Object.entries(p.zoom).filter(([, v]) => v !== null && v !== undefined),
        ) as Excel.PageLayoutZoomOptions;
    },
  };
}

/**
 * Queues the read of the print names the runs added (sheet-scoped Print_Area / Print_Titles, as
 * Excel's Name Manager lists them), to be synced with the conditional formats' read.
 */
function queuePrintNames(
  context: Excel.RequestContext,
  record: RevertRecord,
  names: ReadonlyMap<string, string>,
): Excel.NamedItem[] {
  const out: Excel.NamedItem[] = [];
  for (const p of record.officePages ?? []) {
    const sheet = names.get(sheetKey(p.sheet));
    if (!sheet) continue;
    for (const n of p.names) {
      const item = context.workbook.worksheets.getItem(sheet).names.getItemOrNullObject(n);
      item.load("name");
      out.push(item);
    }
  }
  return out;
}

/**
 * The conditional formats the record lists that are still there: same sheet, range and formula.
 * `queued`: other reads wait in the batch, so the first sync is made even without formats.
 */
async function findFormats(
  context: Excel.RequestContext,
  record: RevertRecord,
  names: ReadonlyMap<string, string>,
  queued = false,
): Promise<Excel.ConditionalFormat[]> {
  const found: FoundFormats[] = [];
  for (const f of record.conditionalFormats) {
    const name = names.get(sheetKey(f.sheet));
    if (!name) continue;
    const { top, left, bottom, right } = f.area;
    const items = context.workbook.worksheets
      .getItem(name)
      .getRange(areaAddress(top, left, bottom, right)).conditionalFormats;
    items.load("items/type");
    found.push({ f, items });
  }
  if (found.length === 0 && !queued) return [];
  await context.sync();
  if (found.length === 0) return [];
  const candidates: { f: RecordedFormat; cf: Excel.ConditionalFormat; range: Excel.Range }[] = [];
  for (const { f, items } of found) {
    for (const cf of items.items) {
      if (cf.type !== "Custom") continue;
      cf.custom.rule.load("formula");
      const range = cf.getRange();
      range.load("address");
      candidates.push({ f, cf, range });
    }
  }
  if (candidates.length === 0) return [];
  await context.sync();
  const out: Excel.ConditionalFormat[] = [];
  for (const { f, cf, range } of candidates) {
    const { top, left, bottom, right } = f.area;
    if (localAddress(range.address) !== areaAddress(top, left, bottom, right)) continue;
    if (!sameFormula(cf.custom.rule.formula, f.formula)) continue;
    if (!out.includes(cf)) out.push(cf);
  }
  return out;
}

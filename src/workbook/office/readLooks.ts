/**
 * The one read a write makes before it writes: the looks of the cells the plan restyles (for the
 * revert record) and of the cells whose look appended columns borrow, in vertical runs with one
 * `getCellProperties` request each; and whether the tool's named cell style already exists.
 * A plan of up to DIRECT_CELLS cells reads them cell by cell in one sync. A larger one reads the
 * shared look of each run first (rangeLook: one sync whatever the size), then cell by cell only the
 * runs whose cells differ, in syncs whose answers stay under RESPONSE_BUDGET (about 4,000 cells).
 * The evaluated sheets' page layouts are read in the first of these syncs (readPages).
 */
import { CELL_LOOKS } from "../../core/plan/cellLooks";
import type { CellWrite, WritePlan } from "../../core/plan/writePlan";
import { sheetKey, type RecordedLook } from "../../core/revert";
import { LOOK_CELL_BYTES, LOOK_PROPERTIES, lookFrom } from "./cellLooks";
import { loadRangeLook, uniformLooks } from "./rangeLook";
import type { PageNow } from "../../core/print/officePage";
import { printedSheets, queuePageReads } from "./readPages";
import type { Supports } from "./requirements";
import { areaAddress } from "./writeBatch";

/** Response bytes per sync: Excel on the web refuses answers over 5 MB, as it refuses requests. */
export const RESPONSE_BUDGET = 4 * 1024 * 1024;

/** Up to this many cells (under 1 MB of answer) are read cell by cell in one sync, with no shared read first. */
export const DIRECT_CELLS = 1000;

export interface Looks {
  /** Each read cell's look, by lookKey. */
  readonly cells: ReadonlyMap<string, RecordedLook>;
  /** The workbook's style names, or null when styles were not read (unsupported or not needed). */
  readonly styles: ReadonlySet<string> | null;
  /** The page layouts of the evaluated sheets (readPages), by sheetKey; empty when not read. */
  readonly pages: ReadonlyMap<string, PageNow>;
  readonly syncs: number;
}

export const noLooks: Looks = { cells: new Map(), styles: null, pages: new Map(), syncs: 0 };

export function lookKey(sheet: string, row: number, col: number): string {
  return `${sheetKey(sheet)}\u0000${row}\u0000${col}`;
}

/** Whether the plan writes a cell whose look it changes (a style or a borrowed look). */
export function restyles(c: CellWrite): boolean {
  return c.style !== undefined || c.borrow !== undefined;
}

/** The named styles the plan's looks use. */
export function styleNames(plan: WritePlan): string[] {
  const names = new Set<string>();
  for (const c of [...plan.cells, ...plan.newSheets.flatMap((s) => s.cells)]) {
    const name = c.style ? CELL_LOOKS[c.style].styleName : undefined;
    if (name) names.add(name);
  }
  return [...names];
}

interface Run {
  readonly sheet: string;
  readonly col: number;
  readonly top: number;
  readonly bottom: number;
}

/** Vertical runs of consecutive rows per column, none longer than `maxCells`. */
function runsOf(sheet: string, cells: Iterable<readonly [number, number]>, maxCells: number): Run[] {
  const byCol = new Map<number, Set<number>>();
  for (const [row, col] of cells) {
    let rows = byCol.get(col);
    if (!rows) byCol.set(col, (rows = new Set()));
    rows.add(row);
  }
  const runs: Run[] = [];
  for (const [col, set] of [...byCol].sort((a, b) => a[0] - b[0])) {
    const rows = [...set].sort((a, b) => a - b);
    let top = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      const prev = rows[i - 1];
      if (i < rows.length && rows[i] === prev + 1 && rows[i] - top < maxCells) continue;
      runs.push({ sheet, col, top, bottom: prev });
      if (i < rows.length) top = rows[i];
    }
  }
  return runs;
}

/**
 * Reads the looks of `plan`'s restyled cells on `sheets` (existing sheets, by sheetKey, with the
 * name the workbook spells) and of the cells they borrow from. Cells in `skip` (recorded by an
 * earlier run, whose first look the record keeps) are not read unless borrowed from.
 */
export async function readLooks(
  context: Excel.RequestContext,
  plan: WritePlan,
  sheets: ReadonlyMap<string, string>,
  skip: ReadonlySet<string>,
  supports: Supports,
  budget = RESPONSE_BUDGET,
): Promise<Looks> {
  // The named style needs ExcelApi 1.7, but is given only where the looks it replaces can be read (1.9).
  const withCells = supports("ExcelApi", "1.9");
  const withStyles = withCells && styleNames(plan).length > 0;
  const wanted = new Map<string, Map<string, readonly [number, number]>>();
  const want = (sheet: string, row: number, col: number, always: boolean) => {
    const name = sheets.get(sheetKey(sheet));
    if (!name || (!always && skip.has(lookKey(name, row, col)))) return;
    let m = wanted.get(name);
    if (!m) wanted.set(name, (m = new Map()));
    m.set(`${row},${col}`, [row, col]);
  };
  if (withCells) {
    for (const c of plan.cells) {
      if (!restyles(c)) continue;
      want(c.sheet, c.row, c.col, false);
      // A borrowing cell is compared with its own look, even when an earlier run recorded it.
      if (c.borrow) {
        want(c.sheet, c.row, c.col, true);
        want(c.sheet, c.borrow.row, c.borrow.col, true);
      }
    }
  }
  const maxCells = Math.max(1, Math.floor(budget / LOOK_CELL_BYTES));
  const runs = [...wanted].flatMap(([name, m]) => runsOf(name, m.values(), maxCells));
  const printed = printedSheets(plan, sheets);
  if (runs.length === 0 && !withStyles && (printed.length === 0 || !withCells)) return noLooks;

  const cells = new Map<string, RecordedLook>();
  let styles: Set<string> | null = null;
  let syncs = 0;
  const total = runs.reduce((n, r) => n + r.bottom - r.top + 1, 0);
  const rangeOf = (r: Run) =>
    context.workbook.worksheets.getItem(r.sheet).getRange(areaAddress(r.top, r.col, r.bottom, r.col));
  const styleItems = withStyles ? context.workbook.styles : null;
  styleItems?.load("items/name");
  const pagesRead = queuePageReads(context, printed, supports);

  // A small plan reads cell by cell at once; a larger one reads each run's shared look first, and
  // cell by cell only the runs whose cells differ.
  let byCell = runs;
  if (total > DIRECT_CELLS) {
    const shared = runs.map((r) => ({ r, look: loadRangeLook(rangeOf(r), r.bottom - r.top + 1) }));

    await context.sync();
    syncs++;
    byCell = [];
    for (const { r, look } of shared) {
      const each = uniformLooks(look);
      if (each) each.forEach((l, k) => cells.set(lookKey(r.sheet, r.top + k, r.col), l));
      else byCell.push(r);
    }
  }

  // The rest cell by cell, in syncs of at most maxCells cells each (the first one also reads the style names).
  const batches: Run[][] = [];
  let count = 0;
  for (const r of byCell) {
    const n = r.bottom - r.top + 1;
    if (batches.length === 0 || (count > 0 && count + n > maxCells)) {
      batches.push([]);
      count = 0;
    }
    batches[batches.length - 1].push(r);
    count += n;
  }
  if (batches.length === 0 && syncs === 0) batches.push([]); // the style names or page layouts alone
  for (const batch of batches) {
    const results = batch.map((r) => ({ r, props: rangeOf(r).getCellProperties(LOOK_PROPERTIES) }));
    // One sync per answer-sized batch: the answers of all cells together may exceed what Excel returns at once.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    for (const { r, props } of results) {
      props.value.forEach((row, k) => cells.set(lookKey(r.sheet, r.top + k, r.col), lookFrom(row[0])));
    }
  }
  if (styleItems) styles = new Set(styleItems.items.map((s) => s.name));
  return { cells, styles, pages: pagesRead(), syncs };
}

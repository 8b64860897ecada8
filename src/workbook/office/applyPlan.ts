/**
 * Applies a WritePlan through Office.js in as few round trips as the payload allows: everything is
 * queued and sent with ONE `context.sync()`, unless the estimated request exceeds the budget
 * (4 MB; Excel on the web refuses 5 MB), in which case the requests are cut into chunks, each
 * under the budget, in plan order.
 *
 * The revert record (merged with the one earlier runs left) is the first thing queued, so a run
 * that fails after the first chunk is undone by revert. Formulas go through `range.formulas`
 * (en-US), never `formulasLocal`. Text that Excel could read as a formula, number or date is
 * written into a cell formatted as Text ("@") first, so "=cmd|' /C calc'!A0" stays text.
 */
import { a1, columnLetters } from "../../core/cellRef";
import type { Grid, WorkbookData } from "../../core/grid";
import type { ConditionalFormat, NewSheet, WritePlan } from "../../core/plan/writePlan";
import {
  hasFormat,
  mergePages,
  recordChunksOf,
  recordFor,
  recordFromData,
  REVERT_SHEET,
  serializeRecord,
  sheetKey,
  withLooks,
  type RevertRecord,
} from "../../core/revert";
import { HostError } from "../host";
import { borrowFor } from "./borrowLook";
import { addStyle, applyStyle } from "./cellStyle";
import { toHostError } from "./errors";
import type { PageChange } from "../../core/print/officePage";
import { pageChanges, printOps } from "./printSetup";
import { lookKey, noLooks, readLooks, styleNames, type Looks } from "./readLooks";
import { officeSupports, type Supports } from "./requirements";
import {
  areaAddress,
  cellRuns,
  chunkBytes,
  inputOf,
  jsonBytes,
  packChunks,
  PAYLOAD_BUDGET,
  REQUEST_OVERHEAD,
  runBytes,
  type CellInput,
  type CellRun,
  type QueuedOp,
} from "./writeBatch";

export interface ApplyOptions {
  /** Bytes per sync; PAYLOAD_BUDGET (4 MB) unless a test wants smaller chunks. */
  readonly budgetBytes?: number;
  readonly supports?: Supports;
  /** Answer bytes per read sync; RESPONSE_BUDGET (4 MB) unless a test wants smaller reads. */
  readonly responseBytes?: number;
}

/**
 * The looks a write works with: those read before it (readLooks), whether computed cells get the
 * tool's named style (ExcelApi 1.9: the named style needs 1.7, but only with 1.9 are the looks it
 * replaces read, so that revert can put them back; below that the cells get the fill alone), and
 * the named styles to add first.
 */
export interface WriteLooks {
  readonly looks: Looks;
  readonly named: boolean;
  readonly addStyles: readonly string[];
  /** What the run sets on the evaluated sheets' page layouts (read with the looks). */
  readonly pages?: readonly PageChange[];
}

const plainLooks: WriteLooks = { looks: noLooks, named: false, addStyles: [] };

/**
 * How a write went. `syncs` counts every round trip of the write: the read of looks before it
 * (see readLooks) and the write chunks. "untouched": the first write sync failed, Excel rejected the request and
 * nothing was changed (Excel runs a batch in order and stops at a failing request; the record is
 * queued first, so whatever ran before the failure is covered by it). "partial": an earlier chunk
 * was committed; revert restores the workbook from the record that chunk wrote.
 */
export type ExcelApplyOutcome =
  | {
      readonly kind: "written";
      readonly syncs: number;
      readonly chunkBytes: readonly number[];
      readonly record: RevertRecord;
    }
  | { readonly kind: "untouched"; readonly error: HostError }
  | { readonly kind: "partial"; readonly error: HostError; readonly syncs: number };

/** Column width in characters to points, as Excel converts (7 px per character + 5 px padding). */
function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function findGrid(data: WorkbookData, name: string): Grid | undefined {
  const key = sheetKey(name);
  return data.sheets.find((s) => sheetKey(s.name) === key);
}

/** Refuses, before anything is queued, a plan Excel would reject part-way. */
function check(plan: WritePlan, before: WorkbookData): void {
  const removed = new Set(plan.removeSheets.map(sheetKey));
  const added = new Set<string>();
  for (const s of plan.newSheets) {
    const k = sheetKey(s.name);
    if ((findGrid(before, s.name) && !removed.has(k)) || added.has(k) || k === sheetKey(REVERT_SHEET)) {
      throw new HostError("unknown", `sheet "${s.name}" already exists; nothing was written`, s.name);
    }
    added.add(k);
  }
  const touched = [...plan.cells.map((c) => c.sheet), ...plan.conditionalFormats.map((f) => f.sheet)];
  for (const name of touched) {
    const grid = findGrid(before, name);
    if (!grid && !added.has(sheetKey(name)))
      throw new HostError("unknown", `no sheet named "${name}"; nothing was written`, name);
    if (grid?.protected)
      throw new HostError(
        "protected-sheet",
        `sheet "${grid.name}" is protected; nothing was written`,
        grid.name,
      );
  }
  for (const name of plan.removeSheets) {
    const grid = findGrid(before, name);
    if (grid?.protected)
      throw new HostError(
        "protected-sheet",
        `sheet "${grid.name}" is protected; nothing was written`,
        grid.name,
      );
  }
}

/** The sheets already there that the plan keeps (not removed, not the record), by sheetKey, as the workbook names them. */
function existingSheets(plan: WritePlan, before: WorkbookData): Map<string, string> {
  const removed = new Set(plan.removeSheets.map(sheetKey));
  const out = new Map<string, string>();
  for (const g of before.sheets) {
    const k = sheetKey(g.name);
    if (!removed.has(k) && k !== sheetKey(REVERT_SHEET)) out.set(k, g.name);
  }
  return out;
}

/** The record into column A of REVERT_SHEET (created very hidden when missing), in ops under `maxBytes`. */
function recordOps(record: RevertRecord, before: WorkbookData, maxBytes: number): QueuedOp[] {
  const existing = findGrid(before, REVERT_SHEET);
  const chunks = serializeRecord(record);
  // Overwrite old chunks that the new record does not need with "" (clears them).
  const oldCount = existing ? Math.max(recordChunksOf(existing).length, existing.rows.length) : 0;
  while (chunks.length < oldCount) chunks.push("");
  const ops: QueuedOp[] = [];
  if (!existing) {
    ops.push({
      bytes: 3 * REQUEST_OVERHEAD,
      queue: (ctx) => {
        const ws = ctx.workbook.worksheets.add(REVERT_SHEET);
        ws.visibility = "VeryHidden";
      },
    });
  }
  let from = 0;
  while (from < chunks.length) {
    let to = from;
    let bytes = 3 * REQUEST_OVERHEAD;
    while (to < chunks.length && (to === from || bytes + jsonBytes(chunks[to]) + 8 <= maxBytes)) {
      bytes += jsonBytes(chunks[to]) + 8;
      to++;
    }
    const start = from;
    const part = chunks.slice(from, to);
    ops.push({
      bytes,
      queue: (ctx) => {
        const range = ctx.workbook.worksheets
          .getItem(REVERT_SHEET)
          .getRange(areaAddress(start, 0, start + part.length - 1, 0));
        range.numberFormat = part.map(() => ["@"]);
        range.formulas = part.map((c) => [c]);
      },
    });
    from = to;
  }
  return ops;
}

function runOp(sheet: string, run: CellRun, bytes: number, named: boolean): QueuedOp {
  return {
    bytes,
    queue: (ctx) => {
      const bottom = run.top + run.inputs.length - 1;
      const right = run.left + run.inputs[0].length - 1;
      const ws = ctx.workbook.worksheets.getItem(sheet);
      const range = ws.getRange(areaAddress(run.top, run.left, bottom, right));
      // The style first: a named style resets what it includes.
      if (run.style) applyStyle(range, run.style, named);
      if (run.formats) range.numberFormat = run.formats;
      range.formulas = run.inputs;
      if (run.borrowed) {
        run.borrowed.forEach((row, i) =>
          row.forEach((b, j) => {
            if (b.clearFill) ws.getRange(a1(run.top + i, run.left + j)).format.fill.clear();
          }),
        );
        range.setCellProperties(run.borrowed.map((row) => row.map((b) => ({ format: b.format }))));
      }
    },
  };
}

function cellOps(sheet: string, inputs: readonly CellInput[], maxBytes: number, named = false): QueuedOp[] {
  return cellRuns(inputs, maxBytes).map((run) => runOp(sheet, run, runBytes(run), named));
}

function newSheetOp(s: NewSheet, supports: Supports): QueuedOp {
  return {
    bytes:
      (3 +
        s.columnWidths.length +
        ((s as { readonly rowHeights?: readonly number[] }).rowHeights?.length ?? 0)) *
      REQUEST_OVERHEAD,
    queue: (ctx) => {
      const ws = ctx.workbook.worksheets.add(s.name);
      s.columnWidths.forEach((w, i) => {
        const col = columnLetters(i);
        ws.getRange(`${col}:${col}`).format.columnWidth = widthPoints(w);
      });
      // Row heights for wrapped text, when the planner gives them (read loosely: an optional field).
      const heights = (s as { readonly rowHeights?: readonly number[] }).rowHeights ?? [];
      heights.forEach((h, i) => {
        ws.getRange(`${i + 1}:${i + 1}`).format.rowHeight = h;
      });
      if (supports("ExcelApi", "1.9")) {
        ws.pageLayout.paperSize = "A4";
        ws.pageLayout.orientation = s.pageSetup.orientation === "portrait" ? "Portrait" : "Landscape";
        if (s.pageSetup.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      }
    },
  };
}

function formatOp(f: ConditionalFormat, sheetName: string): QueuedOp {
  const formula = f.formula.startsWith("=") ? f.formula : `=${f.formula}`;
  return {
    bytes: jsonBytes(formula) + 5 * REQUEST_OVERHEAD,
    queue: (ctx) => {
      const { top, left, bottom, right } = f.area;
      const range = ctx.workbook.worksheets
        .getItem(sheetName)
        .getRange(areaAddress(top, left, bottom, right));
      const cf = range.conditionalFormats.add("Custom");
      cf.custom.rule.formula = formula;
      cf.custom.format.fill.color = `#${f.fill.replace(/^#/, "")}`;
      cf.custom.format.font.color = `#${f.fontColor.replace(/^#/, "")}`;
    },
  };
}

/** The record with what `pages` replace, after what earlier runs replaced (the first view wins). */
function withPages(record: RevertRecord, pages: readonly PageChange[]): RevertRecord {
  const merged = mergePages(
    record.officePages ?? [],
    pages.map((p) => p.before),
  );
  return merged.length > 0 ? { ...record, officePages: merged } : record;
}

/** Every request of the plan, in order: record, removed sheets, new sheets, cells, conditional formats. */
export function planOps(
  plan: WritePlan,
  before: WorkbookData,
  record: RevertRecord,
  previous: RevertRecord | null,
  options: ApplyOptions = {},
  write: WriteLooks = plainLooks,
): QueuedOp[] {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET;
  const supports = options.supports ?? officeSupports;
  const maxOp = Math.max(1024, Math.floor(budget / 4));
  const ops: QueuedOp[] = [...recordOps(record, before, maxOp)];
  for (const name of write.addStyles)
    ops.push({ bytes: 10 * REQUEST_OVERHEAD, queue: (ctx) => addStyle(ctx, name) });
  for (const name of plan.removeSheets) {
    const grid = findGrid(before, name);
    if (!grid) continue;
    ops.push({
      bytes: 2 * REQUEST_OVERHEAD,
      queue: (ctx) => ctx.workbook.worksheets.getItem(grid.name).delete(),
    });
  }
  for (const s of plan.newSheets) {
    ops.push(newSheetOp(s, supports));
    ops.push(
      ...cellOps(
        s.name,
        s.cells.map((c) => inputOf(c, undefined)),
        maxOp,
      ),
    );
  }
  const bySheet = new Map<string, CellInput[]>();
  for (const c of plan.cells) {
    const grid = findGrid(before, c.sheet);
    const name = grid?.name ?? c.sheet;
    const list = bySheet.get(name) ?? [];
    const input = inputOf(c, grid?.rows[c.row]?.[c.col]?.numFmt);
    const { borrowed, keepStyle } = borrowFor(c, name, write.looks);
    list.push({ ...input, ...(keepStyle ? {} : { style: undefined }), ...(borrowed ? { borrowed } : {}) });
    bySheet.set(name, list);
  }
  for (const [name, inputs] of bySheet) ops.push(...cellOps(name, inputs, maxOp, write.named));
  for (const f of plan.conditionalFormats) {
    if (hasFormat(previous, f)) continue; // an earlier run added it; a rerun does not add it twice
    ops.push(formatOp(f, findGrid(before, f.sheet)?.name ?? f.sheet));
  }
  ops.push(...printOps(plan, supports, write.pages, existingSheets(plan, before)));
  return ops;
}

/**
 * Applies `plan` to the workbook that `before` describes (as readWorkbook returned it, with
 * REVERT_SHEET) and records what it replaced. Never throws for Excel errors: the outcome says.
 */
export async function applyPlan(
  context: Excel.RequestContext,
  plan: WritePlan,
  before: WorkbookData,
  options: ApplyOptions = {},
): Promise<ExcelApplyOutcome> {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET;
  const supports = options.supports ?? officeSupports;
  let chunks: QueuedOp[][];
  let record: RevertRecord;
  let looks: Looks = noLooks;
  try {
    check(plan, before);
    const previous = recordFromData(before);
    looks = await readLooks(
      context,
      plan,
      existingSheets(plan, before),
      new Set((previous?.cells ?? []).map((c) => lookKey(c.sheet, c.row, c.col))),
      supports,
      options.responseBytes,
    );
    const named = supports("ExcelApi", "1.9") && looks.styles !== null;
    const addStyles = named ? styleNames(plan).filter((n) => !looks.styles!.has(n)) : [];
    const pages = pageChanges(plan, looks.pages);
    record = withPages(
      withLooks(
        recordFor(plan, before, previous),
        previous,
        (c) => looks.cells.get(lookKey(c.sheet, c.row, c.col)),
        addStyles,
      ),
      pages,
    );
    const ops = planOps(plan, before, record, previous, options, { looks, named, addStyles, pages });
    chunks = packChunks(ops, budget - REQUEST_OVERHEAD);
  } catch (e) {
    return { kind: "untouched", error: toHostError(e) };
  }
  const suspend = supports("ExcelApi", "1.6");
  let syncs = 0;
  for (const chunk of chunks) {
    try {
      if (suspend) context.application.suspendApiCalculationUntilNextSync();
      for (const op of chunk) op.queue(context);
      // One sync per chunk: chunks exist only because one request may not exceed the payload limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
    } catch (e) {
      const error = toHostError(e);
      return syncs === 0
        ? { kind: "untouched", error }
        : { kind: "partial", error, syncs: looks.syncs + syncs };
    }
  }
  return { kind: "written", syncs: looks.syncs + syncs, chunkBytes: chunks.map(chunkBytes), record };
}

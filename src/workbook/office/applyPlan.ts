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
import { columnLetters } from "../../core/cellRef";
import type { Grid, WorkbookData } from "../../core/grid";
import type { ConditionalFormat, NewSheet, WritePlan } from "../../core/plan/writePlan";
import {
  hasFormat,
  recordChunksOf,
  recordFor,
  recordFromData,
  REVERT_SHEET,
  serializeRecord,
  sheetKey,
  type RevertRecord,
} from "../../core/revert";
import { HostError } from "../host";
import { applyStyle } from "./cellStyle";
import { toHostError } from "./errors";
import { printOps } from "./printSetup";
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
}

/**
 * How a write went. "untouched": the first write sync failed, Excel rejected the request and
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

function runOp(sheet: string, run: CellRun, bytes: number): QueuedOp {
  return {
    bytes,
    queue: (ctx) => {
      const bottom = run.top + run.inputs.length - 1;
      const right = run.left + run.inputs[0].length - 1;
      const range = ctx.workbook.worksheets
        .getItem(sheet)
        .getRange(areaAddress(run.top, run.left, bottom, right));
      if (run.formats) range.numberFormat = run.formats;
      range.formulas = run.inputs;
      if (run.style) applyStyle(range, run.style);
    },
  };
}

function cellOps(sheet: string, inputs: readonly CellInput[], maxBytes: number): QueuedOp[] {
  return cellRuns(inputs, maxBytes).map((run) => runOp(sheet, run, runBytes(run)));
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

/** Every request of the plan, in order: record, removed sheets, new sheets, cells, conditional formats. */
export function planOps(
  plan: WritePlan,
  before: WorkbookData,
  record: RevertRecord,
  previous: RevertRecord | null,
  options: ApplyOptions = {},
): QueuedOp[] {
  const budget = options.budgetBytes ?? PAYLOAD_BUDGET;
  const supports = options.supports ?? officeSupports;
  const maxOp = Math.max(1024, Math.floor(budget / 4));
  const ops: QueuedOp[] = [...recordOps(record, before, maxOp)];
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
    list.push(inputOf(c, grid?.rows[c.row]?.[c.col]?.numFmt));
    bySheet.set(name, list);
  }
  for (const [name, inputs] of bySheet) ops.push(...cellOps(name, inputs, maxOp));
  for (const f of plan.conditionalFormats) {
    if (hasFormat(previous, f)) continue; // an earlier run added it; a rerun does not add it twice
    ops.push(formatOp(f, findGrid(before, f.sheet)?.name ?? f.sheet));
  }
  ops.push(...printOps(plan, supports));
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
  try {
    check(plan, before);
    const previous = recordFromData(before);
    record = recordFor(plan, before, previous);
    chunks = packChunks(planOps(plan, before, record, previous, options), budget - REQUEST_OVERHEAD);
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
      return syncs === 0 ? { kind: "untouched", error } : { kind: "partial", error, syncs };
    }
  }
  return { kind: "written", syncs, chunkBytes: chunks.map(chunkBytes), record };
}

/**
 * Queued Excel requests with their estimated size, cell writes grouped into rectangles, and the
 * packing of requests into chunks under a payload budget: Excel on the web rejects a request over
 * 5 MB, so each `context.sync()` carries at most PAYLOAD_BUDGET bytes.
 */
import { a1, a1Range } from "../../core/cellRef";
import type { CellStyle, CellWrite } from "../../core/plan/writePlan";

export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** What one queued request costs beyond its data: object path, method name, ids. */
export const REQUEST_OVERHEAD = 200;

/** One or a few requests queued together, never split across syncs. */
export interface QueuedOp {
  readonly bytes: number;
  readonly queue: (context: Excel.RequestContext) => void;
}

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function jsonBytes(v: unknown): number {
  return utf8Bytes(JSON.stringify(v));
}

/** A1 text of a rectangle (a single cell as "C5"). */
export function areaAddress(top: number, left: number, bottom: number, right: number): string {
  return top === bottom && left === right ? a1(top, left) : a1Range(top, left, bottom, right);
}

/**
 * Text that Excel could turn into something else when written: a formula (= + - @), a number,
 * percent, date or boolean. Such text is written into a cell formatted as Text ("@") first.
 */
export function needsTextFormat(text: string): boolean {
  const t = text.trim();
  if (/^[=+\-@]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#[A-Z0-9/]+[!?]?$/i.test(t)) return true; // error literals (#N/A)
  return t !== "" && /^[\d\s.,:/%$¥￥()eE]+$/.test(t) && /\d/.test(t);
}

/** A look a cell takes from another (an appended column's borders or header look), as set after its style. */
export interface Borrowed {
  readonly format: Excel.CellPropertiesFormat;
  /** The source has no fill: the cell's own is cleared (setCellProperties cannot say "no fill"). */
  readonly clearFill: boolean;
}

/** One cell to write: what goes into `range.formulas` (en-US), and the number format to set first. */
export interface CellInput {
  readonly row: number;
  readonly col: number;
  readonly input: string;
  readonly numFmt?: string;
  readonly style?: CellStyle;
  readonly borrowed?: Borrowed;
}

/** A plan cell as input. `beforeFmt` is the cell's current format: a formula into a Text cell would stay text. */
export function inputOf(w: CellWrite, beforeFmt: string | undefined): CellInput {
  switch (w.kind) {
    case "formula": {
      const f = w.formula.startsWith("=") ? w.formula : `=${w.formula}`;
      const numFmt = w.numFmt ?? (beforeFmt === "@" ? "General" : undefined);
      return { row: w.row, col: w.col, input: f, numFmt, style: w.style };
    }
    case "text":
      return {
        row: w.row,
        col: w.col,
        input: w.text,
        numFmt: needsTextFormat(w.text) ? "@" : undefined,
        style: w.style,
      };
  }
}

/** A rectangle of cells written with one `formulas` request (and one `numberFormat` request). */
export interface CellRun {
  readonly top: number;
  readonly left: number;
  readonly inputs: string[][];
  /** Null when no cell of the run gets a number format. */
  readonly formats: string[][] | null;
  readonly style?: CellStyle;
  /** Null when no cell of the run borrows a look; else one entry per cell (every cell borrows). */
  readonly borrowed: Borrowed[][] | null;
}

function runKey(c: CellInput): string {
  return `${c.numFmt !== undefined ? 1 : 0}|${c.borrowed ? 1 : 0}|${c.style ?? ""}`;
}

/** Estimated request bytes of a run: its matrices plus per-request overhead (range, formats, style). */
export function runBytes(r: CellRun): number {
  return (
    jsonBytes(r.inputs) +
    (r.formats ? jsonBytes(r.formats) + REQUEST_OVERHEAD : 0) +
    (r.style ? 4 * REQUEST_OVERHEAD : 0) +
    (r.borrowed ? jsonBytes(r.borrowed) + 2 * REQUEST_OVERHEAD : 0) +
    2 * REQUEST_OVERHEAD
  );
}

/**
 * Groups cells into rectangles: runs of consecutive rows in a column that share whether they set a
 * number format and their style, then side-by-side runs with the same rows. A run larger than
 * `maxBytes` is cut into row slices. Later writes to the same cell win, as in the plan.
 */
export function cellRuns(cells: readonly CellInput[], maxBytes: number): CellRun[] {
  const byPos = new Map<string, CellInput>();
  for (const c of cells) byPos.set(`${c.row},${c.col}`, c);
  const byCol = new Map<number, CellInput[]>();
  for (const c of byPos.values()) {
    const list = byCol.get(c.col) ?? [];
    list.push(c);
    byCol.set(c.col, list);
  }
  // Vertical segments.
  const segments: { top: number; col: number; key: string; cells: CellInput[] }[] = [];
  for (const [col, list] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.row - b.row);
    let cur: (typeof segments)[number] | null = null;
    for (const c of list) {
      const key = runKey(c);
      if (cur && cur.key === key && cur.top + cur.cells.length === c.row) cur.cells.push(c);
      else {
        cur = { top: c.row, col, key, cells: [c] };
        segments.push(cur);
      }
    }
  }
  // Side-by-side segments with the same rows become one rectangle.
  const rects: { top: number; left: number; key: string; cols: CellInput[][] }[] = [];
  const open = new Map<string, (typeof rects)[number]>();
  for (const s of segments) {
    const k = `${s.top}|${s.cells.length}|${s.key}`;
    const r = open.get(k);
    if (r && r.left + r.cols.length === s.col) r.cols.push(s.cells);
    else {
      const nr = { top: s.top, left: s.col, key: s.key, cols: [s.cells] };
      rects.push(nr);
      open.set(k, nr);
    }
  }
  const runs: CellRun[] = [];
  for (const r of rects) {
    const height = r.cols[0].length;
    const withFmt = r.key.startsWith("1");
    const withBorrow = r.key.split("|")[1] === "1";
    const rows = (from: number, to: number): CellRun => ({
      top: r.top + from,
      left: r.left,
      inputs: Array.from({ length: to - from }, (_, i) => r.cols.map((col) => col[from + i].input)),
      formats: withFmt
        ? Array.from({ length: to - from }, (_, i) => r.cols.map((col) => col[from + i].numFmt ?? "General"))
        : null,
      style: r.cols[0][0].style,
      borrowed: withBorrow
        ? Array.from({ length: to - from }, (_, i) => r.cols.map((col) => col[from + i].borrowed!))
        : null,
    });
    const whole = rows(0, height);
    const total = runBytes(whole);
    if (total <= maxBytes || height === 1) {
      runs.push(whole);
      continue;
    }
    const slice = Math.max(1, Math.floor((height * maxBytes) / total));
    for (let from = 0; from < height; from += slice) runs.push(rows(from, Math.min(height, from + slice)));
  }
  return runs;
}

/** Greedy packing in order: each chunk's ops total at most `budget` bytes (an oversized op goes alone). */
export function packChunks(ops: readonly QueuedOp[], budget: number): QueuedOp[][] {
  const chunks: QueuedOp[][] = [];
  let cur: QueuedOp[] = [];
  let size = 0;
  for (const op of ops) {
    if (cur.length > 0 && size + op.bytes > budget) {
      chunks.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(op);
    size += op.bytes;
  }
  if (cur.length > 0) chunks.push(cur);
  return chunks;
}

export function chunkBytes(chunk: readonly QueuedOp[]): number {
  return chunk.reduce((n, op) => n + op.bytes, 0);
}

/**
 * A recording fake of the few Excel objects the Office adapter uses. Requests are queued and run
 * at `context.sync()`, in order, as Excel does; each sync records the JSON bytes queued since the
 * previous one, and a request over 5 MB is refused as Excel on the web refuses it. It does not
 * calculate: a formula cell's value is 0.
 *
 * Input is interpreted as typed into Excel: a string starting with = + - @ becomes a formula
 * unless the cell is formatted as Text ("@"); numbers, percents, TRUE/FALSE and error literals are
 * converted. Faults can be injected per sync. Looks (formats, named styles, cell properties) are
 * modelled in fakeLooks.ts; an answer over 5 MB is refused as a request is.
 */
import { columnIndex, columnLetters as letters, parseA1Range } from "../../../src/core/cellRef";
import type { Area, Cell, CellValue, Grid, WorkbookData } from "../../../src/core/grid";
import {
  applyNamedStyle,
  builtInStyles,
  cellProperties,
  clearFill,
  effective,
  rangeBorders,
  shared,
  cloneStyles,
  fillColor,
  newStyle,
  setCellProps,
  setFlat,
  type FakeStyle,
  type Flat,
} from "./fakeLooks";

export const EXCEL_REQUEST_LIMIT = 5 * 1024 * 1024;
const ERRORS = ["#N/A", "#DIV/0!", "#REF!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"];

export interface FakeCell {
  value: string | number | boolean | null;
  error?: string;
  formula?: string;
  numFmt: string;
  format: Record<string, unknown>;
  /** The cell's named style; absent: "Normal". */
  style?: string;
}

export interface FakeCF {
  id: number;
  area: Area;
  type: string;
  formula: string;
  fill: string;
  font: string;
}

export interface FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  cells: Map<string, FakeCell>;
  cfs: FakeCF[];
  merges: Area[];
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  pageLayout: Record<string, unknown>;
  /** A whole column's format: what a cell of it without a format of its own shows, and starts with. */
  columnFormats: Record<number, Flat>;
}

export interface FakeState {
  sheets: FakeSheet[];
  active: string | null;
  selection: string | null;
  suspended: number;
  nextId: number;
  styles: Map<string, FakeStyle>;
}

class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const key = (r: number, c: number) => `${r},${c}`;

export function newSheet(name: string): FakeSheet {
  return {
    name,
    visibility: "Visible",
    protected: false,
    cells: new Map(),
    cfs: [],
    merges: [],
    columnWidths: {},
    rowHeights: {},
    pageLayout: {},
    columnFormats: {},
  };
}

/** A fake workbook from grids (formula values are taken as 0: the fake does not calculate). */
export function stateFrom(data: WorkbookData): FakeState {
  const sheets = data.sheets.map((g) => {
    const s = newSheet(g.name);
    s.visibility = g.hidden ? "Hidden" : "Visible";
    s.protected = !!g.protected;
    s.merges = g.merges.map((m) => ({ ...m }));
    g.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const v = cell.value;
        const fc: FakeCell = { value: null, numFmt: cell.numFmt ?? "General", format: {} };
        if (cell.formula !== undefined) {
          fc.formula = cell.formula;
          fc.value = 0;
        } else if (v !== null && typeof v === "object") fc.error = v.error;
        else fc.value = v;
        s.cells.set(key(r, c), fc);
      }),
    );
    return s;
  });
  return { sheets, active: null, selection: null, suspended: 0, nextId: 1, styles: builtInStyles() };
}

function isEmpty(c: FakeCell): boolean {
  return c.value === null && c.error === undefined && c.formula === undefined;
}

/** What the workbook holds, as grids (the fake's own reading, independent of the adapter). */
export function gridsOf(state: FakeState): WorkbookData {
  return {
    sheets: state.sheets.map((s): Grid => {
      const rows: (Cell | undefined)[][] = [];
      for (const [k, c] of s.cells) {
        const [r, col] = k.split(",").map(Number);
        const fmt = c.numFmt !== "General" ? { numFmt: c.numFmt } : {};
        let cell: Cell | undefined;
        if (c.formula !== undefined) cell = { value: c.value, formula: c.formula, ...fmt };
        else if (c.error !== undefined) cell = { value: { error: c.error }, ...fmt };
        else if (c.value !== null) cell = { value: c.value, ...fmt };
        else if (c.numFmt !== "General") cell = { value: null, ...fmt };
        if (!cell) continue;
        (rows[r] ??= [])[col] = cell;
      }
      return {
        name: s.name,
        rows: Array.from({ length: rows.length }, (_, r) => rows[r] ?? []),
        merges: s.merges,
        hidden: s.visibility !== "Visible",
        protected: s.protected,
      };
    }),
  };
}

/** A deep copy for before/after comparisons. */
export function cloneState(state: FakeState): FakeState {
  return {
    ...state,
    sheets: state.sheets.map((s) => ({
      ...s,
      cells: new Map([...s.cells].map(([k, c]) => [k, { ...c, format: { ...c.format } }])),
      columnFormats: Object.fromEntries(Object.entries(s.columnFormats).map(([k, f]) => [k, { ...f }])),
      cfs: s.cfs.map((f) => ({ ...f, area: { ...f.area } })),
      merges: s.merges.map((m) => ({ ...m })),
      columnWidths: { ...s.columnWidths },
      rowHeights: { ...s.rowHeights },
      pageLayout: { ...s.pageLayout },
    })),
    styles: cloneStyles(state.styles),
  };
}

/** Comparable form of the whole state (cells with every look property, conditional formats, sheets, styles). */
export function plainState(state: FakeState): unknown {
  return {
    sheets: state.sheets.map((s) => ({
      ...s,
      // As Excel reads it: a default set explicitly is the default.
      pageLayout: { ...PAGE_DEFAULTS, ...s.pageLayout },
      cells: [...s.cells]
        .filter(
          ([, c]) =>
            !isEmpty(c) ||
            c.numFmt !== "General" ||
            Object.keys(c.format).length > 0 ||
            c.style !== undefined,
        )
        .sort(),
    })),
    styles: [...state.styles.values()].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

function sameFlat(a: Flat, b: Flat): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

interface Pending {
  readonly label: string;
  readonly bytes: number;
  readonly run: () => void;
}

export interface Fault {
  /** 1-based index of the sync that fails. */
  readonly sync: number;
  readonly code: string;
  /** Requests of that sync that run before the failure (0: the request is refused whole). */
  readonly afterRequests?: number;
}

export class FakeContext {
  syncs = 0;
  readonly syncBytes: number[] = [];
  readonly setters: string[] = [];
  /** Bytes of the getCellProperties answers of each sync. */
  readonly answerBytes: number[] = [];
  answering = 0;
  private pending: Pending[] = [];
  fault: Fault | null = null;
  readonly workbook: FakeWorkbook;
  readonly application = {
    suspendApiCalculationUntilNextSync: () =>
      this.enqueue("suspendApiCalculationUntilNextSync", null, () => this.state.suspended++),
  };

  constructor(readonly state: FakeState) {
    this.workbook = new FakeWorkbook(this);
  }

  enqueue(label: string, payload: unknown, run: () => void): void {
    const bytes = Buffer.byteLength(JSON.stringify([label, payload ?? null]), "utf8");
    this.pending.push({ label, bytes, run });
  }

  sheet(name: string): FakeSheet {
    const s = this.state.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!s) throw new OfficeError("ItemNotFound", `no sheet ${name}`);
    return s;
  }

  async sync(): Promise<void> {
    const ops = this.pending;
    this.pending = [];
    this.syncs++;
    const bytes = ops.reduce((n, o) => n + o.bytes, 0);
    this.syncBytes.push(bytes);
    if (bytes > EXCEL_REQUEST_LIMIT)
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes`);
    const fault = this.fault && this.fault.sync === this.syncs ? this.fault : null;
    const limit = fault ? (fault.afterRequests ?? 0) : ops.length;
    this.answering = 0;
    for (let i = 0; i < limit && i < ops.length; i++) ops[i].run();
    this.answerBytes.push(this.answering);
    if (fault) throw new OfficeError(fault.code, `injected fault on sync ${this.syncs}`);
    if (this.answering > EXCEL_REQUEST_LIMIT)
      throw new OfficeError("RequestPayloadSizeLimitExceeded", `answer of ${this.answering} bytes`);
  }

  /** A runner for createExcelHost: every batch in this context. */
  readonly run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this as unknown as Excel.RequestContext);
}

function notLoaded(what: string): never {
  throw new OfficeError("PropertyNotLoaded", `${what} was not loaded`);
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly styles: FakeStyles;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.styles = new FakeStyles(ctx);
  }
}

function styleNamed(ctx: FakeContext, name: string): FakeStyle {
  const st = ctx.state.styles.get(name);
  if (!st) throw new OfficeError("ItemNotFound", `no style ${name}`);
  return st;
}

/** workbook.styles (ExcelApi 1.7): add, getItem, load of the names. */
class FakeStyles {
  private loaded: { name: string }[] | null = null;
  constructor(private readonly ctx: FakeContext) {}
  add(name: string): void {
    this.ctx.enqueue("styles.add", name, () => {
      if (this.ctx.state.styles.has(name)) throw new OfficeError("ItemAlreadyExists", `style ${name}`);
      this.ctx.state.styles.set(name, newStyle(name));
    });
  }
  load(_props: string): void {
    this.ctx.enqueue("styles.load", _props, () => {
      this.loaded = [...this.ctx.state.styles.keys()].map((name) => ({ name }));
    });
  }
  get items(): { name: string }[] {
    return this.loaded ?? notLoaded("styles.items");
  }
  getItem(name: string): FakeStyleObject {
    return new FakeStyleObject(this.ctx, name);
  }
}

const INCLUDES = {
  includeNumber: "number",
  includeFont: "font",
  includeAlignment: "alignment",
  includeBorder: "border",
  includePatterns: "patterns",
  includeProtection: "protection",
} as const;

/** One Style: its include flags and fill are settable; delete() gives its cells the Normal style. */
class FakeStyleObject {
  readonly fill: { color: string };
  constructor(
    private readonly ctx: FakeContext,
    private readonly name: string,
  ) {
    for (const [prop, cat] of Object.entries(INCLUDES)) {
      Object.defineProperty(this, prop, {
        set: (v: boolean) => {
          ctx.enqueue(`style.${prop}`, v, () => (styleNamed(ctx, name).include[cat] = v));
        },
      });
    }
    this.fill = {
      get color(): string {
        return notLoaded("style.fill.color");
      },
      set color(v: string) {
        ctx.enqueue("style.fill.color", v, () => fillColor(styleNamed(ctx, name).format, v));
      },
    };
  }
  delete(): void {
    this.ctx.enqueue("style.delete", this.name, () => {
      const st = styleNamed(this.ctx, this.name);
      if (st.builtIn) throw new OfficeError("InvalidOperation", `built-in style ${st.name}`);
      const normal = styleNamed(this.ctx, "Normal");
      for (const s of this.ctx.state.sheets)
        for (const c of s.cells.values()) if (c.style === st.name) applyNamedStyle(c, normal);
      this.ctx.state.styles.delete(st.name);
    });
  }
}

class FakeWorksheets {
  private loadedItems: FakeWorksheet[] | null = null;
  constructor(private readonly ctx: FakeContext) {}
  load(_props: string): void {
    this.ctx.enqueue("worksheets.load", _props, () => {
      this.loadedItems = this.ctx.state.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, s.name);
        ws.snapshot = { name: s.name, visibility: s.visibility };
        return ws;
      });
    });
  }
  get items(): FakeWorksheet[] {
    return this.loadedItems ?? notLoaded("worksheets.items");
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, name);
  }
  add(name: string): FakeWorksheet {
    this.ctx.enqueue("worksheets.add", name, () => {
      if (this.ctx.state.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
        throw new OfficeError("ItemAlreadyExists", name);
      }
      this.ctx.state.sheets.push(newSheet(name));
    });
    return new FakeWorksheet(this.ctx, name);
  }
}

class FakeWorksheet {
  snapshot: { name: string; visibility: string } | null = null;
  readonly protection: { load: (p: string) => void; readonly protected: boolean };
  readonly pageLayout: Record<string, unknown>;
  readonly names: { getItemOrNullObject: (name: string) => ReturnType<typeof fakePrintName> };
  constructor(
    private readonly ctx: FakeContext,
    private readonly ref: string,
  ) {
    let prot: boolean | null = null;
    this.protection = {
      load: () => ctx.enqueue("protection.load", null, () => (prot = ctx.sheet(ref).protected)),
      get protected() {
        return prot ?? notLoaded("protection.protected");
      },
    };
    this.pageLayout = fakePageLayout(ctx, ref);
    this.names = {
      getItemOrNullObject: (name: string) => fakePrintName(ctx, ref, name),
    };
  }
  get name(): string {
    return this.snapshot?.name ?? notLoaded("worksheet.name");
  }
  get visibility(): string {
    return this.snapshot?.visibility ?? notLoaded("worksheet.visibility");
  }
  set visibility(v: string) {
    this.ctx.enqueue(
      "visibility",
      v,
      () => (this.ctx.sheet(this.ref).visibility = v as FakeSheet["visibility"]),
    );
  }
  delete(): void {
    this.ctx.enqueue("worksheet.delete", this.ref, () => {
      const s = this.ctx.sheet(this.ref);
      if (s.protected) throw new OfficeError("AccessDenied", `${s.name} is protected`);
      this.ctx.state.sheets = this.ctx.state.sheets.filter((x) => x !== s);
    });
  }
  activate(): void {
    this.ctx.enqueue("activate", this.ref, () => (this.ctx.state.active = this.ctx.sheet(this.ref).name));
  }
  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, this.ref, () => parseAddress(address));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.ref, () => usedArea(this.ctx.sheet(this.ref), !!valuesOnly));
  }
}

/** A deep copy of JSON data (the page layout's values). */
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** What Excel reads for a page layout nobody set (a part without pageSetup: Letter, portrait, 100 %). */
export const PAGE_DEFAULTS: Readonly<Record<string, unknown>> = {
  paperSize: "Letter",
  orientation: "Portrait",
  zoom: { scale: 100 },
};

/** The print names a sheet's pageLayout state holds: Print_Area by setPrintArea, Print_Titles by the title setters. */
const PRINT_NAME_KEYS: Readonly<Record<string, readonly string[]>> = {
  Print_Area: ["setPrintArea"],
  Print_Titles: ["setPrintTitleRows", "setPrintTitleColumns"],
};

/** A loaded address, or a null object (isNullObject) when the state holds none of `keys`. */
function fakeNullable(ctx: FakeContext, ref: string, keys: readonly string[]) {
  let snap: { isNull: boolean; address: string } | null = null;
  return {
    load: (_p: string) =>
      ctx.enqueue("pageLayout.getOrNullObject.load", keys, () => {
        const layout = ctx.sheet(ref).pageLayout;
        const set = keys.map((k) => layout[k] as unknown[] | undefined).find((v) => v !== undefined);
        snap = { isNull: set === undefined, address: set ? String(set[0]) : "" };
      }),
    get isNullObject(): boolean {
      return (snap ?? notLoaded("isNullObject")).isNull;
    },
    get address(): string {
      return (snap ?? notLoaded("address")).address;
    },
  };
}

/** worksheet.names.getItemOrNullObject for the sheet-scoped print names; delete() on a null object fails, as a guard. */
function fakePrintName(ctx: FakeContext, ref: string, name: string) {
  const keys = PRINT_NAME_KEYS[name] ?? [];
  const item = fakeNullable(ctx, ref, keys);
  return {
    load: item.load,
    get isNullObject() {
      return item.isNullObject;
    },
    get name() {
      return item.isNullObject ? notLoaded("name") : name;
    },
    delete: () =>
      ctx.enqueue("names.delete", name, () => {
        const layout = ctx.sheet(ref).pageLayout;
        if (!keys.some((k) => k in layout)) throw new OfficeError("ItemNotFound", `no name ${name}`);
        for (const k of keys) delete layout[k];
      }),
  };
}

/**
 * worksheet.pageLayout (ExcelApi 1.9): paperSize, orientation and zoom set and loaded (Excel's
 * defaults where nothing was set; zoom set as a whole object, as Office.js requires); the print
 * area and title setters recorded as the property they set, with their arguments; the
 * get…OrNullObject readers of those.
 */
function fakePageLayout(ctx: FakeContext, ref: string): Record<string, unknown> {
  let loaded: Record<string, unknown> | null = null;
  return new Proxy(
    {},
    {
      get: (_t, prop) => {
        if (typeof prop !== "string") return undefined;
        if (prop === "load")
          return (props: string) =>
            ctx.enqueue("pageLayout.load", props, () => {
              const layout = ctx.sheet(ref).pageLayout;
              loaded = {};
              for (const p of props.split(",").map((x) => x.trim()))
                loaded[p] = clone(layout[p] ?? PAGE_DEFAULTS[p]);
            });
        if (prop === "getPrintAreaOrNullObject") return () => fakeNullable(ctx, ref, ["setPrintArea"]);
        if (prop === "getPrintTitleRowsOrNullObject")
          return () => fakeNullable(ctx, ref, ["setPrintTitleRows"]);
        if (prop === "getPrintTitleColumnsOrNullObject")
          return () => fakeNullable(ctx, ref, ["setPrintTitleColumns"]);
        if (/^set[A-Z]/.test(prop))
          return (...args: unknown[]) =>
            ctx.enqueue(`pageLayout.${prop}`, args, () => (ctx.sheet(ref).pageLayout[prop] = args));
        if (!loaded || !(prop in loaded)) return notLoaded(`pageLayout.${prop}`);
        return loaded[prop];
      },
      set: (_t, prop, value) => {
        ctx.enqueue(
          `pageLayout.${String(prop)}`,
          value,
          () => (ctx.sheet(ref).pageLayout[String(prop)] = clone(value)),
        );
        return true;
      },
    },
  );
}

const MAX_ROW = 1048575;
const MAX_COL = 16383;

function parseAddress(address: string | undefined): Area {
  if (!address) return { top: 0, left: 0, bottom: MAX_ROW, right: MAX_COL };
  const [a, b = a] = address.split(":");
  if (/^[A-Z]+$/i.test(a)) return { top: 0, left: columnIndex(a), bottom: MAX_ROW, right: columnIndex(b) };
  if (/^\d+$/.test(a)) return { top: Number(a) - 1, left: 0, bottom: Number(b) - 1, right: MAX_COL };
  const area = parseA1Range(address);
  if (!area) throw new OfficeError("InvalidArgument", `bad address ${address}`);
  return area;
}

function usedArea(s: FakeSheet, valuesOnly: boolean): Area | null {
  let area: Area | null = null;
  for (const [k, c] of s.cells) {
    if (isEmpty(c) && (valuesOnly || c.numFmt === "General")) continue;
    const [r, col] = k.split(",").map(Number);
    area = area
      ? {
          top: Math.min(area.top, r),
          left: Math.min(area.left, col),
          bottom: Math.max(area.bottom, r),
          right: Math.max(area.right, col),
        }
      : { top: r, left: col, bottom: r, right: col };
  }
  return area;
}

function intersects(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** Interprets one input as Excel does when it is typed (or set through values/formulas). */
function enter(cell: FakeCell, input: unknown): void {
  if (input === null || input === undefined) return; // null leaves the cell as it is
  delete cell.formula;
  delete cell.error;
  cell.value = null;
  if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
    return;
  }
  const s = String(input);
  if (s === "") return;
  if (cell.numFmt === "@") {
    cell.value = s;
    return;
  }
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(s)) cell.value = Number(s);
  else if (/^\d+(\.\d+)?%$/.test(s)) cell.value = Number(s.slice(0, -1)) / 100;
  else if (/^(true|false)$/i.test(s)) cell.value = s.toLowerCase() === "true";
  else if (ERRORS.includes(s.toUpperCase())) cell.error = s.toUpperCase();
  else if (/^[=+\-@]/.test(s) && s.length > 1) {
    cell.formula = s.slice(1);
    cell.value = 0;
  } else cell.value = s;
}

interface RangeSnapshot {
  isNullObject: boolean;
  area: Area | null;
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: string[][];
  valueTypes: string[][];
}

class FakeRange {
  private snap: RangeSnapshot | null = null;
  /** Range-level look properties loaded ("style", "format/font/bold" …): the shared value or null. */
  lookSnap: Map<string, unknown> | null = null;
  readonly format: FakeFormat;
  readonly conditionalFormats: FakeConditionalFormats;
  constructor(
    readonly ctx: FakeContext,
    readonly sheetRef: string,
    readonly area: () => Area | null,
  ) {
    this.format = new FakeFormat(this);
    this.conditionalFormats = new FakeConditionalFormats(this);
  }

  /** Runs `f` on every cell of the range (created when missing), refusing protected sheets. */
  forCells(write: boolean, f: (cell: FakeCell, r: number, c: number) => void): void {
    const s = this.ctx.sheet(this.sheetRef);
    if (write && s.protected) throw new OfficeError("AccessDenied", `${s.name} is protected`);
    const a = this.area();
    if (!a) throw new OfficeError("InvalidReference", "null range");
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        const k = key(r, c);
        const base = s.columnFormats[c] ?? {};
        // A cell Excel creates takes its column's format.
        const cell = s.cells.get(k) ?? { value: null, numFmt: "General", format: { ...base } };
        f(cell, r - a.top, c - a.left);
        if (
          isEmpty(cell) &&
          cell.numFmt === "General" &&
          cell.style === undefined &&
          sameFlat(cell.format, base)
        )
          s.cells.delete(k);
        else s.cells.set(k, cell);
      }
    }
  }

  private setMatrix(label: string, m: unknown[][], apply: (cell: FakeCell, v: unknown) => void): void {
    this.ctx.setters.push(label);
    this.ctx.enqueue(label, m, () => {
      const a = this.area();
      if (!a || m.length !== a.bottom - a.top + 1 || m.some((row) => row.length !== a.right - a.left + 1)) {
        throw new OfficeError("InvalidArgument", `${label}: matrix does not match the range`);
      }
      this.forCells(true, (cell, r, c) => apply(cell, m[r][c]));
    });
  }

  set values(m: unknown[][]) {
    this.setMatrix("values", m, enter);
  }
  set formulas(m: unknown[][]) {
    this.setMatrix("formulas", m, enter);
  }
  set formulasLocal(m: unknown[][]) {
    this.setMatrix("formulasLocal", m, enter);
  }
  set numberFormat(m: unknown[][]) {
    this.setMatrix("numberFormat", m, (cell, v) => {
      if (v !== null && v !== undefined) cell.numFmt = String(v);
    });
  }

  /** range.style (ExcelApi 1.7): the cells' shared style name (null when they differ), once loaded. */
  get style(): string {
    if (!this.lookSnap?.has("style")) notLoaded("range.style");
    return this.lookSnap.get("style") as string;
  }
  /** Gives every cell the named style. */
  set style(name: string) {
    this.ctx.setters.push("style");
    this.ctx.enqueue("style", name, () => {
      const st = styleNamed(this.ctx, name);
      this.forCells(true, (cell) => applyNamedStyle(cell, st));
    });
  }

  /** getCellProperties (ExcelApi 1.9): each cell's properties as `spec` asks, in `value` after the sync. */
  getCellProperties(spec: unknown): { readonly value: unknown[][] } {
    let value: unknown[][] | null = null;
    this.ctx.enqueue("getCellProperties", spec, () => {
      const s = this.ctx.sheet(this.sheetRef);
      const a = this.area();
      if (!a) throw new OfficeError("InvalidReference", "null range");
      const rows: unknown[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: unknown[] = [];
        for (let c = a.left; c <= a.right; c++)
          row.push(cellProperties(s.cells.get(key(r, c)), s.columnFormats[c] ?? {}, spec));
        rows.push(row);
      }
      this.ctx.answering += Buffer.byteLength(JSON.stringify(rows), "utf8");
      value = rows;
    });
    return {
      get value() {
        return value ?? notLoaded("cellProperties");
      },
    };
  }

  /** setCellProperties (ExcelApi 1.9): per cell, its style first, then the format properties given. */
  setCellProperties(m: unknown[][]): void {
    this.setMatrix("setCellProperties", m, (cell, v) =>
      setCellProps(cell, v, (name) => styleNamed(this.ctx, name)),
    );
  }

  clear(applyTo: string): void {
    this.ctx.enqueue("clear", applyTo, () =>
      this.forCells(true, (cell) => {
        if (applyTo === "Contents" || applyTo === "All") {
          cell.value = null;
          delete cell.formula;
          delete cell.error;
        }
        if (applyTo === "Formats" || applyTo === "All") {
          cell.numFmt = "General";
          cell.format = {};
          delete cell.style;
        }
      }),
    );
  }

  select(): void {
    this.ctx.enqueue("select", null, () => {
      const a = this.area();
      this.ctx.state.selection = a
        ? `${this.ctx.sheet(this.sheetRef).name}!${letters(a.left)}${a.top + 1}`
        : null;
    });
  }

  /** The shared value of a flat look property over the range ("style", "font.bold" …), or null. */
  sharedLook(name: string): unknown {
    const s = this.ctx.sheet(this.sheetRef);
    const a = this.area();
    if (!a) throw new OfficeError("InvalidReference", "null range");
    const vals: unknown[] = [];
    for (let r = a.top; r <= a.bottom; r++)
      for (let c = a.left; c <= a.right; c++)
        vals.push(effective(s.cells.get(key(r, c)), s.columnFormats[c] ?? {}, name));
    return shared(vals);
  }

  load(_props: string): void {
    const looks = _props.split(",").filter((p) => p === "style" || p.startsWith("format/"));
    if (looks.length > 0) {
      this.ctx.enqueue("range.load", _props, () => {
        this.lookSnap = new Map(
          looks.map((p) => [p, this.sharedLook(p.replace(/^format\//, "").replace(/\//g, "."))]),
        );
        this.ctx.answering += Buffer.byteLength(JSON.stringify([...this.lookSnap]), "utf8");
      });
      return;
    }
    this.ctx.enqueue("range.load", _props, () => {
      const s = this.ctx.sheet(this.sheetRef);
      const a = this.area();
      const snap: RangeSnapshot = {
        isNullObject: !a,
        area: a,
        address: "",
        values: [],
        formulas: [],
        numberFormat: [],
        valueTypes: [],
      };
      if (a) {
        snap.address = `'${s.name}'!${letters(a.left)}${a.top + 1}:${letters(a.right)}${a.bottom + 1}`;
        if (a.top === a.bottom && a.left === a.right)
          snap.address = `'${s.name}'!${letters(a.left)}${a.top + 1}`;
        const cells = (a.bottom - a.top + 1) * (a.right - a.left + 1);
        if (cells <= 5_000_000) {
          for (let r = a.top; r <= a.bottom; r++) {
            const vals: unknown[] = [];
            const fs: unknown[] = [];
            const nf: string[] = [];
            const vt: string[] = [];
            for (let c = a.left; c <= a.right; c++) {
              const cell = s.cells.get(key(r, c));
              nf.push(cell?.numFmt ?? "General");
              if (!cell || isEmpty(cell)) {
                vals.push("");
                fs.push("");
                vt.push("Empty");
              } else if (cell.formula !== undefined) {
                vals.push(cell.value);
                fs.push(`=${cell.formula}`);
                vt.push(typeof cell.value === "number" ? "Double" : "String");
              } else if (cell.error !== undefined) {
                vals.push(cell.error);
                fs.push(cell.error);
                vt.push("Error");
              } else {
                vals.push(cell.value);
                fs.push(cell.value);
                vt.push(
                  typeof cell.value === "number"
                    ? "Double"
                    : typeof cell.value === "boolean"
                      ? "Boolean"
                      : "String",
                );
              }
            }
            snap.values.push(vals);
            snap.formulas.push(fs);
            snap.numberFormat.push(nf);
            snap.valueTypes.push(vt);
          }
        }
      }
      this.snap = snap;
    });
  }

  private loaded(): RangeSnapshot {
    return this.snap ?? notLoaded("range");
  }
  get isNullObject(): boolean {
    return this.loaded().isNullObject;
  }
  get rowIndex(): number {
    return this.loaded().area?.top ?? 0;
  }
  get columnIndex(): number {
    return this.loaded().area?.left ?? 0;
  }
  get address(): string {
    return this.loaded().address;
  }
  get values(): unknown[][] {
    return this.loaded().values;
  }
  get formulas(): unknown[][] {
    return this.loaded().formulas;
  }
  get numberFormat(): unknown[][] {
    return this.loaded().numberFormat;
  }
  get valueTypes(): string[][] {
    return this.loaded().valueTypes;
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this);
  }
}

class FakeRangeAreas {
  private items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] | null =
    null;
  constructor(private readonly range: FakeRange) {}
  load(_props: string): void {
    this.range.ctx.enqueue("mergedAreas.load", _props, () => {
      const a = this.range.area();
      const s = this.range.ctx.sheet(this.range.sheetRef);
      this.items = a
        ? s.merges
            .filter((m) => intersects(m, a))
            .map((m) => ({
              rowIndex: m.top,
              columnIndex: m.left,
              rowCount: m.bottom - m.top + 1,
              columnCount: m.right - m.left + 1,
            }))
        : [];
    });
  }
  get isNullObject(): boolean {
    return (this.items ?? notLoaded("mergedAreas")).length === 0;
  }
  get areas(): { items: NonNullable<FakeRangeAreas["items"]> } {
    return { items: this.items ?? notLoaded("mergedAreas") };
  }
}

/** range.format with font and fill: every property set is recorded on each cell of the range. */
class FakeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown> & { clear: () => void };
  constructor(private readonly range: FakeRange) {
    this.font = this.recorder("font.");
    const fill = this.recorder("fill.") as Record<string, unknown> & { clear: () => void };
    Object.defineProperty(fill, "clear", {
      value: () =>
        range.ctx.enqueue("fill.clear", null, () => range.forCells(true, (c) => clearFill(c.format))),
    });
    this.fill = fill;
  }
  private recorder(prefix: string): Record<string, unknown> {
    return new Proxy({} as Record<string, unknown>, {
      set: (_t, prop, value) => {
        this.set(`${prefix}${String(prop)}`, value);
        return true;
      },
      get: (t, prop) =>
        typeof prop === "string" && !(prop in t) ? this.loaded(`${prefix}${prop}`) : Reflect.get(t, prop),
    });
  }
  /** A range-level property loaded through range.load("format/…"). */
  private loaded(name: string): unknown {
    const v = this.range.lookSnap?.get(`format/${name.replace(/\./g, "/")}`);
    return v === undefined ? notLoaded(`format.${name}`) : v;
  }
  get protection(): { readonly locked: unknown; readonly formulaHidden: unknown } {
    return {
      locked: this.loaded("protection.locked"),
      formulaHidden: this.loaded("protection.formulaHidden"),
    };
  }
  get horizontalAlignment(): string {
    return this.loaded("horizontalAlignment") as string;
  }
  get verticalAlignment(): string {
    return this.loaded("verticalAlignment") as string;
  }
  get wrapText(): boolean {
    return this.loaded("wrapText") as boolean;
  }
  get indentLevel(): number {
    return this.loaded("indentLevel") as number;
  }
  /** range.format.borders: loaded items with each side's shared style, colour and weight. */
  get borders(): { load: (p: string) => void; readonly items: unknown[] } {
    const range = this.range;
    let items: unknown[] | null = null;
    return {
      load: (p: string) =>
        range.ctx.enqueue("borders.load", p, () => {
          const s = range.ctx.sheet(range.sheetRef);
          const a = range.area();
          if (!a) throw new OfficeError("InvalidReference", "null range");
          items = rangeBorders(
            ((r: number, c: number, k: string) =>
              effective(s.cells.get(key(r, c)), s.columnFormats[c] ?? {}, k)) as never,
            a,
          );
          range.ctx.answering += Buffer.byteLength(JSON.stringify(items), "utf8");
        }),
      get items() {
        return items ?? notLoaded("borders.items");
      },
    };
  }
  private set(name: string, value: unknown): void {
    // Excel's default look is no formatting at all: a property set to its default is not kept.
    this.range.ctx.enqueue(`format.${name}`, value, () =>
      this.range.forCells(true, (c) =>
        name === "fill.color" ? fillColor(c.format, value) : setFlat(c.format, name, value),
      ),
    );
  }
  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment", v);
  }
  set wrapText(v: boolean) {
    this.set("wrapText", v);
  }
  set verticalAlignment(v: string) {
    this.set("verticalAlignment", v);
  }
  set rowHeight(v: number) {
    this.range.ctx.enqueue("rowHeight", v, () => {
      const a = this.range.area();
      if (!a) return;
      const s = this.range.ctx.sheet(this.range.sheetRef);
      for (let r = a.top; r <= a.bottom; r++) s.rowHeights[r] = v;
    });
  }
  set columnWidth(v: number) {
    this.range.ctx.enqueue("columnWidth", v, () => {
      const a = this.range.area();
      if (!a) return;
      const s = this.range.ctx.sheet(this.range.sheetRef);
      for (let c = a.left; c <= a.right; c++) s.columnWidths[c] = v;
    });
  }
}

class FakeConditionalFormat {
  target: FakeCF | null = null;
  private loadedType: string | null = null;
  private loadedFormula: string | null = null;
  readonly custom: {
    rule: { formula: string; load: (p: string) => void };
    format: { fill: { color: string }; font: { color: string } };
  };
  constructor(
    private readonly range: FakeRange,
    target: FakeCF | null,
  ) {
    this.target = target;
    const ctx = range.ctx;
    const self = this;
    const setter = (label: string, apply: (cf: FakeCF, v: string) => void) => (v: string) =>
      ctx.enqueue(label, v, () => {
        if (!self.target) throw new OfficeError("InvalidOperation", "no conditional format");
        apply(self.target, v);
      });
    const setFormula = setter("cf.formula", (cf, v) => (cf.formula = v));
    const setFill = setter("cf.fill", (cf, v) => (cf.fill = v));
    const setFont = setter("cf.font", (cf, v) => (cf.font = v));
    this.custom = {
      rule: {
        get formula() {
          return self.loadedFormula ?? notLoaded("cf.formula");
        },
        set formula(v: string) {
          setFormula(v);
        },
        load: () =>
          ctx.enqueue("cf.rule.load", null, () => (self.loadedFormula = self.target?.formula ?? null)),
      },
      format: {
        fill: {
          get color() {
            return notLoaded("cf.fill");
          },
          set color(v: string) {
            setFill(v);
          },
        },
        font: {
          get color() {
            return notLoaded("cf.font");
          },
          set color(v: string) {
            setFont(v);
          },
        },
      },
    };
  }
  snapshotType(): void {
    this.loadedType = this.target?.type ?? null;
  }
  get type(): string {
    return this.loadedType ?? notLoaded("cf.type");
  }
  getRange(): FakeRange {
    return new FakeRange(this.range.ctx, this.range.sheetRef, () => this.target?.area ?? null);
  }
  delete(): void {
    this.range.ctx.enqueue("cf.delete", null, () => {
      const s = this.range.ctx.sheet(this.range.sheetRef);
      if (!this.target || !s.cfs.includes(this.target))
        throw new OfficeError("ItemNotFound", "conditional format");
      s.cfs = s.cfs.filter((f) => f !== this.target);
    });
  }
}

class FakeConditionalFormats {
  private loadedItems: FakeConditionalFormat[] | null = null;
  constructor(private readonly range: FakeRange) {}
  add(type: string): FakeConditionalFormat {
    const cf = new FakeConditionalFormat(this.range, null);
    this.range.ctx.enqueue("conditionalFormats.add", type, () => {
      const s = this.range.ctx.sheet(this.range.sheetRef);
      if (s.protected) throw new OfficeError("AccessDenied", `${s.name} is protected`);
      const a = this.range.area();
      if (!a) throw new OfficeError("InvalidReference", "null range");
      const target: FakeCF = {
        id: this.range.ctx.state.nextId++,
        area: { ...a },
        type,
        formula: "",
        fill: "",
        font: "",
      };
      s.cfs.push(target);
      cf.target = target;
    });
    return cf;
  }
  load(_props: string): void {
    this.range.ctx.enqueue("conditionalFormats.load", _props, () => {
      const s = this.range.ctx.sheet(this.range.sheetRef);
      const a = this.range.area();
      this.loadedItems = s.cfs
        .filter((f) => a && intersects(f.area, a))
        .map((f) => {
          const cf = new FakeConditionalFormat(this.range, f);
          cf.snapshotType();
          return cf;
        });
    });
  }
  get items(): FakeConditionalFormat[] {
    return this.loadedItems ?? notLoaded("conditionalFormats.items");
  }
}

/** The value a test expects in a grid cell. */
export function valueAt(state: FakeState, sheet: string, row: number, col: number): CellValue | undefined {
  const c = state.sheets.find((s) => s.name === sheet)?.cells.get(key(row, col));
  if (!c) return undefined;
  return c.error !== undefined ? { error: c.error } : c.value;
}

export function cellOf(state: FakeState, sheet: string, row: number, col: number): FakeCell | undefined {
  return state.sheets.find((s) => s.name === sheet)?.cells.get(key(row, col));
}

/**
 * Reads one worksheet part into a Grid, the way the ExcelJS reader did (see ../xlsx/readXlsx.ts for
 * the cell mapping), and keeps what patching the part later needs: where each row is in the text,
 * shared-formula groups, and the number format of styled empty cells (for the revert record).
 */
import { parseA1, parseA1Range } from "../../core/cellRef";
import type { Area, Cell, CellValue, Grid } from "../../core/grid";
import { slideFormula } from "./sharedFormula";
import type { Styles } from "./styles";
import { attr, decodeOoxmlEscapes, decodeXml, element, elements, itemText, rootPrefix } from "./xml";

/** Where a row is in the part's text. */
export interface RowSlot {
  /** 0-based row index. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** Offset just after the row's start tag. */
  readonly tagEnd: number;
  readonly hasR: boolean;
  /** The row's own style, when it sets one (customFormat="1"). */
  readonly style?: number;
}

export interface SharedGroup {
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  /** Cells that use the group's formula, other than its master. */
  readonly dependents: { row: number; col: number }[];
}

export interface SheetScan {
  readonly xml: string;
  readonly prefix: string;
  /** Offsets of sheetData's content; sheetDataSelfClosing when written `<sheetData/>`. */
  readonly dataStart: number;
  readonly dataEnd: number;
  readonly selfClosing: boolean;
  readonly rows: readonly RowSlot[];
  readonly shared: ReadonlyMap<string, SharedGroup>;
  /** Column styles from `<cols>`: [min, max, style] 0-based inclusive. */
  readonly colStyles: readonly (readonly [number, number, number])[];
}

export interface ReadContext {
  readonly strings: readonly string[];
  readonly styles: Styles;
  readonly date1904: boolean;
}

export interface SheetRead {
  readonly grid: Grid;
  readonly scan: SheetScan;
  /** Number formats of cells that hold nothing but a format, by row then column. */
  readonly emptyFormats: Map<number, Map<number, string>>;
}

const MS_PER_DAY = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const CELL_ATTR_RE = /(?:^|\s)([rst])\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The r, s and t attributes of a `<c>` start tag, in one pass (every cell of every sheet comes here). */
function cellAttrs(a: string): { r?: string; s?: string; t?: string } {
  const out: { r?: string; s?: string; t?: string } = {};
  CELL_ATTR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CELL_ATTR_RE.exec(a))) out[m[1] as "r" | "s" | "t"] = m[2] ?? m[3];
  return out;
}

const ROW_RE = /<(?:[\w.-]+:)?row\b([^>]*?)(\/>|>)/g;
const ROW_END_RE = /<\/(?:[\w.-]+:)?row\s*>/g;
export const CELL_RE = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?c>)/g;
const F_RE = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?f>)/;
const V_RE = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/;
const IS_RE = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;

/** Rows of sheetData, with their positions; `from`/`to` bound sheetData's content. */
export function scanRows(xml: string, from: number, to: number): RowSlot[] {
  const rows: RowSlot[] = [];
  ROW_RE.lastIndex = from;
  let next = 0;
  let m: RegExpExecArray | null;
  while ((m = ROW_RE.exec(xml)) && m.index < to) {
    const a = m[1];
    const r = attr(a, "r");
    const index = r !== undefined ? Number(r) - 1 : next;
    const tagEnd = ROW_RE.lastIndex;
    let end = tagEnd;
    if (m[2] === ">") {
      ROW_END_RE.lastIndex = tagEnd;
      const e = ROW_END_RE.exec(xml);
      end = e ? e.index + e[0].length : to;
      ROW_RE.lastIndex = end;
    }
    const custom = attr(a, "customFormat");
    const s = attr(a, "s");
    const style = (custom === "1" || custom === "true") && s !== undefined ? Number(s) : undefined;
    rows.push({
      index,
      start: m.index,
      end,
      tagEnd,
      hasR: r !== undefined,
      ...(style !== undefined ? { style } : {}),
    });
    next = index + 1;
  }
  return rows;
}

function colStylesOf(xml: string, before: number): [number, number, number][] {
  const cols = element(xml.slice(0, before), "cols");
  if (!cols) return [];
  return elements(cols.inner, "col")
    .map((c): [number, number, number] => [
      Number(attr(c.tag, "min")) - 1,
      Number(attr(c.tag, "max")) - 1,
      Number(attr(c.tag, "style") ?? 0),
    ])
    .filter(([a, b, s]) => Number.isInteger(a) && Number.isInteger(b) && s > 0);
}

function scalarOf(t: string | undefined, v: string | undefined, inner: string, ctx: ReadContext): CellValue {
  switch (t) {
    case "s": {
      const s = v === undefined ? undefined : ctx.strings[Number(v)];
      return s ?? null;
    }
    case "str":
      return v === undefined ? null : decodeOoxmlEscapes(decodeXml(v));
    case "inlineStr": {
      const is = IS_RE.exec(inner);
      return is ? itemText(is[1]) : v === undefined ? null : decodeXml(v);
    }
    case "b":
      return v === undefined ? null : v.trim() === "1" || v.trim() === "true";
    case "e":
      return v === undefined ? null : { error: decodeXml(v).trim() };
    case "d": {
      if (v === undefined) return null;
      const ms = Date.parse(decodeXml(v).trim());
      if (Number.isNaN(ms)) return decodeXml(v);
      return Number(((ms - (ctx.date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY).toPrecision(15));
    }
    default: {
      if (v === undefined) return null;
      const n = Number(v);
      return v.trim() !== "" && Number.isFinite(n) ? n : decodeXml(v);
    }
  }
}

/** Reads a worksheet part. `xml` is the whole part. */
export function readSheet(name: string, xml: string, ctx: ReadContext): SheetRead {
  const prefix = rootPrefix(xml);
  const sd = /<(?:[\w.-]+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  let dataStart = xml.length;
  let dataEnd = xml.length;
  let selfClosing = false;
  if (sd) {
    dataStart = sd.index + sd[0].length;
    if (sd[1] === "/") {
      selfClosing = true;
      dataEnd = dataStart;
    } else {
      const close = /<\/(?:[\w.-]+:)?sheetData\s*>/g;
      close.lastIndex = dataStart;
      dataEnd = close.exec(xml)?.index ?? xml.length;
    }
  }
  const after = sd ? xml.slice(dataEnd) : "";
  const merges: Area[] = [];
  const mc = element(after, "mergeCells");
  if (mc)
    for (const e of elements(mc.inner, "mergeCell")) {
      const a = parseA1Range(attr(e.tag, "ref") ?? "");
      if (a) merges.push(a);
    }
  const covered = new Map<number, Area[]>();
  for (const a of merges) {
    if (a.top === a.bottom && a.left === a.right) continue;
    for (let r = a.top; r <= a.bottom; r++) {
      const list = covered.get(r);
      if (list) list.push(a);
      else covered.set(r, [a]);
    }
  }
  const prot = element(after, "sheetProtection");
  const sheetAttr = prot ? attr(prot.tag, "sheet") : undefined;

  const slots = sd ? scanRows(xml, dataStart, dataEnd) : [];
  const rows: (Cell | undefined)[][] = [];
  const shared = new Map<string, SharedGroup>();
  const emptyFormats = new Map<number, Map<number, string>>();
  for (const slot of slots) {
    if (slot.end === slot.tagEnd) continue;
    const r = slot.index;
    const inRow = covered.get(r);
    const cells: (Cell | undefined)[] = rows[r] ?? [];
    CELL_RE.lastIndex = slot.tagEnd;
    let nextCol = 0;
    let m: RegExpExecArray | null;
    while ((m = CELL_RE.exec(xml)) && m.index < slot.end) {
      const a = m[1];
      const inner = m[2] ?? "";
      const { r: ref, s: style, t: type } = cellAttrs(a);
      const pos = ref !== undefined ? parseA1(ref) : undefined;
      const c = pos ? pos.col : nextCol;
      nextCol = c + 1;
      if (inRow && inRow.some((x) => c >= x.left && c <= x.right && (r !== x.top || c !== x.left))) continue;
      const numFmt = style === undefined ? undefined : ctx.styles.numFmtOf(Number(style));
      let formula: string | undefined;
      let value: CellValue = null;
      if (inner !== "") {
        const f = F_RE.exec(inner);
        if (f) {
          const ft = attr(f[1], "t");
          const si = attr(f[1], "si");
          const text = f[2] !== undefined ? decodeXml(f[2]) : "";
          if (ft === "shared" && si !== undefined) {
            if (text !== "") {
              formula = text;
              shared.set(si, { row: r, col: c, formula: text, dependents: [] });
            } else {
              const g = shared.get(si);
              if (g) {
                formula = slideFormula(g.formula, r - g.row, c - g.col);
                g.dependents.push({ row: r, col: c });
              }
            }
          } else if (text !== "") formula = text;
        }
        const v = V_RE.exec(inner);
        value = scalarOf(type, v?.[1], inner, ctx);
      }
      // Built once, in the order value, formula, numFmt (the reader's documented shape).
      let cell: Cell;
      if (formula !== undefined) cell = numFmt ? { value, formula, numFmt } : { value, formula };
      else if (value !== null) cell = numFmt ? { value, numFmt } : { value };
      else {
        if (numFmt) {
          const byCol = emptyFormats.get(r) ?? new Map<number, string>();
          byCol.set(c, numFmt);
          emptyFormats.set(r, byCol);
        }
        continue;
      }
      cells[c] = cell;
    }
    if (cells.length > 0) rows[r] = cells;
  }
  const dense: (Cell | undefined)[][] = Array.from({ length: rows.length }, (_, i) => rows[i] ?? []);
  const grid: Grid = {
    name,
    rows: dense,
    merges,
    hidden: false,
    protected: sheetAttr === "1" || sheetAttr === "true",
  };
  const scan: SheetScan = {
    xml,
    prefix,
    dataStart,
    dataEnd,
    selfClosing,
    rows: slots,
    shared,
    colStyles: sd ? colStylesOf(xml, sd.index) : [],
  };
  return { grid, scan, emptyFormats };
}

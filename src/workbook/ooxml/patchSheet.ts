/**
 * Rewrites a worksheet part with some cells replaced and conditional formats added or removed.
 * Rows the edit does not touch are copied as text, unparsed; a touched row is rebuilt cell by cell
 * in column order. Everything outside sheetData (views, validations, drawings, page setup) stays.
 */
import { a1, a1Range, parseA1, parseA1Range } from "../../core/cellRef";
import type { Area, CellValue } from "../../core/grid";
import type { Borrow } from "../../core/plan/writePlan";
import { colStyle, scanCell } from "./scanCell";
import { CELL_RE, type RowSlot, type SheetScan } from "./readSheet";
import type { StyleEdit, Styles } from "./styles";
import { worksheetChildrenAfter } from "./schemaOrder";
import { childElements, isMainNs, rootElement, type NsScope } from "./children";
import { attr, decodeXml, element, elements, encodeCellText, encodeXml, removeAttr, setAttr } from "./xml";

/** What a cell holds after the edit. */
export type CellContent =
  | { readonly kind: "formula"; readonly formula: string; readonly value: CellValue }
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "value"; readonly value: CellValue }
  /** Keep the value; give the cell its own formula text (a detached shared-formula dependent). */
  | { readonly kind: "formulaText"; readonly formula: string };

export interface CellEdit {
  /** undefined: clear the cell's content (its style stays unless `style` says otherwise). */
  readonly content: CellContent | undefined;
  readonly style?: StyleEdit;
  /** The cell whose style or borders this one takes (see Borrow in core/plan/writePlan). */
  readonly borrow?: Borrow;
  /** Revert: exactly this style index, instead of `style`. */
  readonly styleIndex?: number;
  /** Revert: the cell had no element (drop it), or its row had none either (drop the row once it is empty). */
  readonly absent?: "cell" | "row";
}

export interface FormatRule {
  readonly area: Area;
  /** Without "=". */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

export interface SheetEdit {
  /** By row, then column (0-based). */
  readonly cells: Map<number, Map<number, CellEdit>>;
  /** Filled while the change is built, hence mutable. */
  readonly addFormats: FormatRule[];
  readonly removeFormats: { area: Area; formula: string }[];
  /** Revert: the dimension's ref as it was (null: the part had none), instead of extending it. */
  dimension?: string | null;
}

/** Elements that follow conditionalFormatting in a worksheet (schema order). */
const AFTER_CF = worksheetChildrenAfter("conditionalFormatting");

function valueXml(p: string, v: CellValue, asFormulaResult: boolean): { t: string; body: string } {
  if (v === null || v === undefined) return { t: "", body: "" };
  if (typeof v === "number") return { t: "", body: `<${p}v>${String(v)}</${p}v>` };
  if (typeof v === "boolean") return { t: ' t="b"', body: `<${p}v>${v ? 1 : 0}</${p}v>` };
  if (typeof v === "object") return { t: ' t="e"', body: `<${p}v>${encodeXml(v.error)}</${p}v>` };
  if (asFormulaResult) return { t: ' t="str"', body: `<${p}v>${encodeCellText(v)}</${p}v>` };
  return {
    t: ' t="inlineStr"',
    body: `<${p}is><${p}t xml:space="preserve">${encodeCellText(v)}</${p}t></${p}is>`,
  };
}

/** The `<c>` element for a cell. `old` is the cell's current element, when it has one. */
export function cellXml(
  p: string,
  ref: string,
  s: number,
  content: CellContent | undefined,
  old?: string,
): string {
  const sAttr = s > 0 ? ` s="${s}"` : "";
  if (!content) return s > 0 ? `<${p}c r="${ref}"${sAttr}/>` : "";
  switch (content.kind) {
    case "formula": {
      const f = `<${p}f>${encodeXml(content.formula)}</${p}f>`;
      const v = valueXml(p, content.value, true);
      return `<${p}c r="${ref}"${sAttr}${v.t}>${f}${v.body}</${p}c>`;
    }
    case "text": {
      const v = valueXml(p, content.text, false);
      return `<${p}c r="${ref}"${sAttr}${v.t}>${v.body}</${p}c>`;
    }
    case "value": {
      const v = valueXml(p, content.value, false);
      return `<${p}c r="${ref}"${sAttr}${v.t}>${v.body}</${p}c>`;
    }
    case "formulaText": {
      const f = `<${p}f>${encodeXml(content.formula)}</${p}f>`;
      const src = old ?? `<${p}c r="${ref}"/>`;
      const replaced = src.replace(/<(?:[\w.-]+:)?f\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?f>)/, f);
      return replaced;
    }
  }
}

interface OldCell {
  readonly col: number;
  readonly xml: string;
  readonly s: number;
}

function oldCells(xml: string, slot: RowSlot): OldCell[] {
  const out: OldCell[] = [];
  CELL_RE.lastIndex = slot.tagEnd;
  let next = 0;
  let m: RegExpExecArray | null;
  while ((m = CELL_RE.exec(xml)) && m.index < slot.end) {
    const ref = attr(m[1], "r");
    const col = (ref !== undefined ? parseA1(ref)?.col : undefined) ?? next;
    next = col + 1;
    let cx = m[0];
    if (ref === undefined) cx = cx.replace(/^(<(?:[\w.-]+:)?c)\b/, `$1 r="${a1(slot.index, col)}"`);
    out.push({ col, xml: cx, s: Number(attr(m[1], "s") ?? 0) });
  }
  return out;
}

/** The style index a cell edit gives, from the cell's current style `base`. */
function editedStyle(scan: SheetScan, styles: Styles, base: number, e: CellEdit): number {
  if (e.styleIndex !== undefined) return e.styleIndex;
  if (!e.borrow) return e.style ? styles.derive(base, e.style) : base;
  const from = scanCell(scan, e.borrow.row, e.borrow.col).s;
  if (e.borrow.part === "borders") return styles.derive(base, { ...e.style, bordersOf: from });
  // The table's header look, whole, where its header has one; the plan's look where it has none.
  if (from > 0) return e.style?.numFmt ? styles.derive(from, { numFmt: e.style.numFmt }) : from;
  return e.style ? styles.derive(base, e.style) : base;
}

function rowXml(
  scan: SheetScan,
  styles: Styles,
  index: number,
  slot: RowSlot | undefined,
  edits: Map<number, CellEdit>,
): string {
  const p = scan.prefix;
  const olds = slot && slot.end > slot.tagEnd ? oldCells(scan.xml, slot) : [];
  const byCol = new Map(olds.map((o) => [o.col, o]));
  const cols = [...new Set([...olds.map((o) => o.col), ...edits.keys()])].sort((a, b) => a - b);
  let body = "";
  for (const c of cols) {
    const e = edits.get(c);
    const old = byCol.get(c);
    if (!e) {
      body += old!.xml;
      continue;
    }
    if (e.absent) continue;
    const baseStyle = old ? old.s : (slot?.style ?? colStyle(scan, c));
    body += cellXml(p, a1(index, c), editedStyle(scan, styles, baseStyle, e), e.content, old?.xml);
  }
  // A row a run created, left with no cell: it goes too.
  if (body === "" && [...edits.values()].every((e) => e.absent === "row")) return "";
  let tag = slot ? scan.xml.slice(slot.start, slot.tagEnd) : `<${p}row>`;
  if (tag.endsWith("/>")) tag = tag.slice(0, -2).trimEnd() + ">";
  tag = setAttr(removeAttr(tag, "spans"), "r", String(index + 1));
  return `${tag}${body}</${p}row>`;
}

function cfXml(p: string, rule: FormatRule, dxf: number, priority: number): string {
  const { top, left, bottom, right } = rule.area;
  const ref = top === bottom && left === right ? a1(top, left) : a1Range(top, left, bottom, right);
  return (
    `<${p}conditionalFormatting sqref="${ref}"><${p}cfRule type="expression" dxfId="${dxf}" priority="${priority}">` +
    `<${p}formula>${encodeXml(rule.formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`
  );
}

function sameArea(sqref: string, area: Area): boolean {
  const a = parseA1Range(sqref.trim());
  return (
    !!a && a.top === area.top && a.left === area.left && a.bottom === area.bottom && a.right === area.right
  );
}

function ruleFormula(cfRuleInner: string): string {
  const f = element(cfRuleInner, "formula");
  return f ? f.inner.replace(/^=/, "") : "";
}

/**
 * The part after sheetData with formats removed and added. Only the worksheet's own children count:
 * an `<x14:conditionalFormatting>` inside `<extLst>` is another namespace's element, and ours must
 * go in the main sequence before dataValidations … extLst (CT_Worksheet order).
 */
function patchTail(tail: string, scope: NsScope, p: string, edit: SheetEdit, styles: Styles): string {
  // The tail starts with sheetData's end tag (unless sheetData was empty): children begin after it.
  const from = /^<\/(?:[\w.-]+:)?sheetData\s*>/.exec(tail)?.[0].length ?? 0;
  const kids = (text: string) => childElements(text, from, scope).filter((c) => isMainNs(c.ns));
  const formats = (text: string) => kids(text).filter((c) => c.local === "conditionalFormatting");
  let out = tail;
  if (edit.removeFormats.length > 0) {
    for (const cf of formats(out).reverse()) {
      const sqref = attr(cf.tag, "sqref") ?? "";
      const rules = elements(cf.inner, "cfRule");
      const keep = rules.filter((r) => {
        const formula = decodeXml(ruleFormula(r.inner));
        return !edit.removeFormats.some((x) => x.formula === formula && sameArea(sqref, x.area));
      });
      if (keep.length === rules.length) continue;
      const replacement =
        keep.length === 0
          ? ""
          : cf.tag +
            keep.map((r) => cf.inner.slice(r.start, r.end)).join("") +
            `</${p}conditionalFormatting>`;
      out = out.slice(0, cf.start) + replacement + out.slice(cf.end);
    }
  }
  const existing = formats(out);
  const add = edit.addFormats.filter(
    (rule) =>
      !existing.some(
        (cf) =>
          sameArea(attr(cf.tag, "sqref") ?? "", rule.area) &&
          elements(cf.inner, "cfRule").some((r) => decodeXml(ruleFormula(r.inner)) === rule.formula),
      ),
  );
  if (add.length === 0) return out;
  // Priorities are shared with the x14 formats in extLst; counting theirs too keeps ours distinct.
  let priority = 0;
  const pr = /<(?:[\w.-]+:)?cfRule\b[^>]*?\spriority\s*=\s*["'](\d+)["']/g;
  let m: RegExpExecArray | null;
  while ((m = pr.exec(out))) priority = Math.max(priority, Number(m[1]));
  const xml = add
    .map((rule) => cfXml(p, rule, styles.addDxf(rule.fill, rule.fontColor), ++priority))
    .join("");
  const lastCf = existing[existing.length - 1];
  let at: number;
  if (lastCf) at = lastCf.end;
  else {
    const later = kids(out).find((c) => AFTER_CF.has(c.local));
    at = later ? later.start : out.search(/<\/(?:[\w.-]+:)?worksheet\s*>\s*$/);
    if (at < 0) at = out.length;
  }
  return out.slice(0, at) + xml + out.slice(at);
}

function extendDimension(head: string, edit: SheetEdit): string {
  const dim = element(head, "dimension");
  if (dim && edit.dimension !== undefined)
    return edit.dimension === null
      ? head.slice(0, dim.start) + head.slice(dim.end)
      : head.slice(0, dim.start) + setAttr(dim.tag, "ref", edit.dimension) + head.slice(dim.end);
  if (!dim || edit.cells.size === 0) return head;
  const area = parseA1Range(attr(dim.tag, "ref") ?? "");
  if (!area) return head;
  let { top, left, bottom, right } = area;
  for (const [r, cols] of edit.cells)
    for (const c of cols.keys()) {
      top = Math.min(top, r);
      bottom = Math.max(bottom, r);
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  const ref = top === bottom && left === right ? a1(top, left) : a1Range(top, left, bottom, right);
  return head.slice(0, dim.start) + setAttr(dim.tag, "ref", ref) + head.slice(dim.end);
}

/** The worksheet part after `edit`. */
export function patchSheet(scan: SheetScan, edit: SheetEdit, styles: Styles): string {
  const { xml, prefix: p } = scan;
  const scope = rootElement(xml)?.scope ?? new Map<string, string>();
  const editRows = [...edit.cells.keys()].sort((a, b) => a - b);
  const allR = scan.rows.some((r) => !r.hasR);
  const parts: string[] = [];
  let cursor = scan.dataStart;
  let e = 0;
  const flushNew = (before: number) => {
    while (e < editRows.length && editRows[e] < before) {
      const r = editRows[e++];
      parts.push(rowXml(scan, styles, r, undefined, edit.cells.get(r)!));
    }
  };
  for (const slot of scan.rows) {
    const cells = edit.cells.get(slot.index);
    if (!cells && !allR && !(e < editRows.length && editRows[e] < slot.index)) continue;
    parts.push(xml.slice(cursor, slot.start));
    flushNew(slot.index);
    if (cells) {
      parts.push(rowXml(scan, styles, slot.index, slot, cells));
      if (editRows[e] === slot.index) e++;
    } else {
      const tag = setAttr(xml.slice(slot.start, slot.tagEnd), "r", String(slot.index + 1));
      parts.push(tag + xml.slice(slot.tagEnd, slot.end));
    }
    cursor = slot.end;
  }
  parts.push(xml.slice(cursor, scan.dataEnd));
  flushNew(Infinity);
  const data = parts.join("");
  const head = extendDimension(xml.slice(0, scan.dataStart), edit);
  if (scan.selfClosing) {
    const open = head.replace(/<((?:[\w.-]+:)?sheetData\b[^>]*?)\s*\/>$/, "<$1>");
    return open + data + `</${p}sheetData>` + patchTail(xml.slice(scan.dataEnd), scope, p, edit, styles);
  }
  return head + data + patchTail(xml.slice(scan.dataEnd), scope, p, edit, styles);
}

/**
 * The workbook's styles part: number formats of cell styles (for reading) and new cell styles
 * derived from existing ones (for writing). A derived style keeps everything of its base (font
 * face, borders, protection) and changes only what the edit names, as ExcelJS's style patching did.
 */
import { childElements, isMainNs, mainChild, rootElement } from "./children";
import { attr, element, elements, encodeXml, removeAttr, rootPrefix, setAttr } from "./xml";

/** Built-in number formats (ids below 164 that a file may use without declaring them). */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  // zh-CN built-ins: dates and times as a Chinese Excel shows them.
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: "m-d-yy",
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** What a written cell's style changes; omitted parts keep the base style's. */
export interface StyleEdit {
  /** Start from the workbook's default style instead of the cell's own. */
  readonly reset?: boolean;
  /** A number format code; "General" clears it. */
  readonly numFmt?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
  /** Font colour, ARGB. */
  readonly color?: string;
  /** Solid fill colour, ARGB. */
  readonly fill?: string;
  readonly wrapText?: boolean;
  readonly vertical?: "top" | "middle" | "center";
  /** A named cell style (cellStyles) the cell belongs to, created once with `fill` as its look. */
  readonly styleName?: string;
  /** Take the borders of this cell style (an appended column continuing the table's grid). */
  readonly bordersOf?: number;
}

const FONT_ORDER = [
  "b",
  "i",
  "strike",
  "condense",
  "extend",
  "outline",
  "shadow",
  "u",
  "vertAlign",
  "sz",
  "color",
  "name",
  "family",
  "charset",
  "scheme",
];

/** Where a missing collection goes: before the first of these children of styleSheet. */
const STYLE_SHEET_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  "</styleSheet>";

interface Collection {
  /** Local name of the collection and of its items. */
  readonly name: string;
  readonly item: string;
  /** Item elements as text. */
  readonly items: string[];
  /** How many items the file had; more means changed. */
  readonly original: number;
}

export class Styles {
  private xml: string;
  private readonly pfx: string;
  private readonly numFmts = new Map<number, string>();
  private readonly collections: Record<
    "numFmts" | "fonts" | "fills" | "cellStyleXfs" | "cellXfs" | "cellStyles" | "dxfs",
    Collection
  >;
  private readonly derived = new Map<string, number>();
  private readonly fmtOfXf: (string | undefined)[];

  constructor(xml: string | undefined) {
    this.xml = xml ?? MINIMAL_STYLES;
    this.pfx = rootPrefix(this.xml);
    const read = (name: string, item: string): Collection => {
      const el = mainChild(this.xml, name);
      const items = el ? elements(el.inner, item).map((e) => el.inner.slice(e.start, e.end)) : [];
      return { name, item, items, original: items.length };
    };
    this.collections = {
      numFmts: read("numFmts", "numFmt"),
      fonts: read("fonts", "font"),
      fills: read("fills", "fill"),
      cellStyleXfs: read("cellStyleXfs", "xf"),
      cellXfs: read("cellXfs", "xf"),
      cellStyles: read("cellStyles", "cellStyle"),
      dxfs: read("dxfs", "dxf"),
    };
    for (const nf of this.collections.numFmts.items) {
      const id = Number(attr(nf, "numFmtId"));
      const code = attr(nf, "formatCode");
      if (Number.isInteger(id) && code !== undefined) this.numFmts.set(id, code);
    }
    if (this.collections.cellXfs.items.length === 0) this.collections.cellXfs.items.push(`<${this.pfx}xf/>`);
    if (this.collections.fonts.items.length === 0)
      this.collections.fonts.items.push(`<${this.pfx}font><${this.pfx}sz val="11"/></${this.pfx}font>`);
    this.fmtOfXf = this.collections.cellXfs.items.map((xf) => {
      const code = this.formatCode(Number(attr(xf, "numFmtId") ?? 0));
      return code === undefined || code === "General" ? undefined : code;
    });
  }

  private formatCode(id: number): string | undefined {
    return this.numFmts.get(id) ?? BUILT_IN[id];
  }

  /** The number format of cell style `s`, undefined for General (or an unknown style). */
  numFmtOf(s: number): string | undefined {
    return this.fmtOfXf[s];
  }

  get count(): number {
    return this.collections.cellXfs.items.length;
  }

  private add(c: Collection, item: string): number {
    const at = c.items.indexOf(item);
    if (at >= 0) return at;
    c.items.push(item);
    return c.items.length - 1;
  }

  private numFmtId(code: string): number {
    for (const [id, f] of this.numFmts) if (f === code) return id;
    for (const [id, f] of Object.entries(BUILT_IN)) if (f === code && Number(id) < 27) return Number(id);
    let id = 164;
    while (this.numFmts.has(id)) id++;
    this.numFmts.set(id, code);
    this.collections.numFmts.items.push(
      `<${this.pfx}numFmt numFmtId="${id}" formatCode="${encodeXml(code)}"/>`,
    );
    return id;
  }

  private font(base: number, e: StyleEdit): number {
    const p = this.pfx;
    const fonts = this.collections.fonts;
    const xml = fonts.items[base] ?? fonts.items[0];
    const el = element(xml, "font");
    const parts = new Map<string, string>();
    if (el) {
      const re = /<([\w.-]+:)?([\w.-]+)\b[^>]*?(?:\/>|>[\s\S]*?<\/\1?\2>)/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(el.inner))) parts.set(m[2], m[0]);
    }
    if (e.bold) parts.set("b", `<${p}b/>`);
    if (e.italic) parts.set("i", `<${p}i/>`);
    if (e.size !== undefined) parts.set("sz", `<${p}sz val="${e.size}"/>`);
    if (e.color !== undefined) parts.set("color", `<${p}color rgb="${e.color}"/>`);
    const ordered = [
      ...FONT_ORDER.filter((n) => parts.has(n)).map((n) => parts.get(n)!),
      ...[...parts].filter(([n]) => !FONT_ORDER.includes(n)).map(([, x]) => x),
    ];
    return this.add(fonts, `<${p}font>${ordered.join("")}</${p}font>`);
  }

  private solidFill(argb: string): number {
    const p = this.pfx;
    return this.add(
      this.collections.fills,
      `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
    );
  }

  /**
   * The xfId of the named cell style `name`: the workbook's own when it has one of that name (an
   * earlier run made it), else a new one holding only `fill` (it includes no font, border, number
   * format or alignment, so applying it in Excel changes nothing else of a cell).
   */
  private namedStyle(name: string, fill: string | undefined): number {
    const p = this.pfx;
    const styles = this.collections.cellStyles;
    for (const item of styles.items) {
      const tag = element(item, "cellStyle")?.tag ?? item;
      const id = Number(attr(tag, "xfId"));
      if (attr(tag, "name") === name && Number.isInteger(id)) return id;
    }
    const xfs = this.collections.cellStyleXfs;
    // Index 0 is Normal, which every cell format refers to by default.
    if (xfs.items.length === 0) xfs.items.push(`<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
    if (styles.items.length === 0) styles.items.push(`<${p}cellStyle name="Normal" xfId="0" builtinId="0"/>`);
    const fillId = fill ? this.solidFill(fill) : 0;
    xfs.items.push(
      `<${p}xf numFmtId="0" fontId="0" fillId="${fillId}" borderId="0" applyNumberFormat="0" applyFont="0" applyBorder="0" applyAlignment="0" applyProtection="0"/>`,
    );
    const xfId = xfs.items.length - 1;
    styles.items.push(`<${p}cellStyle name="${encodeXml(name)}" xfId="${xfId}"/>`);
    return xfId;
  }

  /** The index of a cell style: style `s` with `edit` applied (created once, then reused). */
  derive(s: number, edit: StyleEdit): number {
    const base = edit.reset || s < 0 || s >= this.count ? 0 : s;
    const key = `${base}|${JSON.stringify(edit)}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const p = this.pfx;
    const xfEl = element(this.collections.cellXfs.items[base], "xf");
    let tag = xfEl?.tag ?? `<${p}xf>`;
    let inner = xfEl?.inner ?? "";
    if (tag.endsWith("/>")) tag = tag.slice(0, -2).trimEnd() + ">";
    if (edit.numFmt !== undefined) {
      tag = setAttr(tag, "numFmtId", String(edit.numFmt === "General" ? 0 : this.numFmtId(edit.numFmt)));
      tag = setAttr(tag, "applyNumberFormat", "1");
    }
    if (edit.bold || edit.italic || edit.size !== undefined || edit.color !== undefined) {
      tag = setAttr(tag, "fontId", String(this.font(Number(attr(tag, "fontId") ?? 0), edit)));
      tag = setAttr(tag, "applyFont", "1");
    }
    if (edit.fill !== undefined) {
      tag = setAttr(tag, "fillId", String(this.solidFill(edit.fill)));
      tag = setAttr(tag, "applyFill", "1");
    }
    if (edit.styleName !== undefined)
      tag = setAttr(tag, "xfId", String(this.namedStyle(edit.styleName, edit.fill)));
    if (edit.bordersOf !== undefined) {
      const from = element(this.collections.cellXfs.items[edit.bordersOf] ?? "", "xf");
      const borderId = from ? attr(from.tag, "borderId") : undefined;
      if (borderId !== undefined && borderId !== "0") {
        tag = setAttr(tag, "borderId", borderId);
        tag = setAttr(tag, "applyBorder", "1");
      }
    }
    if (edit.wrapText !== undefined || edit.vertical !== undefined) {
      const al = element(inner, "alignment");
      let alTag = al ? al.tag : `<${p}alignment/>`;
      if (edit.wrapText !== undefined) alTag = setAttr(alTag, "wrapText", edit.wrapText ? "1" : "0");
      if (edit.vertical !== undefined) alTag = setAttr(alTag, "vertical", edit.vertical);
      if (!alTag.endsWith("/>")) alTag = alTag.slice(0, -1).trimEnd() + "/>";
      inner = al ? inner.slice(0, al.start) + alTag + inner.slice(al.end) : alTag + inner;
      tag = setAttr(tag, "applyAlignment", "1");
    }
    tag = removeAttr(tag, "quotePrefix");
    const xf = inner === "" ? tag.slice(0, -1) + "/>" : `${tag}${inner}</${p}xf>`;
    const index = this.add(this.collections.cellXfs, xf);
    this.fmtOfXf[index] = edit.numFmt === "General" ? undefined : (edit.numFmt ?? this.fmtOfXf[base]);
    this.derived.set(key, index);
    return index;
  }

  /** A differential style for a conditional format: fill and font colour (ARGB). */
  addDxf(fill: string, fontColor: string): number {
    const p = this.pfx;
    return this.add(
      this.collections.dxfs,
      `<${p}dxf><${p}font><${p}color rgb="${fontColor}"/></${p}font><${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${fill}"/><${p}bgColor rgb="${fill}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
  }

  get changed(): boolean {
    return Object.values(this.collections).some((c) => c.items.length !== c.original);
  }

  /** The styles part with the added items. */
  toXml(): string {
    let xml = this.xml;
    const p = this.pfx;
    for (const c of Object.values(this.collections)) {
      if (c.items.length === c.original) continue;
      const body = `<${p}${c.name} count="${c.items.length}">${c.items.join("")}</${p}${c.name}>`;
      const root = rootElement(xml);
      const el = mainChild(xml, c.name, root);
      if (el) {
        xml = xml.slice(0, el.start) + body + xml.slice(el.end);
        continue;
      }
      // Before the first later main-namespace child; x14:dxfs in extLst is not ours.
      const later = STYLE_SHEET_ORDER.slice(STYLE_SHEET_ORDER.indexOf(c.name) + 1);
      const next = root
        ? childElements(xml, root.innerStart, root.scope).find(
            (k) => isMainNs(k.ns) && later.includes(k.local),
          )
        : undefined;
      const at = next ? next.start : xml.search(/<\/(?:[\w.-]+:)?styleSheet\s*>\s*$/);
      xml = xml.slice(0, at) + body + xml.slice(at);
    }
    return xml;
  }
}

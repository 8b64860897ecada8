/**
 * Edits of the workbook part and the package around it: sheets removed and added (with their
 * relationships and content types), sheet-scoped defined names and the active tab kept pointing at
 * the same sheets, the calculation chain dropped, full recalculation on open.
 */
import type { Package } from "./opc";
import { workbookChildrenAfter } from "./schemaOrder";
import { relType } from "./opc";
import { childElements, isMainNs, mainChild, rootElement } from "./children";
import { breakSheetRefs } from "./sheetRefs";
import { attr, decodeXml, elements, encodeXml, rootPrefix, setAttr } from "./xml";

const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export class WorkbookPart {
  xml: string;
  private readonly pfx: string;

  constructor(
    private readonly pkg: Package,
    private readonly path: string,
  ) {
    this.xml = pkg.text(path)!;
    this.pfx = rootPrefix(this.xml);
  }

  private sheetTags() {
    const sheets = mainChild(this.xml, "sheets");
    if (!sheets) return [];
    const base = sheets.start + sheets.tag.length;
    return elements(sheets.inner, "sheet").map((e) => ({ ...e, start: e.start + base, end: e.end + base }));
  }

  /** Removes the sheet at `index` in workbook order, with its part. */
  removeSheet(index: number, relId: string, partPath: string | undefined): void {
    const tag = this.sheetTags()[index];
    if (!tag) return;
    this.xml = this.xml.slice(0, tag.start) + this.xml.slice(tag.end);
    this.pkg.removeRelationship(this.path, relId);
    if (partPath) {
      this.pkg.remove(partPath);
      this.pkg.remove(partPath.replace(/([^/]+)$/, "_rels/$1.rels"));
      this.pkg.setContentType(partPath, undefined);
    }
    // Names scoped to a sheet refer to it by position.
    const names = mainChild(this.xml, "definedNames");
    if (names) {
      let inner = names.inner;
      for (const n of elements(inner, "definedName").reverse()) {
        const local = attr(n.tag, "localSheetId");
        if (local === undefined) continue;
        const at = Number(local);
        let repl: string | undefined;
        if (at === index) repl = "";
        else if (at > index)
          repl = setAttr(n.tag, "localSheetId", String(at - 1)) + inner.slice(n.start + n.tag.length, n.end);
        if (repl !== undefined) inner = inner.slice(0, n.start) + repl + inner.slice(n.end);
      }
      const body =
        elements(inner, "definedName").length > 0 ? names.tag + inner + `</${this.pfx}definedNames>` : "";
      this.xml = this.xml.slice(0, names.start) + body + this.xml.slice(names.end);
    }
    const views = mainChild(this.xml, "bookViews");
    const viewsAt = views ? views.start + views.tag.length : 0;
    const viewTags = views
      ? elements(views.inner, "workbookView").map((v) => ({ ...v, start: v.start + viewsAt }))
      : [];
    for (const view of viewTags.reverse()) {
      let tag = view.tag;
      for (const a of ["activeTab", "firstSheet"]) {
        const v = attr(tag, a);
        if (v === undefined) continue;
        const n = Number(v);
        if (n > index) tag = setAttr(tag, a, String(n - 1));
        else if (n === index) tag = setAttr(tag, a, "0");
      }
      this.xml = this.xml.slice(0, view.start) + tag + this.xml.slice(view.start + view.tag.length);
    }
  }

  /**
   * Defined names that refer to a sheet in `gone` (keys) get #REF! in its place, as Excel does when
   * the sheet is deleted. Returns the names changed.
   */
  breakNames(gone: ReadonlySet<string>): string[] {
    const names = mainChild(this.xml, "definedNames");
    if (!names || gone.size === 0) return [];
    const at = names.start + names.tag.length;
    const changed: string[] = [];
    let inner = names.inner;
    for (const n of elements(inner, "definedName").reverse()) {
      const broken = breakSheetRefs(decodeXml(n.inner), gone);
      if (broken === undefined) continue;
      changed.unshift(attr(n.tag, "name") ?? "");
      const close = n.start + n.tag.length + n.inner.length;
      inner = inner.slice(0, n.start) + n.tag + encodeXml(broken) + inner.slice(close);
    }
    this.xml = this.xml.slice(0, at) + inner + this.xml.slice(at + names.inner.length);
    return changed;
  }

  /** Adds a worksheet part holding `sheetXml` and lists it last. */
  addSheet(name: string, sheetXml: string, state: string | undefined): void {
    let n = 1;
    while (this.pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    this.pkg.setText(part, sheetXml);
    this.pkg.setContentType(part, WORKSHEET_CT);
    const relId = this.pkg.addRelationship(this.path, WORKSHEET_TYPE, part);
    const tags = this.sheetTags();
    const ids = tags.map((t) => Number(attr(t.tag, "sheetId") ?? 0)).filter(Number.isFinite);
    const sheetId = Math.max(0, ...ids) + 1;
    const declared = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*"${REL_NS.replace(/[./]/g, "\\$&")}"`).exec(
      this.xml,
    );
    const r = declared ? declared[1] : "r";
    const ns = declared ? "" : ` xmlns:r="${REL_NS}"`;
    const st = state ? ` state="${state}"` : "";
    const el = `<${this.pfx}sheet${ns} name="${encodeXml(name)}" sheetId="${sheetId}"${st} ${r}:id="${relId}"/>`;
    const sheets = mainChild(this.xml, "sheets");
    if (!sheets) throw new Error("the workbook part has no sheet list");
    if (sheets.tag.endsWith("/>")) {
      this.xml =
        this.xml.slice(0, sheets.start) +
        `<${this.pfx}sheets>${el}</${this.pfx}sheets>` +
        this.xml.slice(sheets.end);
    } else {
      const close = this.xml.lastIndexOf("</", sheets.end - 1);
      this.xml = this.xml.slice(0, close) + el + this.xml.slice(close);
    }
  }

  /** Drops the calculation chain: Excel rebuilds it, and a stale one makes it repair the file. */
  dropCalcChain(): void {
    for (const rel of this.pkg.relationships(this.path)) {
      if (!relType(rel.type, "calcChain")) continue;
      this.pkg.removeRelationship(this.path, rel.id);
      this.pkg.remove(rel.target);
      this.pkg.setContentType(rel.target, undefined);
    }
  }

  /** Asks the spreadsheet program to recalculate every formula when it opens the file. */
  fullCalcOnLoad(): void {
    const calc = mainChild(this.xml, "calcPr");
    if (calc) {
      const tag = setAttr(calc.tag, "fullCalcOnLoad", "1");
      this.xml = this.xml.slice(0, calc.start) + tag + this.xml.slice(calc.start + calc.tag.length);
      return;
    }
    const el = `<${this.pfx}calcPr fullCalcOnLoad="1"/>`;
    const later = workbookChildrenAfter("calcPr");
    const root = rootElement(this.xml);
    const next = root
      ? childElements(this.xml, root.innerStart, root.scope).find((k) => isMainNs(k.ns) && later.has(k.local))
      : undefined;
    const at = next ? next.start : this.xml.search(/<\/(?:[\w.-]+:)?workbook\s*>\s*$/);
    this.xml = this.xml.slice(0, at) + el + this.xml.slice(at);
  }

  save(): void {
    this.pkg.setText(this.path, this.xml);
  }
}

/**
 * Print settings in the package (issue #11 §4, docs/PRINT.md): a worksheet's
 * `<sheetPr><pageSetUpPr fitToPage="1"/>` and `<pageSetup paperSize="9" orientation="portrait"
 * fitToWidth="1" fitToHeight="0"/>`, each in its schema place, and the workbook's
 * `_xlnm.Print_Area` / `_xlnm.Print_Titles` names (localSheetId). The user's own settings win:
 * only what is missing is added — an attribute absent from their pageSetup, fit-to-page only where
 * they chose no scale, a print name only where the sheet has none. The elements as they were and
 * the names added go into the revert record, so revert puts the part back exactly.
 */
import { a1, quoteSheet } from "../../core/cellRef";
import type { PageSetup, PrintSetup } from "../../core/plan/writePlan";
import type { RecordedPrint } from "../../core/revert";
import { worksheetChildrenAfter, workbookChildrenAfter } from "./schemaOrder";
import { childElements, isMainNs, mainChild, rootElement, type Child } from "./children";
import { attr, decodeXml, elements, encodeXml, rootPrefix, setAttr } from "./xml";

export type PrintName = RecordedPrint["names"][number];

const AFTER_PAGE_SETUP = worksheetChildrenAfter("pageSetup");
const AFTER_DEFINED_NAMES = workbookChildrenAfter("definedNames");

/** sheetData is read past, not through: it is nearly all of a large sheet and holds no print setting. */
const SKIPPED = new Set(["sheetData"]);

function kidsOf(xml: string): Child[] {
  const root = rootElement(xml);
  return root ? childElements(xml, root.innerStart, root.scope, SKIPPED).filter((c) => isMainNs(c.ns)) : [];
}

function splice(xml: string, start: number, end: number, text: string): string {
  return xml.slice(0, start) + text + xml.slice(end);
}

/** ST_PaperSize codes. */
const PAPER_SIZE: Readonly<Record<PageSetup["paper"], string>> = { A4: "9" };

/**
 * The attributes our page gives a pageSetup start tag: paper and orientation where missing; with
 * fit, one page wide and as many long as needed — the fitTo counts a part holds without fitToPage
 * are inert (spreadsheet libraries write fitToHeight="1" by default), so they are replaced.
 */
function withPage(tag: string, page: PageSetup, fit: boolean): string {
  let out = tag;
  for (const [name, value] of [
    ["paperSize", PAPER_SIZE[page.paper]],
    ["orientation", page.orientation],
  ] as const)
    if (attr(out, name) === undefined) out = setAttr(out, name, value);
  if (fit) out = setAttr(setAttr(out, "fitToWidth", "1"), "fitToHeight", "0");
  return out;
}

/** fitToPage from sheetPr/pageSetUpPr, when the part states it. */
function fitToPageOf(sheetPr: Child | undefined): string | undefined {
  if (!sheetPr) return undefined;
  const pr = elements(sheetPr.inner, "pageSetUpPr")[0];
  return pr ? attr(pr.tag, "fitToPage") : undefined;
}

/**
 * The worksheet part with `page` set where the user set nothing, and the elements it changed as
 * they were (undefined: that element was left alone).
 */
export function patchPrintPart(
  xml: string,
  page: PageSetup,
): { xml: string; before: { sheetPr?: string | null; pageSetup?: string | null } } {
  const p = rootPrefix(xml);
  const kids = kidsOf(xml);
  const sheetPr = kids.find((k) => k.local === "sheetPr");
  const pageSetup = kids.find((k) => k.local === "pageSetup");
  // A scale of the user's own (100 % is the default) or their fitToPage (="0" too) is kept: no fit.
  const scale = attr(pageSetup?.tag ?? "", "scale");
  const fit =
    page.fitToWidth && (scale === undefined || Number(scale) === 100) && fitToPageOf(sheetPr) === undefined;
  const before: { sheetPr?: string | null; pageSetup?: string | null } = {};
  let out = xml;
  // pageSetup first: it lies after sheetPr, so sheetPr's offsets stay valid.
  if (pageSetup) {
    const tag = withPage(pageSetup.tag, page, fit);
    if (tag !== pageSetup.tag) {
      before.pageSetup = xml.slice(pageSetup.start, pageSetup.end);
      out = splice(out, pageSetup.start, pageSetup.start + pageSetup.tag.length, tag);
    }
  } else {
    const el = withPage(`<${p}pageSetup/>`, page, fit);
    const next = kids.find((k) => AFTER_PAGE_SETUP.has(k.local));
    const at = next ? next.start : out.search(/<\/(?:[\w.-]+:)?worksheet\s*>\s*$/);
    before.pageSetup = null;
    out = splice(out, at, at, el);
  }
  if (!fit) return { xml: out, before };
  const pr = `<${p}pageSetUpPr fitToPage="1"/>`;
  if (!sheetPr) {
    const root = rootElement(out)!;
    before.sheetPr = null;
    return { xml: splice(out, root.innerStart, root.innerStart, `<${p}sheetPr>${pr}</${p}sheetPr>`), before };
  }
  before.sheetPr = xml.slice(sheetPr.start, sheetPr.end);
  const existing = elements(sheetPr.inner, "pageSetUpPr")[0];
  const close = xml.slice(sheetPr.start + sheetPr.tag.length + sheetPr.inner.length, sheetPr.end);
  let replacement: string;
  if (existing) {
    const inner =
      sheetPr.inner.slice(0, existing.start) +
      setAttr(existing.tag, "fitToPage", "1") +
      sheetPr.inner.slice(existing.start + existing.tag.length);
    replacement = sheetPr.tag + inner + close;
  } else if (sheetPr.tag.endsWith("/>")) {
    replacement = `${sheetPr.tag.slice(0, -2).trimEnd()}>${pr}</${p}sheetPr>`;
  } else {
    // pageSetUpPr is the last child of sheetPr (CT_SheetPr: tabColor, outlinePr, pageSetUpPr).
    replacement = sheetPr.tag + sheetPr.inner + pr + close;
  }
  return { xml: splice(out, sheetPr.start, sheetPr.end, replacement), before };
}

/** The worksheet part with the recorded elements put back (absent ones removed). */
export function restorePrintPart(xml: string, record: RecordedPrint): string {
  let out = xml;
  // pageSetup first (later in the part), then sheetPr.
  for (const local of ["pageSetup", "sheetPr"] as const) {
    const was = record[local];
    if (was === undefined) continue;
    const now = kidsOf(out).find((k) => k.local === local);
    if (now) out = splice(out, now.start, now.end, was ?? "");
  }
  return out;
}

/** The workbook's sheet names in order. */
function sheetNames(wbXml: string): string[] {
  const sheets = mainChild(wbXml, "sheets");
  return sheets ? elements(sheets.inner, "sheet").map((s) => decodeXml(attr(s.tag, "name") ?? "")) : [];
}

function nameKey(name: string): string {
  return name.toLowerCase();
}

/** The print names a sheet (by index) already has. */
function namesOf(wbXml: string, index: number): Set<PrintName> {
  const names = mainChild(wbXml, "definedNames");
  const out = new Set<PrintName>();
  for (const n of names ? elements(names.inner, "definedName") : []) {
    if (attr(n.tag, "localSheetId") !== String(index)) continue;
    const name = attr(n.tag, "name")?.toLowerCase();
    if (name === "_xlnm.print_area") out.add("Print_Area");
    if (name === "_xlnm.print_titles") out.add("Print_Titles");
  }
  return out;
}

function nameText(setup: PrintSetup, name: PrintName): string | null {
  const q = quoteSheet(setup.sheet);
  const { area, titleRows } = setup;
  if (name === "Print_Area")
    return `${q}!${a1(area.top, area.left, true)}:${a1(area.bottom, area.right, true)}`;
  return titleRows ? `${q}!$${titleRows.top + 1}:$${titleRows.bottom + 1}` : null;
}

/** The print names `setup` would add to the workbook part: those its sheet does not have. */
export function missingPrintNames(wbXml: string, setup: PrintSetup): PrintName[] {
  const index = sheetNames(wbXml).findIndex((n) => nameKey(n) === nameKey(setup.sheet));
  if (index < 0) return [];
  const has = namesOf(wbXml, index);
  return (["Print_Area", "Print_Titles"] as const).filter((n) => !has.has(n) && nameText(setup, n) !== null);
}

function withNames(wbXml: string, els: string): string {
  if (els === "") return wbXml;
  const p = rootPrefix(wbXml);
  const names = mainChild(wbXml, "definedNames");
  if (names) {
    if (names.tag.endsWith("/>"))
      return splice(
        wbXml,
        names.start,
        names.end,
        `${names.tag.slice(0, -2).trimEnd()}>${els}</${p}definedNames>`,
      );
    const close = names.start + names.tag.length + names.inner.length;
    return splice(wbXml, close, close, els);
  }
  const next = kidsOf(wbXml).find((k) => AFTER_DEFINED_NAMES.has(k.local));
  const at = next ? next.start : wbXml.search(/<\/(?:[\w.-]+:)?workbook\s*>\s*$/);
  return splice(wbXml, at, at, `<${p}definedNames>${els}</${p}definedNames>`);
}

/** The workbook part with each setup's missing print names added (sheets found by name, in order). */
export function addPrintNames(wbXml: string, setups: readonly PrintSetup[]): string {
  const order = sheetNames(wbXml).map(nameKey);
  const p = rootPrefix(wbXml);
  let els = "";
  for (const s of setups) {
    const index = order.indexOf(nameKey(s.sheet));
    if (index < 0) continue;
    for (const n of missingPrintNames(wbXml, s))
      els += `<${p}definedName name="_xlnm.${n}" localSheetId="${index}">${encodeXml(nameText(s, n)!)}</${p}definedName>`;
  }
  return withNames(wbXml, els);
}

/** The workbook part without the print names a run added (revert). */
export function removePrintNames(wbXml: string, records: readonly RecordedPrint[]): string {
  const order = sheetNames(wbXml).map(nameKey);
  const drop = new Set<string>();
  for (const r of records) {
    const index = order.indexOf(nameKey(r.sheet));
    if (index >= 0) for (const n of r.names) drop.add(`_xlnm.${n.toLowerCase()}\u0000${index}`);
  }
  const names = mainChild(wbXml, "definedNames");
  if (!names || drop.size === 0) return wbXml;
  let inner = names.inner;
  for (const n of elements(inner, "definedName").reverse())
    if (drop.has(`${(attr(n.tag, "name") ?? "").toLowerCase()}\u0000${attr(n.tag, "localSheetId") ?? ""}`))
      inner = splice(inner, n.start, n.end, "");
  const p = rootPrefix(wbXml);
  const body = elements(inner, "definedName").length > 0 ? `${names.tag}${inner}</${p}definedNames>` : "";
  return splice(wbXml, names.start, names.end, body);
}

/** What a package change does to print settings: set them (a run), or put them back (revert). */
export type PackagePrint =
  | { readonly kind: "set"; readonly setups: readonly PrintSetup[] }
  | { readonly kind: "restore"; readonly records: readonly RecordedPrint[] };

const keyOf = (sheet: string): string => sheet.toLowerCase();

/** The sheets whose parts the change edits for printing. */
export function printSheets(print: PackagePrint | undefined): string[] {
  if (!print) return [];
  return print.kind === "set" ? print.setups.map((s) => s.sheet) : print.records.map((r) => r.sheet);
}

/** A worksheet part (sheet key `key`) after the change's print edit. */
export function printPart(print: PackagePrint | undefined, key: string, xml: string): string {
  if (!print) return xml;
  switch (print.kind) {
    case "set": {
      const setup = print.setups.find((s) => keyOf(s.sheet) === key);
      return setup ? patchPrintPart(xml, setup.page).xml : xml;
    }
    case "restore": {
      const record = print.records.find((r) => keyOf(r.sheet) === key);
      return record ? restorePrintPart(xml, record) : xml;
    }
  }
}

/** The workbook part's print names before sheets are removed (revert drops the names it added). */
export function printNamesBeforeRemoval(print: PackagePrint | undefined, wbXml: string): string {
  return print?.kind === "restore" ? removePrintNames(wbXml, print.records) : wbXml;
}

/** The workbook part's print names once sheets are added (a run adds what is missing). */
export function printNamesAfterAdding(print: PackagePrint | undefined, wbXml: string): string {
  return print?.kind === "set" ? addPrintNames(wbXml, print.setups) : wbXml;
}

/**
 * The revert record's print entries after a run: the earlier runs' entries as they are (they hold
 * the state before the first run), and for each sheet set for the first time what it held before.
 * Sheets the run adds are left out: revert removes them whole.
 */
export function printRecords(
  setups: readonly PrintSetup[],
  partXml: (sheetKey: string) => string | undefined,
  wbXml: string,
  previous: readonly RecordedPrint[] | undefined,
): RecordedPrint[] | undefined {
  const out = [...(previous ?? [])];
  const known = new Set(out.map((r) => keyOf(r.sheet)));
  for (const s of setups) {
    const key = keyOf(s.sheet);
    const xml = partXml(key);
    if (xml === undefined || known.has(key)) continue;
    const { before } = patchPrintPart(xml, s.page);
    const names = missingPrintNames(wbXml, s);
    if (before.sheetPr === undefined && before.pageSetup === undefined && names.length === 0) continue;
    known.add(key);
    out.push({ sheet: s.sheet, ...before, names });
  }
  return out.length > 0 ? out : undefined;
}

/** The record's print entries when they have the shape this module writes (else none: nothing restored). */
export function validPrintRecords(v: unknown): RecordedPrint[] {
  if (!Array.isArray(v)) return [];
  const el = (x: unknown) => x === undefined || x === null || typeof x === "string";
  return v.filter(
    (r): r is RecordedPrint =>
      typeof r === "object" &&
      r !== null &&
      typeof (r as RecordedPrint).sheet === "string" &&
      el((r as RecordedPrint).sheetPr) &&
      el((r as RecordedPrint).pageSetup) &&
      Array.isArray((r as RecordedPrint).names) &&
      (r as RecordedPrint).names.every((n) => n === "Print_Area" || n === "Print_Titles"),
  );
}

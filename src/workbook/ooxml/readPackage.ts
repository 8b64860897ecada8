/**
 * Opens an .xlsx as a package and reads every worksheet into the core's WorkbookData, without
 * building a spreadsheet object model: the text of each part is scanned once, and the parts are
 * kept so that a plan can later be written by patching them (see applyPackage.ts).
 */
import type { Grid, WorkbookData } from "../../core/grid";
import { readWorkbookFile } from "../files";
import { XlsxError } from "../xlsxError";
import { Package, relType } from "./opc";
import { readSheet, type SheetScan } from "./readSheet";
import { Styles } from "./styles";
import { attr, element, elements, itemText } from "./xml";
import { PartTooLargeError } from "./zip";

/** One `<sheet>` of the workbook, in workbook order (chart sheets included, as Excel counts them). */
export interface SheetEntry {
  readonly name: string;
  readonly relId: string;
  /** Part path, e.g. "xl/worksheets/sheet1.xml"; undefined when the relationship is missing. */
  readonly path: string | undefined;
  readonly worksheet: boolean;
  /** For worksheets: where its rows are and how to patch it. */
  readonly scan?: SheetScan;
  readonly emptyFormats?: Map<number, Map<number, string>>;
}

export interface PackageDocument {
  readonly source: string;
  readonly pkg: Package;
  readonly workbookPath: string;
  readonly sheets: SheetEntry[];
  readonly styles: Styles;
  readonly stylesPath: string | undefined;
  /** The grids, in workbook order (worksheets only). Not refreshed by writes: read the saved file again. */
  readonly data: WorkbookData;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  const re = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) out.push(m[1] ? itemText(m[1]) : "");
  return out;
}

/** The relationship id attribute of a `<sheet>` tag (r:id, whatever the prefix). */
export function sheetRelId(tag: string): string {
  return (
    /\s[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/
      .exec(tag)
      ?.slice(1)
      .find((x) => x !== undefined) ?? ""
  );
}

function readWorkbook(pkg: Package, source: string): PackageDocument {
  const office = pkg.relationships("").find((r) => relType(r.type, "officeDocument"));
  const workbookPath = office?.target ?? "xl/workbook.xml";
  const wbXml = pkg.text(workbookPath);
  if (wbXml === undefined) throw new XlsxError(source, "not an .xlsx workbook (no workbook part)");
  const rels = pkg.relationships(workbookPath);
  const stylesPath = rels.find((r) => relType(r.type, "styles"))?.target;
  const styles = new Styles(stylesPath ? pkg.text(stylesPath) : undefined);
  const sstPath = rels.find((r) => relType(r.type, "sharedStrings"))?.target;
  const strings = sharedStrings(sstPath ? pkg.text(sstPath) : undefined);
  if (sstPath) pkg.forget(sstPath);
  const pr = element(wbXml, "workbookPr");
  const d1904 = pr ? attr(pr.tag, "date1904") : undefined;
  const ctx = { strings, styles, date1904: d1904 === "1" || d1904 === "true" };

  const sheetsEl = element(wbXml, "sheets");
  const sheets: SheetEntry[] = [];
  const grids: Grid[] = [];
  for (const s of sheetsEl ? elements(sheetsEl.inner, "sheet") : []) {
    const name = attr(s.tag, "name") ?? "";
    const relId = sheetRelId(s.tag);
    const rel = rels.find((r) => r.id === relId);
    const worksheet = !!rel && relType(rel.type, "worksheet");
    const path = rel?.target;
    const xml = worksheet && path ? pkg.text(path) : undefined;
    if (!worksheet || xml === undefined) {
      sheets.push({ name, relId, path, worksheet: false });
      continue;
    }
    let read;
    try {
      read = readSheet(name, xml, ctx);
    } catch (e) {
      throw new XlsxError(
        source,
        `could not read sheet "${name}": ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    const state = attr(s.tag, "state");
    grids.push({ ...read.grid, hidden: state === "hidden" || state === "veryHidden" });
    sheets.push({ name, relId, path, worksheet: true, scan: read.scan, emptyFormats: read.emptyFormats });
  }
  if (grids.length === 0) throw new XlsxError(source, "not an .xlsx workbook (no worksheets)");
  return { source, pkg, workbookPath, sheets, styles, stylesPath, data: { sheets: grids } };
}

function unreadable(name: string, e: unknown): XlsxError {
  if (e instanceof PartTooLargeError) return new XlsxError(name, e.message);
  return new XlsxError(
    name,
    "not an .xlsx workbook (unreadable)",
    e instanceof Error ? e.message : String(e),
  );
}

/** Reads an .xlsx from memory; `name` is used in error messages. */
export function loadPackageBuffer(buf: Buffer | Uint8Array, name = "<buffer>"): PackageDocument {
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (startsWith(bytes, CFB_MAGIC))
    throw new XlsxError(name, "encrypted workbook or legacy .xls (save it as an unprotected .xlsx)");
  if (!startsWith(bytes, ZIP_MAGIC)) throw new XlsxError(name, "not an .xlsx workbook");
  let pkg: Package;
  try {
    pkg = new Package(bytes);
  } catch (e) {
    throw unreadable(name, e);
  }
  try {
    return readWorkbook(pkg, name);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw unreadable(name, e);
  }
}

/** Reads an .xlsx file. Rejects with a one-line XlsxError naming the file when it cannot. */
export async function loadPackage(path: string): Promise<PackageDocument> {
  return loadPackageBuffer(await readWorkbookFile(path), path);
}

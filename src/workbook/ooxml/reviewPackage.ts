/**
 * Writes the batch review workbook (src/core/review/reviewBook) as a new package through this
 * adapter's own writer: a blank one-sheet package is loaded, the book's sheets are added (and the
 * blank one removed) by applyChange, then each Excel table gets its table part.
 */
import { a1Range } from "../../core/cellRef";
import type { BookCell, BookSheet, BookTable } from "../../core/review/reviewBook";
import { applyChange, lookEdit } from "./applyPackage";
import type { AddedSheet } from "./newSheet";
import type { CellContent } from "./patchSheet";
import { loadPackageBuffer, type PackageDocument } from "./readPackage";
import { packageBuffer } from "./savePackage";
import type { StyleEdit } from "./styles";
import { encodeXml } from "./xml";
import { deflateEntry, writeZip } from "./zip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";
const TABLE_TYPE = `${REL}/table`;
const TABLE_CT = `${CT}.table+xml`;
const BLANK = "_";

function blankPackage(): Buffer {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  return writeZip([
    deflateEntry(
      "[Content_Types].xml",
      `${head}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
        `<Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/>` +
        "</Types>",
    ),
    deflateEntry(
      "_rels/.rels",
      `${head}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflateEntry(
      "xl/workbook.xml",
      `${head}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
        `<sheets><sheet name="${BLANK}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflateEntry(
      "xl/_rels/workbook.xml.rels",
      `${head}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    deflateEntry(
      "xl/worksheets/sheet1.xml",
      `${head}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData/></worksheet>`,
    ),
  ]);
}

function contentOf(c: BookCell): CellContent {
  switch (c.content.kind) {
    case "text":
      return { kind: "text", text: c.content.text };
    case "number":
      return { kind: "value", value: c.content.value };
    case "formula":
      return { kind: "formula", formula: c.content.formula, value: c.content.value };
  }
}

function styleOf(c: BookCell): StyleEdit | undefined {
  if (!c.style && !c.numFmt) return undefined;
  return { ...(c.style ? lookEdit(c.style) : {}), ...(c.numFmt ? { numFmt: c.numFmt } : {}) };
}

function added(s: BookSheet): AddedSheet {
  return {
    name: s.name,
    columnWidths: s.columnWidths,
    cells: s.cells.map((c) => {
      const style = styleOf(c);
      return { row: c.row, col: c.col, content: contentOf(c), ...(style ? { style } : {}) };
    }),
  };
}

function tableXml(t: BookTable, id: number): string {
  const ref = a1Range(t.top, 0, t.bottom, t.columns.length - 1);
  const cols = t.columns.map((c, i) => `<tableColumn id="${i + 1}" name="${encodeXml(c)}"/>`).join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<table xmlns="${MAIN}" id="${id}" name="${t.name}" displayName="${t.name}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${t.columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>' +
    "</table>"
  );
}

/** Adds each sheet's tables: a table part, its relationship and the sheet's tableParts element. */
function addTables(doc: PackageDocument, sheets: readonly BookSheet[]): void {
  let id = 0;
  for (const s of sheets) {
    if (s.tables.length === 0) continue;
    const entry = doc.sheets.find((e) => e.name === s.name);
    if (!entry?.path) throw new Error(`review workbook: sheet ${s.name} was not written`);
    const ids = s.tables.map((t) => {
      id++;
      const part = `xl/tables/table${id}.xml`;
      doc.pkg.setText(part, tableXml(t, id));
      doc.pkg.setContentType(part, TABLE_CT);
      return doc.pkg.addRelationship(entry.path!, TABLE_TYPE, part);
    });
    const xml = doc.pkg.text(entry.path) ?? "";
    const parts = `<tableParts count="${ids.length}">${ids.map((r) => `<tablePart r:id="${r}"/>`).join("")}</tableParts>`;
    doc.pkg.setText(entry.path, xml.replace(/<\/worksheet>\s*$/, `${parts}</worksheet>`));
  }
}

/** The workbook's bytes. */
export function reviewPackage(sheets: readonly BookSheet[]): Buffer {
  const doc = loadPackageBuffer(blankPackage(), "review.xlsx");
  applyChange(doc, {
    edits: new Map(),
    removeSheets: [BLANK],
    addSheets: sheets.map(added),
    wroteFormulas: true,
  });
  const written = loadPackageBuffer(packageBuffer(doc), "review.xlsx");
  addTables(written, sheets);
  return written.pkg.toBuffer();
}

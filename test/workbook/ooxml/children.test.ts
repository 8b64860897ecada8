/** A worksheet's children found with sheetData jumped over are those found reading through it. */
import { childElements, rootElement } from "../../../src/workbook/ooxml/children";

const SHEET =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14="urn:x14">' +
  '<sheetPr/><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>&lt;/x&gt;</t></is></c></row></sheetData>' +
  '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><pageSetup paperSize="9"/>' +
  "<extLst><ext><x14:sheetData/></ext></extLst></worksheet>";

test("skipping sheetData finds the same children, sheetData's content included", () => {
  const root = rootElement(SHEET)!;
  const read = childElements(SHEET, root.innerStart, root.scope);
  const skipped = childElements(SHEET, root.innerStart, root.scope, new Set(["sheetData"]));
  expect(skipped).toEqual(read);
  expect(skipped.map((c) => c.local)).toEqual(["sheetPr", "sheetData", "mergeCells", "pageSetup", "extLst"]);
  expect(skipped[1].inner).toContain('<c r="A2"');
});

test("an empty sheetData element is not skipped past its end", () => {
  const xml = SHEET.replace(/<sheetData>.*<\/sheetData>/, "<sheetData/>");
  const root = rootElement(xml)!;
  const kids = childElements(xml, root.innerStart, root.scope, new Set(["sheetData"]));
  expect(kids.map((c) => c.local)).toEqual(["sheetPr", "sheetData", "mergeCells", "pageSetup", "extLst"]);
});

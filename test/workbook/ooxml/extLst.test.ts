/**
 * A sheet that already holds Excel 2010+ conditional formats (data bars, icon sets) in
 * `<extLst><ext><x14:conditionalFormattings>`: the run's conditional format goes in the worksheet's
 * main sequence (CT_Worksheet order: … conditionalFormatting, dataValidations, … extLst), never
 * inside the extension, and the extension comes out unchanged.
 */
import type { WritePlan } from "../../../src/core/plan/writePlan";
import { applyPlanToPackage, loadPackageBuffer, packageBuffer } from "../../../src/workbook/ooxml";
import { handmadePackage, partText, worksheet } from "../../helpers/handmadePackage";

const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";

const ext =
  `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}">` +
  "<x14:conditionalFormattings>" +
  `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="{00000000-0000-0000-0000-000000000001}">` +
  '<x14:dataBar minLength="0" maxLength="100"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/></x14:dataBar>' +
  "</x14:cfRule><xm:sqref>B2:B3</xm:sqref></x14:conditionalFormatting>" +
  "</x14:conditionalFormattings></ext></extLst>";

const sheetXml = worksheet(
  '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row></sheetData>' +
    '<dataValidations count="1"><dataValidation type="whole" sqref="B2"><formula1>0</formula1></dataValidation></dataValidations>' +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    ext,
);

const plan: WritePlan = {
  cells: [],
  newSheets: [],
  removeSheets: [],
  conditionalFormats: [
    {
      sheet: "Data",
      area: { top: 1, left: 0, bottom: 2, right: 1 },
      formula: "$B2<1",
      fill: "FFC7CE",
      fontColor: "9C0006",
    },
  ],
};

test("the run's conditional format goes before dataValidations, outside extLst", async () => {
  const doc = loadPackageBuffer(await handmadePackage([{ name: "Data", xml: sheetXml }]));
  applyPlanToPackage(doc, plan);
  const out = (await partText(packageBuffer(doc), "xl/worksheets/sheet1.xml"))!;
  const ours = out.indexOf('<conditionalFormatting sqref="A2:B3">');
  expect(ours).toBeGreaterThan(out.indexOf("</sheetData>"));
  expect(ours).toBeLessThan(out.indexOf("<dataValidations"));
  expect(out).toContain(ext);
  // Priorities are shared with the x14 rules; ours is distinct and positive.
  expect(out).toMatch(/<cfRule type="expression" dxfId="\d+" priority="1">/);
});

test("a second run finds its own format (not the x14 one) and adds nothing", async () => {
  const doc = loadPackageBuffer(await handmadePackage([{ name: "Data", xml: sheetXml }]));
  applyPlanToPackage(doc, plan);
  const again = loadPackageBuffer(packageBuffer(doc));
  applyPlanToPackage(again, plan);
  const out = (await partText(packageBuffer(again), "xl/worksheets/sheet1.xml"))!;
  expect(out.match(/<conditionalFormatting /g)).toHaveLength(1);
  expect(out).toContain(ext);
});

test("with no other element after sheetData, the format goes before extLst", async () => {
  const xml = worksheet('<sheetData><row r="2"><c r="B2"><v>2</v></c></row></sheetData>' + ext);
  const doc = loadPackageBuffer(await handmadePackage([{ name: "Data", xml }]));
  applyPlanToPackage(doc, plan);
  const out = (await partText(packageBuffer(doc), "xl/worksheets/sheet1.xml"))!;
  expect(out).toMatch(/<\/sheetData><conditionalFormatting [^]*<\/conditionalFormatting><extLst>/);
});

test("the styles part's x14:dxfs (in extLst) is left alone; the run's dxf goes in the main dxfs", async () => {
  const x14dxfs = `<extLst><ext uri="{46F421CA-312F-682F-3DD2-61675219B42D}" xmlns:x14="${X14}"><x14:dxfs count="0"/></ext></extLst>`;
  const styles =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    x14dxfs +
    "</styleSheet>";
  const doc = loadPackageBuffer(await handmadePackage([{ name: "Data", xml: sheetXml }], { styles }));
  applyPlanToPackage(doc, plan);
  const out = (await partText(packageBuffer(doc), "xl/styles.xml"))!;
  expect(out).toContain(x14dxfs);
  expect(out).toMatch(/<\/cellStyles><dxfs count="1"><dxf>[^]*<\/dxf><\/dxfs><extLst>/);
});

/**
 * Print settings in the package: A4 portrait, one page wide, the print area and the header rows
 * repeated, each element in its schema place (the validator checks the order), only where the user
 * set nothing — their landscape, scale, fit and print names are kept — and revert gives back the
 * parts exactly.
 */
import { runEngine } from "../../../src/core/engine";
import {
  applyPlanWithRecordToPackage,
  loadPackageBuffer,
  packageBuffer,
  revertPackage,
} from "../../../src/workbook/ooxml";
import { patchPrintPart } from "../../../src/workbook/ooxml/printSetup";
import { handmadePackage, worksheet } from "../../helpers/handmadePackage";
import { validateWorkbooks } from "../../helpers/ooxml/validateXlsx";

const page = { paper: "A4", orientation: "portrait", fitToWidth: true } as const;

/** An indicator table (header on row 2, two rows, one below target) and what follows sheetData. */
function table(head: string, tail: string): string {
  const s = (r: string, t: string) => `<c r="${r}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const n = (r: string, v: number) => `<c r="${r}"><v>${v}</v></c>`;
  return worksheet(
    head +
      "<sheetData>" +
      `<row r="1">${s("A1", "2021年项目绩效自评表")}</row>` +
      `<row r="2">${s("A2", "一级指标")}${s("B2", "二级指标")}${s("C2", "三级指标")}${s("D2", "年度指标值")}${s("E2", "实际完成值")}${s("F2", "分值")}${s("G2", "得分")}</row>` +
      `<row r="3">${s("A3", "产出指标")}${s("B3", "数量指标")}${s("C3", "培训场次")}${s("D3", "≥10场")}${s("E3", "8场")}${n("F3", 50)}</row>` +
      `<row r="4">${s("A4", "效益指标")}${s("B4", "社会效益")}${s("C4", "受益人数")}${s("D4", "≥100人")}${s("E4", "120人")}${n("F4", 50)}</row>` +
      "</sheetData>" +
      tail,
  );
}

async function roundTrip(sheetXml: string, workbookTail = "") {
  const input = await handmadePackage([{ name: "指标", xml: sheetXml }], { workbookTail });
  const doc = loadPackageBuffer(input, "t.xlsx");
  const before = { sheet: doc.pkg.text("xl/worksheets/sheet1.xml")!, wb: doc.pkg.text(doc.workbookPath)! };
  const plan = runEngine(doc.data, { rules: "mof2020", lang: "zh-CN", summary: true }).plan;
  applyPlanWithRecordToPackage(doc, plan);
  const evaluated = packageBuffer(doc);
  const out = loadPackageBuffer(evaluated, "t.xlsx");
  const after = { sheet: out.pkg.text("xl/worksheets/sheet1.xml")!, wb: out.pkg.text(out.workbookPath)! };
  // A second run changes nothing more, and its record keeps the state before the first.
  applyPlanWithRecordToPackage(
    out,
    runEngine(out.data, { rules: "mof2020", lang: "zh-CN", summary: true }).plan,
  );
  const twice = packageBuffer(out);
  const back = loadPackageBuffer(twice, "t.xlsx");
  expect(back.pkg.text("xl/worksheets/sheet1.xml")).toBe(after.sheet);
  expect(revertPackage(back)).not.toBeNull();
  const reverted = packageBuffer(back);
  const r = loadPackageBuffer(reverted, "t.xlsx");
  const problems = await validateWorkbooks([
    { name: "evaluated", data: evaluated },
    { name: "twice", data: twice },
    { name: "reverted", data: reverted },
  ]);
  expect([...problems].filter(([, p]) => p.length > 0)).toEqual([]);
  return {
    plan,
    before,
    after,
    reverted: { sheet: r.pkg.text("xl/worksheets/sheet1.xml")!, wb: r.pkg.text(r.workbookPath)! },
  };
}

const print = (xml: string) => ({
  sheetPr: /<sheetPr\b(?:[^>]*\/>|[\s\S]*?<\/sheetPr>)/.exec(xml)?.[0] ?? null,
  pageSetup: /<pageSetup\b[^>]*>/.exec(xml)?.[0] ?? null,
});

test("no print settings: A4 portrait, fit to one page wide, print area and titles; revert removes them", async () => {
  const margins = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const { plan, after, before, reverted } = await roundTrip(table("", margins + "<headerFooter/>"));
  expect(plan.print?.find((p) => p.sheet === "指标")).toMatchObject({
    area: { top: 0, left: 0, bottom: 3 },
    titleRows: { top: 1, bottom: 1 },
  });
  expect(after.sheet).toMatch(/<worksheet[^>]*><sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
  // After pageMargins, before headerFooter.
  expect(after.sheet).toContain(
    `${margins}<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/><headerFooter/>`,
  );
  // The print area covers the columns the run appended (完成率 …) right of 得分.
  const area =
    /<definedName name="_xlnm.Print_Area" localSheetId="0">'指标'!\$A\$1:\$([A-Z]+)\$4<\/definedName>/.exec(
      after.wb,
    );
  expect(area).not.toBeNull();
  expect(area![1] >= "G").toBe(true);
  expect(after.wb).toContain(
    `<definedName name="_xlnm.Print_Titles" localSheetId="0">'指标'!$2:$2</definedName>`,
  );
  expect(after.wb).toMatch(
    /<definedName name="_xlnm.Print_Area" localSheetId="1">'绩效自评报告'!\$A\$1:\$A\$\d+<\/definedName>/,
  );
  expect(print(reverted.sheet)).toEqual(print(before.sheet));
  expect(reverted.wb).not.toContain("definedName");
});

test("the user's landscape, scale and print area are kept; only what is missing is added", async () => {
  const tail =
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup orientation="landscape" scale="80"/>';
  const head = '<sheetPr codeName="Sheet1"><tabColor rgb="FFFF0000"/></sheetPr>';
  const names = `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">'指标'!$A$1:$C$4</definedName></definedNames>`;
  const { after, before, reverted } = await roundTrip(table(head, tail), names);
  // Landscape and 80 % stay; A4 is added, and no fit (their scale rules).
  expect(print(after.sheet)).toEqual({
    sheetPr: head,
    pageSetup: '<pageSetup orientation="landscape" scale="80" paperSize="9"/>',
  });
  expect(after.wb).toContain(
    `<definedName name="_xlnm.Print_Area" localSheetId="0">'指标'!$A$1:$C$4</definedName>`,
  );
  expect(after.wb.match(/_xlnm.Print_Area" localSheetId="0"/g)).toHaveLength(1);
  expect(after.wb).toContain(
    `<definedName name="_xlnm.Print_Titles" localSheetId="0">'指标'!$2:$2</definedName>`,
  );
  expect(print(reverted.sheet)).toEqual(print(before.sheet));
  // (Revert leaves fullCalcOnLoad on, as before print settings: the names are what it must restore.)
  const namesOf = (wb: string) => /<definedNames>[\s\S]*<\/definedNames>/.exec(wb)?.[0];
  expect(namesOf(reverted.wb)).toBe(namesOf(before.wb));
});

test("a sheetPr of the user's gets pageSetUpPr last; inert fitTo counts are replaced; revert exact", async () => {
  const head = '<sheetPr><tabColor rgb="FF00FF00"/><outlinePr summaryBelow="0"/></sheetPr>';
  const tail = '<pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="1"/>';
  const { after, before, reverted } = await roundTrip(table(head, tail));
  expect(print(after.sheet)).toEqual({
    sheetPr:
      '<sheetPr><tabColor rgb="FF00FF00"/><outlinePr summaryBelow="0"/><pageSetUpPr fitToPage="1"/></sheetPr>',
    pageSetup: '<pageSetup paperSize="9" scale="100" fitToWidth="1" fitToHeight="0" orientation="portrait"/>',
  });
  expect(print(reverted.sheet)).toEqual(print(before.sheet));
});

test("a fitToPage of the user's (even 0) is kept as it is", () => {
  const xml = worksheet(
    '<sheetPr><pageSetUpPr fitToPage="0"/></sheetPr><sheetData/><pageSetup orientation="portrait"/>',
  );
  const { xml: out, before } = patchPrintPart(xml, page);
  expect(out).toContain('<pageSetUpPr fitToPage="0"/>');
  expect(out).toContain('<pageSetup orientation="portrait" paperSize="9"/>');
  expect(before.sheetPr).toBeUndefined();
});

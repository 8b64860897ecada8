/**
 * Revert through the package adapter: two overlapping recorded runs, saved and reloaded in between,
 * then revert gives back the original workbook (cells, sheets, formats). Checked with the package
 * reader and, independently, with ExcelJS.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { recordFromData, REVERT_SHEET } from "../../../src/core/revert";
import {
  applyPlanWithRecordToPackage,
  loadPackageBuffer,
  packageBuffer,
  revertPackage,
} from "../../../src/workbook/ooxml";
import { BUDGET, SUMMARY, plan1, plan2, shape } from "../revertPlans";
import { featureWorkbook, tempDir, writeWorkbook } from "../xlsx/fixtures";

let dir: string;
let input: Buffer;

beforeAll(async () => {
  dir = tempDir("ooxml-revert-");
  const wb = await featureWorkbook();
  wb.getWorksheet(BUDGET)!.getCell("L4").numFmt = "0.0%"; // an empty, pre-formatted cell the plan fills
  input = fs.readFileSync(await writeWorkbook(wb, dir, "in.xlsx"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function excel(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

function formats(wb: ExcelJS.Workbook, sheet: string): unknown {
  return (
    (wb.getWorksheet(sheet) as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? []
  );
}

describe("package revert", () => {
  it("restores the original after two recorded runs, across saves and reloads", async () => {
    const original = loadPackageBuffer(input);

    const doc1 = loadPackageBuffer(input);
    expect(recordFromData(doc1.data)).toBeNull();
    applyPlanWithRecordToPackage(doc1, plan1);
    const out1 = packageBuffer(doc1);

    const doc2 = loadPackageBuffer(out1);
    const rec1 = recordFromData(doc2.data);
    expect(rec1?.cells).toHaveLength(6);
    expect((await excel(out1)).getWorksheet(REVERT_SHEET)?.state).toBe("veryHidden");
    const bud = doc2.data.sheets.find((s) => s.name === BUDGET)!;
    expect(bud.rows[2][9]).toEqual({ value: "=cmd|' /C calc'!A0" });
    applyPlanWithRecordToPackage(doc2, plan2);
    const out2 = packageBuffer(doc2);

    const doc3 = loadPackageBuffer(out2);
    const rec2 = recordFromData(doc3.data)!;
    const k1 = rec2.cells.find((c) => c.sheet === BUDGET && c.row === 0 && c.col === 10)!;
    expect(k1.before).toBeNull();
    const d3 = rec2.cells.find((c) => c.row === 2 && c.col === 3)!;
    expect(d3.before).toEqual({ value: 0.8, formula: 'IF(B3=0,"B3",C3/B3*$B$3/100)', numFmt: "0.00%" });
    expect(rec2.cells.find((c) => c.row === 3 && c.col === 11)!.before).toEqual({
      value: null,
      numFmt: "0.0%",
    });
    expect(rec2.addedSheets).toEqual([SUMMARY]);
    expect(rec2.conditionalFormats).toHaveLength(2);

    expect(revertPackage(doc3)).toEqual({ cells: 9, brokenRefs: [] });
    const out3 = packageBuffer(doc3);
    const back = loadPackageBuffer(out3);

    expect(back.data.sheets.map((s) => s.name)).toEqual(original.data.sheets.map((s) => s.name));
    expect(shape(back.data)).toEqual(shape(original.data));
    const [wbBack, wbOriginal] = [await excel(out3), await excel(input)];
    expect(wbBack.worksheets.map((w) => w.name)).toEqual(wbOriginal.worksheets.map((w) => w.name));
    expect(formats(wbBack, BUDGET)).toEqual(formats(wbOriginal, BUDGET));
    expect(wbBack.getWorksheet(BUDGET)!.getCell("L4").numFmt).toBe("0.0%");
    expect(wbBack.getWorksheet(BUDGET)!.getCell("K1").font?.bold).toBeFalsy();
    expect(revertPackage(back)).toBeNull();
  });

  it("a record sheet that holds no valid record: revert changes nothing", async () => {
    const wb = await excel(input);
    wb.addWorksheet(REVERT_SHEET, { state: "veryHidden" }).getCell("A1").value = "not json";
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const doc = loadPackageBuffer(buf);
    expect(revertPackage(doc)).toBeNull();
    expect(loadPackageBuffer(packageBuffer(doc)).data).toEqual(doc.data);
  });
});

import * as fs from "fs";
import * as path from "path";
import { REVERT_SHEET } from "../../../src/core/revert";
import {
  applyPlanWithRecord,
  loadXlsx,
  readRevertRecord,
  revertXlsx,
  saveXlsx,
  writeRevertRecord,
  type XlsxDocument,
} from "../../../src/workbook/xlsx";
import { featureWorkbook, tempDir, writeWorkbook } from "./fixtures";
import { BUDGET, SUMMARY, plan1, plan2, shape } from "../revertPlans";

let dir: string;
let input: string;

beforeAll(async () => {
  dir = tempDir("xlsx-revert-");
  const wb = await featureWorkbook();
  wb.getWorksheet(BUDGET)!.getCell("L4").numFmt = "0.0%"; // an empty, pre-formatted cell the plan fills
  input = await writeWorkbook(wb, dir, "in.xlsx");
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function formats(doc: XlsxDocument, sheet: string): unknown {
  return (
    (doc.workbook.getWorksheet(sheet) as unknown as { conditionalFormattings?: unknown[] })
      .conditionalFormattings ?? []
  );
}

describe("xlsx revert", () => {
  it("restores the original after two recorded runs, across saves and reloads", async () => {
    const original = await loadXlsx(input);

    const doc1 = await loadXlsx(input);
    expect(readRevertRecord(doc1)).toBeNull();
    applyPlanWithRecord(doc1, plan1);
    const out1 = path.join(dir, "run1.xlsx");
    await saveXlsx(doc1, out1);

    const doc2 = await loadXlsx(out1);
    const rec1 = readRevertRecord(doc2);
    expect(rec1?.cells).toHaveLength(6);
    expect(doc2.workbook.getWorksheet(REVERT_SHEET)?.state).toBe("veryHidden");
    const bud = doc2.data.sheets.find((s) => s.name === BUDGET)!;
    expect(bud.rows[2][9]).toEqual({ value: "=cmd|' /C calc'!A0" });
    applyPlanWithRecord(doc2, plan2);
    const out2 = path.join(dir, "run2.xlsx");
    await saveXlsx(doc2, out2);

    const doc3 = await loadXlsx(out2);
    const rec2 = readRevertRecord(doc3)!;
    // The first run's before-state is kept for K1 and K3 (not the first run's writes).
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

    expect(revertXlsx(doc3)).toEqual({ cells: 9 });
    const out3 = path.join(dir, "reverted.xlsx");
    await saveXlsx(doc3, out3);
    const back = await loadXlsx(out3);

    expect(back.workbook.worksheets.map((w) => w.name)).toEqual(
      original.workbook.worksheets.map((w) => w.name),
    );
    expect(back.data.sheets.some((s) => s.name === REVERT_SHEET)).toBe(false);
    expect(shape(back.data)).toEqual(shape(original.data));
    expect(formats(back, BUDGET)).toEqual(formats(original, BUDGET));
    expect(back.workbook.getWorksheet(BUDGET)!.getCell("L4").numFmt).toBe("0.0%");
    expect(back.workbook.getWorksheet(BUDGET)!.getCell("K1").font?.bold).toBeFalsy();
    expect(revertXlsx(back)).toBeNull();
  });

  it("leaves a workbook without a valid record alone", async () => {
    const doc = await loadXlsx(input);
    const ws = doc.workbook.addWorksheet(REVERT_SHEET, { state: "veryHidden" });
    ws.getCell("A1").value = "{not json";
    expect(readRevertRecord(doc)).toBeNull();
    expect(revertXlsx(doc)).toBeNull();
    expect(doc.workbook.getWorksheet(REVERT_SHEET)).toBeDefined();
  });

  it("writes a large record in several chunks and reads it back", async () => {
    const doc = await loadXlsx(input);
    const record = {
      version: 1 as const,
      cells: Array.from({ length: 2000 }, (_, i) => ({
        sheet: BUDGET,
        row: i + 10,
        col: 20,
        before: { value: `原因 ${"x".repeat(40)} ${i}` },
      })),
      addedSheets: [],
      conditionalFormats: [],
    };
    writeRevertRecord(doc, record);
    const file = path.join(dir, "big.xlsx");
    await saveXlsx(doc, file);
    const back = await loadXlsx(file);
    expect(back.workbook.getWorksheet(REVERT_SHEET)!.getCell("B1").value).toBeNull();
    expect(back.workbook.getWorksheet(REVERT_SHEET)!.getCell("A2").value).toEqual(expect.any(String));
    expect(readRevertRecord(back)).toEqual(record);
  });
});

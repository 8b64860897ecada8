import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { a1, quoteSheet } from "../../../src/core/cellRef";
import { round2 } from "../../../src/core/round";
import type { CellWrite, WritePlan } from "../../../src/core/plan/writePlan";
import { applyPlanToPackage, loadPackage, savePackage } from "../../../src/workbook/ooxml";
import {
  describeWithLibreOffice,
  disposeLibreOffice,
  recalculate,
  recalculatedValues,
} from "../../helpers/libreoffice";
import { tempDir, writeWorkbook } from "../xlsx/fixtures";
import { figure } from "../../helpers/figure";

/** A sheet name that needs quoting in formulas: a space and a quote. */
const SHEET = "Budget O'Neil 2021";
const SUMMARY = "Summary";

/** [name, budget (C), actual (D)], score weight in B. */
const LINES: Array<[string, number, number | string | null, number]> = [
  ["办公经费", 100, 80, 10],
  ["培训费", 0, 25, 10],
  ["差旅费", 40, 50, 20],
  ["会议费", 3, 1, 15],
  ["印刷费", 7.5, null, 5],
];

function excelRate(budget: number, actual: number | string | null): number {
  return budget === 0 ? 0 : typeof actual === "number" ? actual / budget : 0;
}

describeWithLibreOffice("formulas recalculated by LibreOffice", () => {
  let dir: string;
  let values: Map<string, unknown>;
  let seconds: number;
  let output: string;
  const expected = new Map<string, number | string>();

  beforeAll(async () => {
    dir = tempDir("lo-");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEET);
    ws.addRow(["项目", "分值", "预算数", "执行数"]);
    for (const l of LINES) ws.addRow(l[2] === null ? [l[0], l[3], l[1]] : [l[0], l[3], l[1], l[2]]);
    ws.getCell("G1").value = 1.005;
    const input = await writeWorkbook(wb, dir, "lo input.xlsx");

    const q = quoteSheet(SHEET);
    const cells: CellWrite[] = [];
    LINES.forEach(([, budget, actual, weight], i) => {
      const r = i + 1; // 0-based row of the line
      const C = a1(r, 2);
      const D = a1(r, 3);
      const B = a1(r, 1);
      const rate = excelRate(budget, actual);
      // Deliberately wrong cached results: LibreOffice must replace them.
      cells.push({
        kind: "formula",
        sheet: SHEET,
        row: r,
        col: 4,
        formula: `IF(N(${C})=0,0,${D}/${C})`,
        value: -1,
        numFmt: "0.00%",
      });
      cells.push({
        kind: "formula",
        sheet: SHEET,
        row: r,
        col: 5,
        formula: `ROUND(${B}*MIN(1,E${r + 1}),2)`,
        value: -1,
        numFmt: "0.00",
      });
      expected.set(`${SHEET}!E${r + 1}`, rate);
      expected.set(`${SHEET}!F${r + 1}`, round2(weight * Math.min(1, rate)));
      cells.push({
        kind: "formula",
        sheet: SUMMARY,
        row: i,
        col: 0,
        formula: `"执行率"&TEXT(${q}!E${r + 1}*100,"0.00")&"%"`,
        value: null,
      });
      expected.set(`${SUMMARY}!A${i + 1}`, `执行率${(Math.round(rate * 10000 + 1e-9) / 100).toFixed(2)}%`);
    });
    cells.push({ kind: "formula", sheet: SHEET, row: 0, col: 7, formula: "ROUND(G1,2)", value: null });
    expected.set(`${SHEET}!H1`, 1.01);
    cells.push({ kind: "formula", sheet: SHEET, row: 1, col: 7, formula: "ROUND(1.005,2)", value: null });
    expected.set(`${SHEET}!H2`, 1.01);
    cells.push({ kind: "formula", sheet: SUMMARY, row: 10, col: 0, formula: `SUM(${q}!F2:F6)`, value: 0 });
    expected.set(
      `${SUMMARY}!A11`,
      LINES.reduce((s, l) => s + round2(l[3] * Math.min(1, excelRate(l[1], l[2]))), 0),
    );
    cells.push({ kind: "text", sheet: SUMMARY, row: 11, col: 0, text: "=1+1" });
    expected.set(`${SUMMARY}!A12`, "=1+1");

    const plan: WritePlan = {
      removeSheets: [],
      conditionalFormats: [],
      cells: cells.filter((c) => c.sheet === SHEET),
      newSheets: [
        {
          name: SUMMARY,
          columnWidths: [40],
          pageSetup: { paper: "A4", orientation: "portrait", fitToWidth: true },
          cells: cells.filter((c) => c.sheet === SUMMARY),
        },
      ],
    };
    const doc = await loadPackage(input);
    applyPlanToPackage(doc, plan);
    const out = path.join(dir, "lo output.xlsx");
    await savePackage(doc, out);
    const t0 = Date.now();
    const recalculated = await recalculate(out);
    seconds = (Date.now() - t0) / 1000;
    values = await recalculatedValues(recalculated);
    output = out;
  });

  afterAll(async () => {
    await disposeLibreOffice();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("every written formula computes the hand-computed figure", () => {
    expect(expected.size).toBe(19);
    for (const [key, want] of expected) {
      const got = values.get(key);
      if (typeof want === "number") {
        expect([key, typeof got]).toEqual([key, "number"]);
        expect([key, Math.abs((got as number) - want) < 1e-9]).toEqual([key, true]);
      } else {
        expect([key, got]).toEqual([key, want]);
      }
    }
  });

  test("the source data survives the recalculation", () => {
    expect(values.get(`${SHEET}!A2`)).toBe("办公经费");
    expect(values.get(`${SHEET}!C3`)).toBe(0);
    expect(values.get(`${SHEET}!D6`)).toBeUndefined();
  });

  test("a recalculation takes well under the timeout", () => {
    figure(`LibreOffice recalculation: ${seconds.toFixed(1)} s`);
    expect(seconds).toBeLessThan(120);
  });

  test("concurrent calls in one process are serialised and both succeed", async () => {
    const t0 = Date.now();
    const [a, b] = await Promise.all([recalculate(output), recalculate(output)]);

    figure(`two more recalculations (warm profile): ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    expect(a).not.toBe(b);
    expect((await recalculatedValues(a)).get(`${SHEET}!H1`)).toBe(1.01);
    expect((await recalculatedValues(b)).get(`${SUMMARY}!A1`)).toBe("执行率80.00%");
  });

  test("a file LibreOffice cannot open rejects with a clear error", async () => {
    const bad = path.join(dir, "missing.xlsx");
    await expect(recalculate(bad)).rejects.toThrow(/missing\.xlsx: file not found/);
  });

  // Last: a killed soffice may leave this process's profile half-written.
  test("a recalculation over its time limit is killed and reported", async () => {
    await expect(recalculate(output, 50)).rejects.toThrow(/LibreOffice did not finish within 0.05 s/);
  });
});

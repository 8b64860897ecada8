/**
 * Properties over generated workbooks (test/core/arbitraryWorkbook.ts: shuffled tables, hostile
 * text, error values, huge and negative figures, dates, merges), beyond test/core/noDataLoss:
 * the engine never throws, never plans a write into a non-empty cell or under a merge, the xlsx
 * adapter accepts every plan, and the xlsx reader turns any damaged file into a one-line XlsxError.
 *
 * FUZZ_RUNS sets the number of cases (300 by default; `npm run fuzz` runs 10,000). The ExcelJS
 * round trips are slower and run a tenth as many.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { runEngine } from "../../src/core/engine";
import {
  cellAt,
  gridFromValues,
  isEmptyCell,
  mergeAt,
  type CellValue,
  type WorkbookData,
} from "../../src/core/grid";
import { applyPlanToPackage, loadPackageBuffer, packageBuffer } from "../../src/workbook/ooxml";
import { XlsxError } from "../../src/workbook/xlsxError";
import { arbitraryWorkbook } from "../core/arbitraryWorkbook";
import { applyToData } from "../helpers/applyToData";

const runs = Number(process.env.FUZZ_RUNS ?? 300) || 300;
const slowRuns = Math.max(20, Math.round(runs / 10));
const options = { rules: "mof2020", lang: "zh-CN", summary: true } as const;

test("the engine never throws and writes only into empty cells outside merges", () => {
  fc.assert(
    fc.property(arbitraryWorkbook, (wb) => {
      const { plan } = runEngine(wb, options);
      for (const w of plan.cells) {
        const g = wb.sheets.find((s) => s.name === w.sheet);
        expect(g).toBeDefined();
        if (!g) continue;
        const cell = cellAt(g, w.row, w.col);
        if (!isEmptyCell(cell)) expect(w.kind === "formula" && cell?.formula).toBeTruthy();
        const m = mergeAt(g, w.row, w.col);
        if (m) expect([m.top, m.left]).toEqual([w.row, w.col]);
      }
    }),
    { numRuns: runs },
  );
});

/** The generated grids as an ExcelJS workbook (values, number formats, merges). */
async function toXlsx(wb: WorkbookData): Promise<Buffer> {
  const x = new ExcelJS.Workbook();
  for (const g of wb.sheets) {
    const ws = x.addWorksheet(g.name);
    g.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c || c.value === null) return;
        const cell = ws.getCell(r + 1, col + 1);
        cell.value = c.value as ExcelJS.CellValue;
        if (c.numFmt) cell.numFmt = c.numFmt;
      }),
    );
    for (const m of g.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return Buffer.from(await x.xlsx.writeBuffer());
}

test("through the package adapter: every plan applies, and a second run plans nothing", async () => {
  await fc.assert(
    fc.asyncProperty(arbitraryWorkbook, async (wb) => {
      const doc = loadPackageBuffer(await toXlsx(wb), "generated.xlsx");
      const first = runEngine(doc.data, options);
      applyPlanToPackage(doc, first.plan);
      const again = loadPackageBuffer(packageBuffer(doc), "generated.xlsx");
      const second = runEngine(again.data, options);
      expect(second.plan.cells).toEqual([]);
      expect(second.plan.newSheets).toEqual(first.plan.newSheets);
    }),
    { numRuns: slowRuns },
  );
}, 600_000);

test("the xlsx reader turns random and damaged bytes into an XlsxError, never anything else", async () => {
  const good = await toXlsx(fc.sample(arbitraryWorkbook, { numRuns: 1, seed: 7 })[0]);
  const damaged = fc.oneof(
    fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)),
    // A real workbook with bytes overwritten, or cut short.
    fc
      .array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((edits) => {
        const b = Buffer.from(good);
        for (const [i, v] of edits) b[i] = v;
        return b;
      }),
    fc.nat(good.length - 1).map((n) => good.subarray(0, n)),
  );
  await fc.assert(
    fc.asyncProperty(damaged, async (buf) => {
      try {
        const doc = loadPackageBuffer(buf, "damaged.xlsx");
        runEngine(doc.data, options); // a file that still reads must evaluate without throwing
      } catch (e) {
        expect(e).toBeInstanceOf(XlsxError);
        expect((e as Error).message.startsWith("damaged.xlsx: ")).toBe(true);
        expect((e as Error).message).not.toContain("\n");
      }
    }),
    { numRuns: slowRuns },
  );
}, 600_000);

describe("shrunk counterexamples the fuzz pass found, kept as regressions", () => {
  test("an empty merge from the header down, right of the budget table, does not end it on the rerun", async () => {
    // The run appends 执行率 at I; on the rerun the table reached the merge H2:H3, whose bottom
    // then ended the table above its last line.
    const budget = gridFromValues(
      "支出",
      [
        ["单位：万元"],
        [40000, "分值", "调整预算数", "得分", "项目", "年初预算数", "全年执行数"],
        ["=1+1", null, 0, null, "合计", 0, 0],
        [0, null, "766. 17", null, "合计", 0, 0],
      ],
      [{ top: 1, left: 7, bottom: 2, right: 7 }],
    );
    const indicators = gridFromValues("绩效指标", [
      [
        "偏差原因分析及改进措施",
        "年度指标值",
        "分值",
        "一级指标",
        "实际完成值",
        "二级指标",
        "自评得分",
        "三级指标",
        "得分",
        "计分方法",
      ],
      ["达成", "≥0个", "5分", null, 0],
    ]);
    const rows = budget.rows.map((r, i) =>
      i === 1 ? [{ value: 40000, numFmt: "yyyy-mm-dd" }, ...r.slice(1)] : r,
    );
    const wb: WorkbookData = { sheets: [indicators, { ...budget, rows }] };
    const doc = loadPackageBuffer(await toXlsx(wb), "regression.xlsx");
    const first = runEngine(doc.data, options);
    applyPlanToPackage(doc, first.plan);
    const again = loadPackageBuffer(packageBuffer(doc), "regression.xlsx");
    expect(runEngine(again.data, options).plan.newSheets).toEqual(first.plan.newSheets);
  });

  // A value just below the table, right of it, in a column the run appends: on the rerun that
  // column is the table's, and the row below read as one more indicator.
  test("a value just below the table, where the run appends columns, does not lengthen it", () => {
    const rows: (CellValue | undefined)[][] = [
      ["年度指标值", "实际完成值", "一级指标", "分值", "得分", "三级指标"],
      ["≥95%", "96%", "产出", 50, null, "合格率"],
      ["≥10", 8, "产出", 50, null, "场次"],
    ];
    rows[3] = [];
    rows[3][6] = 12; // G4, right below the table where the completion column goes
    rows[4] = [7];
    const wb: WorkbookData = { sheets: [gridFromValues("绩效指标", rows)] };
    const first = runEngine(wb, options);
    const second = runEngine(applyToData(wb, first.plan), options);
    expect(second.plan.newSheets).toEqual(first.plan.newSheets);
  });
});

/**
 * The print plan on the sample (hand-checked against the sheets): 支出 A1:E16 with its header row 3
 * repeated, 绩效指标 from A1 to the last column the run appends with header row 2 repeated, and the
 * summary's column A only (column B holds the stale checks), all A4 portrait, one page wide.
 */
import { runEngine } from "../../../src/core/engine";
import { samplePreview } from "../../../src/workbook/memory";

test("the sample: every evaluated sheet and the summary", () => {
  const data = samplePreview();
  const { plan } = runEngine(data, { rules: "mof2020", lang: "zh-CN", summary: true });
  const print = plan.print ?? [];
  expect(print.map((p) => p.sheet)).toEqual(["支出", "绩效指标", "绩效自评报告"]);
  for (const p of print) expect(p.page).toEqual({ paper: "A4", orientation: "portrait", fitToWidth: true });
  expect(print[0]).toMatchObject({
    area: { top: 0, left: 0, bottom: 15, right: 4 },
    titleRows: { top: 2, bottom: 2 },
  });
  const lastWritten = Math.max(...plan.cells.filter((c) => c.sheet === "绩效指标").map((c) => c.col));
  expect(print[1]).toMatchObject({
    area: { top: 0, left: 0, right: lastWritten },
    titleRows: { top: 1, bottom: 1 },
  });
  expect(print[1].area.right).toBeGreaterThanOrEqual(9);
  const summary = plan.newSheets[0];
  expect(print[2].area).toEqual({ top: 0, left: 0, bottom: summary.rowHeights!.length - 1, right: 0 });
  expect(print[2].titleRows).toBeUndefined();
});

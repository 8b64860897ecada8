/**
 * Review mode through the pane's path: the setting is stored with the workbook's settings (and read
 * back by the Office host), the shared run command passes it to the engine, and a reviewer's typed
 * 复核得分 and reason in the preview workbook survive the next Run.
 */
import type { Cell, WorkbookData } from "../../../src/core/grid";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { samplePreview } from "../../../src/workbook/memory/samplePreview";
import { parseSettings } from "../../../src/workbook/office";
import { runEvaluation } from "../../../src/workbook/runCommand";

const typedAt = (data: WorkbookData, sheet: string, row: number, col: number, value: Cell["value"]) => ({
  sheets: data.sheets.map((g) =>
    g.name !== sheet
      ? g
      : { ...g, rows: g.rows.map((r, i) => (i !== row ? r : r.map((c, j) => (j === col ? { value } : c)))) },
  ),
});

test("the Office host keeps review mode in the workbook's settings, and only a true one", () => {
  expect(parseSettings(JSON.stringify({ rules: "mof2020", review: true }))).toEqual({
    rules: "mof2020",
    review: true,
  });
  expect(parseSettings(JSON.stringify({ rules: "mof2020", review: "yes" }))).toEqual({ rules: "mof2020" });
});

test("Run in review mode appends the review columns; the next Run keeps what the reviewer typed", async () => {
  const host = new MemoryWorkbook(samplePreview());
  const settings = { rules: "mof2020", review: true } as const;
  const first = await runEvaluation(host, settings, "zh-CN");
  const heads = first.result.plan.cells.flatMap((c) =>
    c.kind === "text" && c.style === "header" ? [c.text] : [],
  );
  expect(heads).toEqual(expect.arrayContaining(["复核得分", "复核扣分原因", "偏离度"]));
  const line = [...first.result.details[0].cells.review!.indicators.values()][0];
  const { score, reason } = line.cells;
  // The reviewer types in the workbook: a score and a reason.
  const typed = typedAt(
    typedAt(host.workbook, line.sheet, score!.row, score!.col, 0.5),
    line.sheet,
    reason!.row,
    reason!.col,
    "依据不足",
  );
  const again = new MemoryWorkbook(typed);
  const second = await runEvaluation(again, settings, "zh-CN");
  const touches = (r: { row: number; col: number }) =>
    second.result.plan.cells.some((c) => c.sheet === line.sheet && c.row === r.row && c.col === r.col);
  expect(touches(score!) || touches(reason!)).toBe(false);
  const cell = (r: { row: number; col: number }) =>
    again.workbook.sheets.find((g) => g.name === line.sheet)!.rows[r.row][r.col]?.value;
  expect([cell(score!), cell(reason!)]).toEqual([0.5, "依据不足"]);
  const kept = second.result.evaluations[0].review!.indicators[0];
  expect(kept).toMatchObject({ reviewScore: 0.5, typed: true });
  // Without the setting, the same command writes no review column.
  const plain = await runEvaluation(new MemoryWorkbook(samplePreview()), { rules: "mof2020" }, "zh-CN");
  expect(plain.result.plan.cells.some((c) => c.kind === "text" && c.text === "复核得分")).toBe(false);
});

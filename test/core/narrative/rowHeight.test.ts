/**
 * Excel caps a row at 409.5 pt and repairs a file with a taller one: a summary paragraph longer
 * than a row can show (a long 偏差原因, many indicators) continues on the rows below, cut at a
 * clause, figures whole, and no text is lost.
 */
import { runEngine } from "../../../src/core/engine";
import { gridFromValues } from "../../../src/core/grid";
import { rowCapacity, splitParagraph } from "../../../src/core/narrative/layout";
import { num, renderText, text } from "../../../src/core/narrative/parts";

const EXCEL_MAX_ROW_HEIGHT = 409.5;
const reason = Array.from(
  { length: 120 },
  (_, i) => `第${i + 1}项原因是场地调整与人员变动导致活动延期；`,
).join("");

function summaryOf(rows: (string | number)[][]) {
  const grid = gridFromValues("指标", [
    ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "偏差原因"],
    ...rows,
  ]);
  return runEngine({ sheets: [grid] }, { rules: "mof2020", lang: "zh-CN", summary: true }).plan.newSheets[0];
}

const shown = (c: { kind: string; value?: unknown; text?: string }) =>
  c.kind === "formula" ? String(c.value) : String(c.text);

test("a very long reason: every row at most 409.5 pt, and the reason is all there", () => {
  const sheet = summaryOf([["产出", "培训场次", "≥10场", "8场", 50, reason]]);
  const heights = sheet.rowHeights!;
  // One height per row of column A (the report; column B holds its stale checks).
  expect(heights).toHaveLength(Math.max(...sheet.cells.filter((c) => c.col === 0).map((c) => c.row)) + 1);
  expect(Math.max(...heights)).toBeLessThanOrEqual(EXCEL_MAX_ROW_HEIGHT);
  expect(sheet.cells.map(shown).join("")).toContain(reason);
});

test("many indicators below target: no row is taller than Excel allows", () => {
  const rows = Array.from({ length: 300 }, (_, i) => [
    "产出",
    `指标${i + 1}`,
    "≥5场",
    "1场",
    0.3,
    `原因${i + 1}`,
  ]);
  const sheet = summaryOf(rows);
  expect(Math.max(...sheet.rowHeights!)).toBeLessThanOrEqual(EXCEL_MAX_ROW_HEIGHT);
});

describe("splitParagraph", () => {
  test("a short paragraph stays one row", () => {
    const parts = [text("得分"), num("B2", 9.5), text("分。")];
    expect(splitParagraph(parts, "body")).toEqual([parts]);
  });

  test("cuts text at a clause, keeps figures whole, loses nothing", () => {
    const parts = [
      text("甲".repeat(rowCapacity("body") / 2 - 5) + "，" + "乙".repeat(10)),
      num("B2", 12.345),
      text("分。"),
    ];
    const rows = splitParagraph(parts, "body");
    expect(rows.length).toBe(2);
    expect(renderText(rows[0])).toMatch(/，$/);
    expect(rows.map(renderText).join("")).toBe(renderText(parts));
    expect(rows.flat().filter((p) => p.kind === "number")).toHaveLength(1);
  });
});

import { runEngine } from "../../../src/core/engine";
import { gridFromValues, type WorkbookData } from "../../../src/core/grid";
import { summarySheetName } from "../../../src/core/narrative/summarySheet";
import { applyToData } from "../../helpers/applyToData";

const table = gridFromValues("指标", [
  ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
  ["产出", "场次", "≥5场", "6场", 50, null],
  ["效益", "满意度", "≥90%", "80%", 50, null],
]);
const opts = { rules: "mof2020", lang: "zh-CN", summary: true } as const;

test("a user's sheet named like the summary is left alone; the summary takes a free name", () => {
  const user = gridFromValues("绩效自评报告", [["我自己的报告"]]);
  const wb: WorkbookData = { sheets: [table, user] };
  const first = runEngine(wb, opts);
  expect(first.plan.removeSheets).toEqual([]);
  expect(first.plan.newSheets[0].name).toBe("绩效自评报告 (2)");
  const once = applyToData(wb, first.plan);
  const second = runEngine(once, opts);
  expect(second.plan.removeSheets).toEqual(["绩效自评报告 (2)"]);
  expect(second.plan.newSheets[0].name).toBe("绩效自评报告 (2)");
  expect(
    applyToData(once, second.plan).sheets.find((s) => s.name === "绩效自评报告")?.rows[0][0]?.value,
  ).toBe("我自己的报告");
});

test("a rerun in the other language replaces the earlier summary", () => {
  const once = applyToData({ sheets: [table] }, runEngine({ sheets: [table] }, opts).plan);
  const en = runEngine(once, { ...opts, lang: "en-US" });
  expect(en.plan.removeSheets).toEqual(["绩效自评报告"]);
  expect(en.plan.newSheets[0].name).toBe("Self-evaluation summary");
});

test("free names stay within Excel's 31 characters", () => {
  const base = "A".repeat(31);
  const name = summarySheetName(base, [base]);
  expect(name.length).toBeLessThanOrEqual(31);
  expect(name.endsWith(" (2)")).toBe(true);
});

test("text from the workbook stays a string literal inside the summary's formulas", () => {
  // Built cell by cell: these are text cells that merely look like formulas.
  const header = ["三级指标", "年度指标值", "实际完成值", "分值", "偏差原因分析及改进措施"].map((value) => ({
    value,
  }));
  const row = ['=HYPERLINK("http://x")', "≥5场", "1场", 100, "=cmd|' /C calc'!A0"].map((value) => ({
    value,
  }));
  const hostile = { name: "指标", rows: [header, row], merges: [] };
  const plan = runEngine({ sheets: [hostile] }, opts).plan;
  const formulas = plan.newSheets[0].cells.flatMap((c) => (c.kind === "formula" ? [c.formula] : []));
  const joined = formulas.join("\n");
  expect(joined).toContain('"“=HYPERLINK(""http://x"")”');
  expect(joined).not.toMatch(/&=?HYPERLINK\(/);
  expect(joined).toContain("=cmd|' /C calc'!A0");
  for (const f of formulas) expect(f.replace(/"(?:[^"]|"")*"/g, "")).not.toMatch(/HYPERLINK|cmd\|/);
});

import { runEngine } from "../../../src/core/engine";
import { gridFromValues } from "../../../src/core/grid";
import { listLimits } from "../../../src/core/narrative/sections";

test("long lists name the first indicators and refer the reader to the table", () => {
  const rows = Array.from({ length: 200 }, (_, i) => [
    "产出",
    `指标${i + 1}`,
    "≥5场",
    i % 2 ? "6场" : "1场",
    0.5,
    "疫情影响",
  ]);
  const grid = gridFromValues("指标", [
    ["一级指标", "三级指标", "年度指标值", "实际完成值", "分值", "偏差原因"],
    ...rows,
  ]);
  const plan = runEngine({ sheets: [grid] }, { rules: "mof2020", lang: "zh-CN", summary: true }).plan;
  const text = plan.newSheets[0].cells
    .filter((c) => c.col === 0)
    .map((c) => (c.kind === "formula" ? String(c.value) : c.text))
    .join("\n");
  const met = text.split("（三）主要工作成效")[1].split("三、存在的主要问题")[0];
  expect(met.match(/“指标\d+”/g)).toHaveLength(listLimits.met);
  expect(met).toContain("其余见指标表");
  // One cause (疫情影响) for every miss: one problem, which may continue over several rows.
  const problems = text.split("三、存在的主要问题")[1].split("四、下一步改进措施")[0];
  expect(problems.match(/“指标\d+”/g)).toHaveLength(listLimits.names);
  // The missed indicators with their reasons: 100 of the 100 missed are detailed.
  expect(text.split("（三）主要工作成效")[0].match(/未达预期/g)).toHaveLength(
    Math.min(100, listLimits.missed),
  );
});

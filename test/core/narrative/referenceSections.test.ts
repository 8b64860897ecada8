/**
 * The summary built from the bundled sample has every section of the reference report, in its
 * order, and writes Chinese as that report does: no ".00" on scores, 不得分 for 0, no doubled words,
 * no cell addresses in the text. The project tables of the corpus get their 项目概况 and 年度总体目标
 * from the workbook's own cells.
 */
import * as fs from "fs";
import * as path from "path";
import { loadPackage } from "../../../src/workbook/ooxml";
import { runEngine } from "../../../src/core/engine";
import { renderText } from "../../../src/core/narrative/parts";
import { samplePath } from "../../helpers/evaluateFile";
import type { Lang } from "../../../src/core/types";

const reference = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../fixtures/reference/zengcheng-cast-2021-headings.json"), "utf8"),
) as { title: string; headings: string[] };

async function summaryLines(file: string, lang: Lang = "zh-CN"): Promise<string[]> {
  const doc = await loadPackage(file);
  const r = runEngine(doc.data, { rules: "mof2020", lang, summary: true });
  const sheet = r.plan.newSheets[0];
  return sheet.cells
    .filter((c) => c.col === 0)
    .sort((a, b) => a.row - b.row)
    .map((c) => (c.kind === "text" ? c.text : String(c.value ?? "")));
}

test("every heading of the reference report, in order, and its title", async () => {
  const lines = await summaryLines(samplePath);
  expect(lines[0]).toBe(reference.title);
  let at = 0;
  for (const h of reference.headings) {
    const i = lines.indexOf(h, at);
    expect({ heading: h, found: i >= 0 }).toEqual({ heading: h, found: true });
    at = i + 1;
  }
  // The check can fail: a heading out of order is not found after the one before it.
  expect(lines.indexOf(reference.headings[0], lines.indexOf(reference.headings[5]))).toBe(-1);
});

test("Chinese as the reference writes it", async () => {
  const text = (await summaryLines(samplePath)).join("\n");
  expect(text).toContain("采购管理分值2分，自评不得分。");
  expect(text).toContain("管理效能指标总分40分，得分32.48分");
  expect(text).toContain("项目支出包括：1、运行经费32.01万元，其中包括：①其他运行经费19.89万元");
  expect(text).toContain("基本支出数为460.07万元");
  expect(text).toContain("完成年度预算100%");
  expect(text).not.toMatch(/\d\.00分|\.00%|指标指标|支出支出|得分0分/);
  // No cell address (支出!D5, A1) inside the report's text.
  expect(text).not.toMatch(/[!！][A-Z]{1,3}\d+|\b[A-Z]{1,2}\d{1,5}\b/);
  // Problems grouped by cause: the three misses the reference report puts down to the epidemic.
  expect(text).toMatch(
    /受到新冠肺炎疫情影响，部分指标未达到年度指标值：“组织开展‘全国科普日’系列活动受众人次”.*“举办全区科协组织各类业务培训、外出交流活动场次”.*“组织开展科技工作者工作交流”/,
  );
  expect(text).toContain("针对问题1，");
});

test("English to the same standard", async () => {
  const text = (await summaryLines(samplePath, "en-US")).join("\n");
  expect(text).toContain("(3) Main achievements");
  expect(text).toMatch(/is worth 2 points, scored nothing\./);
  expect(text).not.toMatch(/\d\.00 points|\.00%/);
});

test("a project table: 项目概况 and 年度总体目标 from its own cells", async () => {
  const lines = await summaryLines(
    path.join(__dirname, "../../fixtures/real/shanghai-putuo-tiyu-2022-project.xlsx"),
  );
  expect(lines[0]).toBe(
    "上海市普陀区体育事业管理中心2022年普陀体育中心与委托运营方结算费用项目支出绩效自评报告",
  );
  const text = lines.join("\n");
  expect(text).toContain(
    "项目名称为普陀体育中心与委托运营方结算费用，主管部门为上海市普陀区体育局，实施单位为上海市普陀区体育事业管理中心。",
  );
  expect(text).toContain("实际完成情况：已完成普陀体育中心与委托运营方费用结算。");
  expect(lines).toContain("（一）项目概况");
  expect(renderText([])).toBe("");
});

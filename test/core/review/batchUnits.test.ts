/**
 * The batch review's 汇总 brings every table's amounts to 万元, so a table in 元 and one in 万元 sum
 * and compare (and --key-budget means one amount for both). Figures are the published tables' own.
 */
import * as path from "path";
import { runEngine } from "../../../src/core/engine";
import { reviewBatch, type ReviewedFile } from "../../../src/core/review/batch";
import { loadPackage } from "../../../src/workbook/ooxml";
import { repoRoot } from "../../helpers/evaluateFile";

async function reviewed(file: string): Promise<ReviewedFile> {
  const doc = await loadPackage(path.join(repoRoot, file));
  return {
    kind: "read",
    file,
    wb: doc.data,
    result: runEngine(doc.data, { rules: "mof2020", lang: "zh-CN" }),
  };
}

const PUTUO = "test/fixtures/real/shanghai-putuo-tiyu-2022-project.xlsx";
const TANGXI = "test/fixtures/real/anhui-chizhou-tangxi-2022-project.xlsx";

test("a table in 元 is summed in 万元 beside one in 万元", async () => {
  const files = [await reviewed(PUTUO), await reviewed(TANGXI)];
  const batch = reviewBatch(files, { size: { kind: "count", n: 0 }, seed: 1, keyBudget: 30 }, "zh-CN");
  const putuo = batch.rows.find((r) => r.file === PUTUO);
  // 项目资金(元): 全年预算数 250000, 全年执行数 215,457.6 (the page's own figures).
  expect(putuo?.statedUnit).toBe("元");
  expect(putuo?.budget).toBeCloseTo(25, 9);
  expect(putuo?.actual).toBeCloseTo(21.54576, 9);
  const tangxi = batch.rows.find((r) => r.file === TANGXI);
  expect(tangxi?.statedUnit).toBe("万元");
  // --key-budget 30 (万元): the 25万元 project is not a key project, though 250000 is the figure printed.
  expect(batch.sample.drawn.map((d) => d.file)).not.toContain(PUTUO);
  const keyed = reviewBatch(files, { size: { kind: "count", n: 0 }, seed: 1, keyBudget: 25 }, "zh-CN");
  expect(keyed.sample.drawn.map((d) => d.file)).toContain(PUTUO);
});

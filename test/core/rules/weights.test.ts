/** The weights framework check of a rule pack, on the sample (管理效能 40 + 履职效能 60) and on blocks built here. */
import { runEngine } from "../../../src/core/engine";
import type { BlockResult } from "../../../src/core/result";
import { packNamed } from "../../../src/core/rules/shipped";
import { weightFindings } from "../../../src/core/rules/weights";
import { loadPackage } from "../../../src/workbook/ooxml";
import { samplePath } from "../../helpers/evaluateFile";

const block = (level1: string, weight: number): BlockResult => ({
  level1,
  level2: "",
  weight,
  score: 0,
  sheet: "S",
  firstRow: 0,
  lastRow: 0,
});

test("the MoF framework: each block checked once all are present; the execution 分值 too", () => {
  const f = packNamed("mof2020-weights")?.weights ?? null;
  expect(
    weightFindings(f, [block("产出指标", 50), block("效益指标", 30), block("满意度指标", 10)], 10),
  ).toEqual([]);
  expect(
    weightFindings(f, [block("产出指标", 60), block("效益指标", 20), block("满意度指标", 10)], 8),
  ).toEqual([
    { level1: "产出指标", stated: 60, expected: 50 },
    { level1: "效益指标", stated: 20, expected: 30 },
    { level1: null, stated: 8, expected: 10 },
  ]);
  // No 满意度 block: its 10 may have moved to 产出 and 效益 (财预〔2020〕10号), so nothing is told.
  expect(weightFindings(f, [block("产出指标", 55), block("效益指标", 35)], 10)).toEqual([]);
  expect(weightFindings(null, [block("产出指标", 1)], 1)).toEqual([]);
});

test("the sample holds to the Guangzhou framework; mof2020 and pass-fail raise no framework flag", async () => {
  const wb = (await loadPackage(samplePath)).data;
  const codes = (rules: string) =>
    runEngine(wb, { rules, lang: "zh-CN" }).flags.filter((f) => f.code === "weight-framework");
  expect(codes("guangzhou-dept")).toEqual([]);
  expect(codes("mof2020")).toEqual([]);
  const narrower = {
    ...packNamed("guangzhou-dept")!,
    weights: {
      name: "测试",
      blocks: [
        { match: ["管理效能"], weight: 30 },
        { match: ["履职效能"], weight: 70 },
      ],
      execution: null,
    },
  };
  const flags = runEngine(wb, { rules: narrower, lang: "zh-CN" }).flags.filter(
    (f) => f.code === "weight-framework",
  );
  expect(flags.map((f) => f.message)).toEqual([
    "“管理效能”分值为40，评分框架（测试）规定为30。",
    "“履职效能”分值为60，评分框架（测试）规定为70。",
  ]);
});

/**
 * Layouts of real tables that no table in the corpus shows on its own, each a grid derived from the
 * national form (财预〔2020〕10号) with the change named in the test; figures computed by hand.
 */
import { displayRef } from "../../../src/core/cellRef";
import { runEngine } from "../../../src/core/engine";
import { book, sheet, type Rows } from "../detect/build";

const _ = null;
const run = (rows: Rows, merges: readonly string[] = []) =>
  runEngine(book(sheet("S", rows, merges)), { rules: "mof2020", lang: "zh-CN" });
const flags = (r: ReturnType<typeof run>) => r.flags.map((f) => `${f.code} ${displayRef(f.cell)}`).sort();

const INDICATORS: Rows = [
  ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
  [_, "产出指标", "数量指标", "培训人次", "≥200人次", "200人次", 50, _],
  [_, "效益指标", "社会效益指标", "满意度", "≥90%", "95%", 40, _],
];

test("line names in the label's own column, colon and numbered forms", () => {
  // 项目资金（万元） heads the names' own column A; 年度资金总额： with a colon, 1、 numbering.
  const r = run([
    ["项目资金（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
    ["年度资金总额：", 100, 100, 90, 10, _, _],
    ["1、当年财政拨款", 100, 100, 90, _, _, _],
    [_, _, _, _, _, _, _],
    ...INDICATORS,
  ]);
  const lines = r.evaluations[0].budget?.lines ?? [];
  expect(lines.map((l) => [l.name, l.rate])).toEqual([
    ["年度资金总额：", 0.9],
    ["1、当年财政拨款", 0.9],
  ]);
  // 10 × 0.9 = 9; 50 + 40 = 90; total 99.
  expect(r.evaluations[0].totalScore).toBe(99);
  expect(flags(r)).toEqual([]);
});

test("an unmerged 总分 row in the label column closes the table and states the total", () => {
  const r = run([...INDICATORS.map((row) => [...row]), ["总分", _, _, _, _, _, 90, 80]]);
  const ev = r.evaluations[0];
  expect(ev.indicators.map((i) => i.name)).toEqual(["培训人次", "满意度"]);
  expect(ev.reportedTotal).toBe(80);
  // Weights 90 = stated 90 (no budget): no weight-total; stated 80 ≠ 90 -> score-mismatch on H4.
  expect(flags(r)).toEqual(["score-mismatch S!H4"]);
});

test("a block weight with rows not all met: equal shares and weight-unknown on the label", () => {
  const r = run(
    [
      ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "得分"],
      ["产出指标（60分）", "数量指标", "培训人次", "≥200人次", "100人次", _],
      [_, "质量指标", "合格率", "≥90%", "95%", _],
      [_, "时效指标", "完成时间", "9月前", "7月", _],
      ["满意度指标（40分）", "服务对象满意度", "满意度", "≥90%", "95%", _],
    ],
    ["A2:A4"],
  );
  const ev = r.evaluations[0];
  // 60 / 3 = 20 each: 20 × 100/200 = 10, 20, 20 (7月 before 9月); 40 for the one row of its block.
  expect(ev.indicators.map((i) => [i.weight, i.score])).toEqual([
    [20, 10],
    [20, 20],
    [20, 20],
    [40, 40],
  ]);
  expect(ev.totalScore).toBe(90);
  expect(flags(r)).toEqual(["below-target S!E2", "missing-reason S!E2", "weight-unknown S!A2"]);
});

test("a table with no 实际完成值 column is told so, and nothing is scored", () => {
  const r = run([
    ["一级指标", "二级指标", "三级指标", "年度指标值", "分值", "得分"],
    ["产出指标", "数量指标", "培训人次", "≥200人次", 50, 50],
    ["效益指标", "社会效益指标", "满意度", "≥90%", 50, 45],
  ]);
  expect(r.evaluations[0].indicators.map((i) => i.score)).toEqual([null, null]);
  expect(r.flags.filter((f) => f.code === "missing-column").map((f) => f.message)).toEqual([
    "“S”缺少“实际完成值”列，相关得分无法计算。",
  ]);
});

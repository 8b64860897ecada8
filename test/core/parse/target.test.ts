import { formatTarget, parseComparatorCell, parseTarget } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/grid";
import type { Comparator, Target } from "../../../src/core/parse";

const q = (comparator: Comparator, value: number, unit = "", explicit = true): Target => ({
  kind: "quantitative",
  comparator,
  value,
  unit,
  explicit,
});

describe("parseTarget: one cell", () => {
  const cases: ReadonlyArray<readonly [CellValue, Target]> = [
    // Comparator glued to value and unit (scoring-rules.md notation table).
    ["≥50个", q("ge", 50, "个")],
    ["≥100百分比", q("ge", 1, "%")],
    ["≤90万元", q("le", 90, "万元")],
    ["=100%", q("eq", 1, "%")],
    ["≤5%", q("le", 0.05, "%")],
    ["≤10次", q("le", 10, "次")],
    ["≥90%", q("ge", 0.9, "%")],
    ["≥86.37%", q("ge", 0.8637, "%")],
    ["≥ 95%", q("ge", 0.95, "%")],
    ["<100万元", q("lt", 100, "万元")],
    [">95%", q("gt", 0.95, "%")],
    ["≥0", q("ge", 0)],
    ["=0", q("eq", 0)],
    ["≥-5", q("ge", -5)],
    // Full width comparators.
    ["＞95%", q("gt", 0.95, "%")],
    ["＞＝95%", q("ge", 0.95, "%")],
    ["＝100%", q("eq", 1, "%")],
    ["﹦0", q("eq", 0)],
    ["＜5%", q("lt", 0.05, "%")],
    ["＜＝5%", q("le", 0.05, "%")],
    ["≧10", q("ge", 10)],
    ["≦10", q("le", 10)],
    [">=10", q("ge", 10)],
    ["<=10", q("le", 10)],
    ["＞＝１０００份", q("ge", 1000, "份")],
    // Words.
    ["不少于5场", q("ge", 5, "场")],
    ["不低于95%", q("ge", 0.95, "%")],
    ["大于等于90%", q("ge", 0.9, "%")],
    ["达到100%", q("ge", 1, "%")],
    ["95%以上", q("ge", 0.95, "%")],
    ["达到95%以上", q("ge", 0.95, "%")],
    ["大于0", q("gt", 0)],
    ["高于80%", q("gt", 0.8, "%")],
    ["超过3次", q("gt", 3, "次")],
    ["不高于5%", q("le", 0.05, "%")],
    ["不超过10万元", q("le", 10, "万元")],
    ["不大于3", q("le", 3)],
    ["小于等于5%", q("le", 0.05, "%")],
    ["控制在5%以内", q("le", 0.05, "%")],
    ["5%以内", q("le", 0.05, "%")],
    ["3次以下", q("le", 3, "次")],
    ["小于1%", q("lt", 0.01, "%")],
    ["低于2次", q("lt", 2, "次")],
    ["等于0", q("eq", 0)],
    // English.
    [">= 95%", q("ge", 0.95, "%")],
    ["at least 5", q("ge", 5)],
    ["At least 5 workshops", q("ge", 5, "workshops")],
    ["no more than 10", q("le", 10)],
    ["<= 90", q("le", 90)],
    ["less than 3", q("lt", 3)],
    ["more than 3", q("gt", 3)],
    // Bare numbers are higher-is-better, comparator assumed.
    ["43.2", q("ge", 43.2, "", false)],
    ["100%", q("ge", 1, "%", false)],
    [43.2, q("ge", 43.2, "", false)],
    ["26次", q("ge", 26, "次", false)],
    ["766. 17", q("ge", 766.17, "", false)],
    ["1,234.5万元", q("ge", 1234.5, "万元", false)],
    // Empty.
    [null, { kind: "empty" }],
    ["", { kind: "empty" }],
    ["—", { kind: "empty" }],
    ["/", { kind: "empty" }],
    ["*", { kind: "empty" }],
    ["无", { kind: "empty" }],
    // Qualitative: text without digits.
    ["严格执行相关制度规定", { kind: "qualitative", text: "严格执行相关制度规定" }],
    ["在项目计划完成时间内完成", { kind: "qualitative", text: "在项目计划完成时间内完成" }],
    ["符合相关规定", { kind: "qualitative", text: "符合相关规定" }],
    ["效果明显", { kind: "qualitative", text: "效果明显" }],
    ["应保尽保", { kind: "qualitative", text: "应保尽保" }],
    ["高", { kind: "qualitative", text: "高" }],
    ["好", { kind: "qualitative", text: "好" }],
    ["达到", { kind: "qualitative", text: "达到" }],
    ["不高于", { kind: "qualitative", text: "不高于" }],
    ["不超过", { kind: "qualitative", text: "不超过" }],
    [" 及时 ", { kind: "qualitative", text: "及时" }],
    ["Delivered as planned", { kind: "qualitative", text: "Delivered as planned" }],
    // Digits that do not fit the grammar.
    ["95%-100%", { kind: "unparsed", text: "95%-100%" }],
    // Deadlines are lower-is-better on the month, or on the day of the year when a day is named.
    [
      "2021年12月底前完成",
      { kind: "quantitative", comparator: "le", value: 12, unit: "月", explicit: true, year: 2021 },
    ],
    ["9月前", { kind: "quantitative", comparator: "le", value: 9, unit: "月", explicit: true }],
    ["11月底前", { kind: "quantitative", comparator: "le", value: 11, unit: "月", explicit: true }],
    ["12月31日前", { kind: "quantitative", comparator: "le", value: 365, unit: "月日", explicit: true }],
    [
      "2024年2月29日前",
      { kind: "quantitative", comparator: "le", value: 60, unit: "月日", explicit: true, year: 2024 },
    ],
    ["2天以内", { kind: "quantitative", comparator: "le", value: 2, unit: "天", explicit: true }],
    ["3个工作日内", { kind: "quantitative", comparator: "le", value: 3, unit: "个工作日", explicit: true }],
    ["13月前", { kind: "unparsed", text: "13月前" }],
    ["≥≥5", { kind: "unparsed", text: "≥≥5" }],
    ["@SUM(A1)", { kind: "unparsed", text: "@SUM(A1)" }],
    ["不超过5以上", { kind: "unparsed", text: "不超过5以上" }],
    [{ error: "#REF!" }, { kind: "unparsed", text: "#REF!" }],
    [true, { kind: "unparsed", text: "TRUE" }],
  ];
  it.each(cases)("%j -> %j", (v, expected) => {
    expect(parseTarget(v)).toEqual(expected);
  });
});

describe("parseTarget: comparator, unit and format in their own columns", () => {
  const cases: ReadonlyArray<
    readonly [CellValue, { comparator?: CellValue; unit?: CellValue; numFmt?: string }, Target]
  > = [
    [200, { comparator: "≥", unit: "人次" }, q("ge", 200, "人次")],
    [500, { comparator: "≤", unit: "元" }, q("le", 500, "元")],
    [0, { comparator: "=", unit: "次" }, q("eq", 0, "次")],
    [90, { comparator: "≥", unit: "%" }, q("ge", 0.9, "%")],
    [95, { unit: "百分比" }, q("ge", 0.95, "%", false)],
    [95, { unit: "％" }, q("ge", 0.95, "%", false)],
    ["95", { comparator: "大于等于", unit: "%" }, q("ge", 0.95, "%")],
    [0.95, { numFmt: "0%" }, q("ge", 0.95, "%", false)],
    [0.95, { numFmt: "0.00%", unit: "%" }, q("ge", 0.95, "%", false)],
    ["95%", { unit: "%" }, q("ge", 0.95, "%", false)],
    [10, { comparator: "正向" }, q("ge", 10)],
    [10, { comparator: "反向" }, q("le", 10)],
    [10, { comparator: "正向指标", unit: "场" }, q("ge", 10, "场")],
    // A glued comparator wins over the column; a glued unit wins over a contradicting unit column.
    ["≤5", { comparator: "≥" }, q("le", 5)],
    ["5场", { unit: "次" }, q("ge", 5, "场", false)],
    // A placeholder in the unit column is no unit.
    [5, { unit: "—" }, q("ge", 5, "", false)],
    [5, { unit: "/" }, q("ge", 5, "", false)],
    // 定性 in the comparator column: the target is qualitative text.
    ["好", { comparator: "定性" }, { kind: "qualitative", text: "好" }],
    ["2021年底前完成", { comparator: "定性" }, { kind: "qualitative", text: "2021年底前完成" }],
  ];
  it.each(cases)("%j with %j -> %j", (v, opts, expected) => {
    expect(parseTarget(v, opts)).toEqual(expected);
  });
});

describe("parseComparatorCell", () => {
  const cases: ReadonlyArray<readonly [CellValue, Comparator | "qualitative" | null]> = [
    ["≥", "ge"],
    ["=", "eq"],
    ["≤", "le"],
    ["＞", "gt"],
    ["＜", "lt"],
    ["＝", "eq"],
    ["大于等于", "ge"],
    ["小于等于", "le"],
    ["不少于", "ge"],
    ["不高于", "le"],
    ["等于", "eq"],
    ["正向", "ge"],
    ["正向指标", "ge"],
    ["反向", "le"],
    ["反向指标", "le"],
    ["定性", "qualitative"],
    ["定性指标", "qualitative"],
    [" ≥ ", "ge"],
    ["", null],
    ["—", null],
    [null, null],
    [5, null],
    ["≥5", null],
    ["其他", null],
  ];
  it.each(cases)("%j -> %j", (v, expected) => expect(parseComparatorCell(v)).toBe(expected));
});

describe("formatTarget", () => {
  const cases: ReadonlyArray<readonly [Target, string]> = [
    [q("ge", 0.95, "%"), "≥95%"],
    [q("ge", 0.8637, "%"), "≥86.37%"],
    [q("le", 90, "万元"), "≤90万元"],
    [q("eq", 0), "=0"],
    [q("gt", 3, "次"), ">3次"],
    [q("lt", 0.05, "%"), "<5%"],
    [q("ge", 43.2, "", false), "43.2"],
    [q("ge", 1, "%", false), "100%"],
    [q("ge", 1e-7), "≥0.0000001"],
    [q("ge", 1e21), "≥1000000000000000000000"],
    [q("ge", -5), "≥-5"],
    [{ kind: "qualitative", text: "效果明显" }, "效果明显"],
    [{ kind: "unparsed", text: "95%-100%" }, "95%-100%"],
    [{ kind: "empty" }, ""],
  ];
  it.each(cases)("%j -> %j", (t, expected) => expect(formatTarget(t)).toBe(expected));

  it("reads back every example", () => {
    for (const [t] of cases) if (t.kind === "quantitative") expect(parseTarget(formatTarget(t))).toEqual(t);
  });
});

import { parseActual, parseTarget } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/grid";
import type { Actual, Target } from "../../../src/core/parse";

const n = (value: number, unit = ""): Actual => ({ kind: "quantity", value, unit });

describe("parseActual", () => {
  const cases: ReadonlyArray<
    readonly [CellValue, { unit?: CellValue; numFmt?: string; target?: Target }, Actual]
  > = [
    // Numbers and numbers with units.
    [12, {}, n(12)],
    ["450", {}, n(450)],
    ["766. 17", {}, n(766.17)],
    ["89.974万元", {}, n(89.974, "万元")],
    ["26次", {}, n(26, "次")],
    ["2200篇", {}, n(2200, "篇")],
    ["20份", {}, n(20, "份")],
    ["13台", {}, n(13, "台")],
    ["27场", {}, n(27, "场")],
    ["4000人次", {}, n(4000, "人次")],
    ["88. 5%", {}, n(0.885, "%")],
    ["93%", {}, n(0.93, "%")],
    ["-3万元", {}, n(-3, "万元")],
    [0.97, { numFmt: "0.00%" }, n(0.97, "%")],
    // A unit column: "%" turns 98 into 0.98 unless the value is a percent already.
    [98, { unit: "%" }, n(0.98, "%")],
    [95, { unit: "百分比" }, n(0.95, "%")],
    ["98", { unit: "%" }, n(0.98, "%")],
    [0.98, { unit: "%", numFmt: "0%" }, n(0.98, "%")],
    ["98%", { unit: "%" }, n(0.98, "%")],
    [280, { unit: "人次" }, n(280, "人次")],
    [5, { unit: "—" }, n(5)],
    // Money converts to the target's unit.
    ["895000元", { target: parseTarget("≤90万元") }, n(89.5, "万元")],
    ["1.5万元", { target: parseTarget("≤20000元") }, n(15000, "元")],
    ["1.2亿元", { target: parseTarget("≥10000万元") }, n(12000, "万元")],
    [550, { unit: "元", target: parseTarget(0.06, { unit: "万元" }) }, n(0.055, "万元")],
    ["30处", { target: parseTarget("≥30个") }, n(30, "处")],
    // Achievement phrases.
    ["完成", { target: parseTarget("≥1000份") }, { kind: "qualitative", level: "achieved", text: "完成" }],
    ["达成", {}, { kind: "qualitative", level: "achieved", text: "达成" }],
    ["部分达成", {}, { kind: "qualitative", level: "partial", text: "部分达成" }],
    ["未达成", {}, { kind: "qualitative", level: "notAchieved", text: "未达成" }],
    ["达成预期指标", {}, { kind: "qualitative", level: "achieved", text: "达成预期指标" }],
    ["是", {}, { kind: "qualitative", level: "achieved", text: "是" }],
    ["否", {}, { kind: "qualitative", level: "notAchieved", text: "否" }],
    ["Achieved", {}, { kind: "qualitative", level: "achieved", text: "Achieved" }],
    [true, {}, { kind: "qualitative", level: "achieved", text: "TRUE" }],
    // The same text as a qualitative target means achieved; so does the same yes/no answer.
    ["及时", { target: parseTarget("及时") }, { kind: "qualitative", level: "achieved", text: "及时" }],
    [" 及时。", { target: parseTarget("及时") }, { kind: "qualitative", level: "achieved", text: "及时。" }],
    ["否", { target: parseTarget("否") }, { kind: "qualitative", level: "achieved", text: "否" }],
    ["是", { target: parseTarget("否") }, { kind: "qualitative", level: "notAchieved", text: "是" }],
    // Empty.
    [null, {}, { kind: "empty" }],
    ["", {}, { kind: "empty" }],
    ["—", {}, { kind: "empty" }],
    ["/", {}, { kind: "empty" }],
    ["*", {}, { kind: "empty" }],
    ["无", {}, { kind: "empty" }],
    // Other text.
    ["效果明显", {}, { kind: "text", text: "效果明显" }],
    ["Clearly improved", {}, { kind: "text", text: "Clearly improved" }],
    ["2021年12月", {}, { kind: "text", text: "2021年12月" }],
    ["及时", { target: parseTarget("按时") }, { kind: "text", text: "及时" }],
    [{ error: "#DIV/0!" }, {}, { kind: "text", text: "#DIV/0!" }],
  ];
  it.each(cases)("%j with %j -> %j", (v, opts, expected) => expect(parseActual(v, opts)).toEqual(expected));
});

describe("parseActual: deadlines, percent readings and hedged answers", () => {
  const t = (s: string) => parseTarget(s);
  test.each([
    ["9月前", "7月", { kind: "quantity", value: 7, unit: "月" }],
    ["11月底前", "10月底", { kind: "quantity", value: 10, unit: "月" }],
    ["9月前", "2022年9月15日", { kind: "quantity", value: 9, unit: "月" }],
    ["12月31日前", "2022年12月20日", { kind: "quantity", value: 354, unit: "月日" }],
    ["6月30日前", "2022.6.28", { kind: "quantity", value: 179, unit: "月日" }],
    ["6月30日前", "7月", { kind: "quantity", value: 212, unit: "月日" }],
    // A deadline naming its year counts a later year's date on from it: 2023年1月 is month 13, late.
    ["2022年12月底前", "2023年1月", { kind: "quantity", value: 13, unit: "月" }],
    ["2022年12月底前", "2022年11月", { kind: "quantity", value: 11, unit: "月" }],
    ["2022年12月底前", "2021年12月", { kind: "quantity", value: 0, unit: "月" }],
    // 2022 has 365 days: 2023-01-05 is day 365 + 5.
    ["2022年12月31日前", "2023年1月5日", { kind: "quantity", value: 370, unit: "月日" }],
    // Counted from 2024, 2023-12-31 is day 365 - 365 = 0 (the day before 1 January); 2023-02-28 is 59 - 365.
    ["2024年1月31日前", "2023年12月31日", { kind: "quantity", value: 0, unit: "月日" }],
    ["2024年1月31日前", "2023年2月28日", { kind: "quantity", value: -306, unit: "月日" }],
    // Counted from 2020, 2021-03-01 is 366 (2020 is leap) + 60.
    ["2020年12月31日前", "2021年3月1日", { kind: "quantity", value: 426, unit: "月日" }],
    // An actual without a year, or a target without one, compares within the year as before.
    ["2022年12月底前", "1月", { kind: "quantity", value: 1, unit: "月" }],
  ])("target %s, actual %s", (target, actual, expected) => {
    expect(parseActual(actual, { target: t(target) })).toEqual(expected);
  });

  test("a date cell in the year after a dated deadline is late", () => {
    // 2023-01-05 is serial 44931; the deadline 2022-12-31 is day 365 of 2022.
    expect(parseActual(44931, { target: t("2022年12月31日前"), numFmt: "yyyy-mm-dd" })).toEqual({
      kind: "quantity",
      value: 370,
      unit: "月日",
    });
  });

  test("a date cell against a day deadline reads as its day of the year", () => {
    // 2022-06-28 is serial 44740.
    expect(parseActual(44740, { target: t("6月30日前"), numFmt: "yyyy-mm-dd" })).toEqual({
      kind: "quantity",
      value: 179,
      unit: "月日",
    });
  });

  test.each([
    ["≥95%", 96, 0.96],
    ["≥95%", 0.98, 0.98],
    ["≥100%", 100, 1],
    ["≤5%", 1.2, 0.012],
    ["≥90%", 1, 1],
  ])("a bare number against %s: %d reads as %d", (target, actual, value) => {
    expect(parseActual(actual, { target: t(target) })).toEqual({ kind: "quantity", value, unit: "%" });
  });

  test.each([
    ["及时", "较及时"],
    ["达标", "基本达标"],
    ["健全", "较健全"],
  ])("target %s, actual %s: partly achieved", (target, actual) => {
    expect(parseActual(actual, { target: t(target) })).toMatchObject({
      kind: "qualitative",
      level: "partial",
    });
  });
});

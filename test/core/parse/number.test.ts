import { isPlaceholder, parseNumber } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/grid";

describe("isPlaceholder", () => {
  it.each(["—", "-", "--", "－", "/", "／", "*", "＊", "无", "N/A", "n/a", "", "  ", " — ", "——", "\u3000"])(
    "%j means empty",
    (t) => expect(isPlaceholder(t)).toBe(true),
  );
  it.each(["0", "-5", "完成", "无效", "/5", "a"])("%j is not a placeholder", (t) =>
    expect(isPlaceholder(t)).toBe(false),
  );
});

describe("parseNumber", () => {
  const cases: ReadonlyArray<
    readonly [CellValue, string | undefined, { value: number; unit: string } | null]
  > = [
    // JS numbers: a percent format means the value is already a fraction.
    [42, undefined, { value: 42, unit: "" }],
    [0.95, "0%", { value: 0.95, unit: "%" }],
    [0.8637, "0.00%", { value: 0.8637, unit: "%" }],
    [1234.5, "#,##0.00", { value: 1234.5, unit: "" }],
    [-3, undefined, { value: -3, unit: "" }],
    // Strings: spaces from PDF conversion, separators, signs, full width.
    ["766. 17", undefined, { value: 766.17, unit: "" }],
    ["1 234", undefined, { value: 1234, unit: "" }],
    ["1,234.5", undefined, { value: 1234.5, unit: "" }],
    ["1,234,567", undefined, { value: 1234567, unit: "" }],
    ["  42  ", undefined, { value: 42, unit: "" }],
    ["+5", undefined, { value: 5, unit: "" }],
    ["-5", undefined, { value: -5, unit: "" }],
    ["－５", undefined, { value: -5, unit: "" }],
    ["１２３．４５", undefined, { value: 123.45, unit: "" }],
    ["１，２３４", undefined, { value: 1234, unit: "" }],
    [".5", undefined, { value: 0.5, unit: "" }],
    ["0", undefined, { value: 0, unit: "" }],
    // Units glued on.
    ["89.974万元", undefined, { value: 89.974, unit: "万元" }],
    ["90万元", undefined, { value: 90, unit: "万元" }],
    ["550元", undefined, { value: 550, unit: "元" }],
    ["26次", undefined, { value: 26, unit: "次" }],
    ["2200篇", undefined, { value: 2200, unit: "篇" }],
    ["20份", undefined, { value: 20, unit: "份" }],
    ["13台", undefined, { value: 13, unit: "台" }],
    ["27场", undefined, { value: 27, unit: "场" }],
    ["4000人次", undefined, { value: 4000, unit: "人次" }],
    ["30处", undefined, { value: 30, unit: "处" }],
    ["12家", undefined, { value: 12, unit: "家" }],
    ["50个", undefined, { value: 50, unit: "个" }],
    ["5 km", undefined, { value: 5, unit: "km" }],
    ["-3万元", undefined, { value: -3, unit: "万元" }],
    // Percents: divided by 100 on the digits.
    ["86.37%", undefined, { value: 0.8637, unit: "%" }],
    ["100百分比", undefined, { value: 1, unit: "%" }],
    ["95%", undefined, { value: 0.95, unit: "%" }],
    ["９５％", undefined, { value: 0.95, unit: "%" }],
    ["88. 5%", undefined, { value: 0.885, unit: "%" }],
    ["0.5%", undefined, { value: 0.005, unit: "%" }],
    ["95 %", undefined, { value: 0.95, unit: "%" }],
    ["4%", undefined, { value: 0.04, unit: "%" }],
    // Not numbers.
    ["—", undefined, null],
    ["/", undefined, null],
    ["*", undefined, null],
    ["无", undefined, null],
    ["", undefined, null],
    [null, undefined, null],
    [true, undefined, null],
    [false, undefined, null],
    [{ error: "#DIV/0!" }, undefined, null],
    [{ error: "#N/A" }, undefined, null],
    [Number.NaN, undefined, null],
    [Number.POSITIVE_INFINITY, undefined, null],
    ["完成", undefined, null],
    ["达成", undefined, null],
    ["95%-100%", undefined, null],
    ["2021年12月", undefined, null],
    ["1.2.3", undefined, null],
    ["12,34", undefined, null],
    ["5, 6", undefined, null],
    ["≥95%", undefined, null],
  ];
  it.each(cases)("%j (format %j) -> %j", (v, fmt, expected) => {
    expect(parseNumber(v, fmt)).toEqual(expected);
  });

  it("gives exactly the double nearest the decimal for percents", () => {
    // 86.37 / 100 in floats is 0.8637000000000001; the digit shift is not.
    expect(parseNumber("86.37%")?.value).toBe(0.8637);
    expect(parseNumber("0.07%")?.value).toBe(0.0007);
    expect(parseNumber("57.01%")?.value).toBe(0.5701);
  });

  it("never gives negative zero", () => {
    expect(Object.is(parseNumber("-0")?.value, -0)).toBe(false);
    expect(Object.is(parseNumber(-0)?.value, -0)).toBe(false);
  });
});

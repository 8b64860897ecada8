/**
 * fast-check arbitraries for the parsers, shared by the property tests (about 300 runs) and a
 * fuzz script that can run them at 10,000.
 */
import fc from "fast-check";
import type { CellValue } from "../../../src/core/grid";
import type { Comparator, Target } from "../../../src/core/parse";

/** Pieces of real notation, so that random text often comes close to the grammar. */
export const notationFragments: readonly string[] = [
  "≥",
  "≤",
  ">",
  "<",
  "=",
  ">=",
  "<=",
  "＞",
  "＜",
  "＝",
  "＞＝",
  "≧",
  "≦",
  "﹦",
  "不少于",
  "不低于",
  "不高于",
  "不超过",
  "大于",
  "小于",
  "大于等于",
  "控制在",
  "达到",
  "以上",
  "以内",
  "以下",
  "at least",
  "no more than",
  "or more",
  "less than",
  "%",
  "％",
  "百分比",
  "百分点",
  "万元",
  "元",
  "亿元",
  "个",
  "场",
  "次",
  "篇",
  "人次",
  "家",
  "台",
  "份",
  "0",
  "1",
  "5",
  "95",
  "100",
  "86.37",
  "766. 17",
  "1,234.5",
  "１２",
  "．",
  "，",
  ".",
  ",",
  "-",
  "+",
  "－",
  "e",
  "E",
  " ",
  "\u3000",
  "\u00a0",
  "\ufeff",
  "\t",
  "\n",
  "—",
  "/",
  "*",
  "无",
  "N/A",
  "(",
  ")",
  "（",
  "）",
  "。",
  "达成",
  "部分达成",
  "未达成",
  "完成",
  "未完成",
  "是",
  "否",
  "Achieved",
  "No",
  "\ud83d\ude00",
  "\u0301",
  "\ud800",
];

/** Arbitrary text: ASCII-heavy, full Unicode (lone surrogates too), graphemes, and notation fragments glued together. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
  fc.array(fc.constantFrom(...notationFragments), { maxLength: 8 }).map((parts) => parts.join("")),
  fc
    .tuple(
      fc.array(fc.constantFrom(...notationFragments), { maxLength: 4 }),
      fc.string({ unit: "binary", maxLength: 4 }),
    )
    .map(([parts, noise]) => parts.join("") + noise),
);

const errorValue = fc
  .constantFrom("#DIV/0!", "#N/A", "#REF!", "#VALUE!", "#NAME?")
  .map((error) => ({ error }));

/** Any cell value: text, numbers (including NaN, ±Infinity, -0), booleans, errors, null. */
export const anyCellValue: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  errorValue,
);

/** Number formats, including a literal quoted percent and absent ones. */
export const anyNumFmt: fc.Arbitrary<string | undefined> = fc.option(
  fc.constantFrom("0%", "0.00%", "General", "#,##0.00", '0"%"', "@", "0.0\\%", "[Red]0%"),
  { nil: undefined },
);

export const comparators: readonly Comparator[] = ["ge", "gt", "le", "lt", "eq"];

export const targetUnits: readonly string[] = [
  "",
  "个",
  "万元",
  "元",
  "亿元",
  "场",
  "次",
  "篇",
  "人次",
  "家",
  "台",
  "份",
  "处",
  "km",
  "workshops",
];

/** A decimal i × 10^e as the nearest double: integers scaled by a power of ten. */
export const decimalValue: fc.Arbitrary<number> = fc
  .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: -25, max: 15 }))
  .map(([i, e]) => {
    const v = Number(`${i}e${e}`);
    return v === 0 ? 0 : v; // no -0: parsers never produce it
  });

/** Any quantitative target parseTarget can give: an assumed comparator is always ≥. */
export const quantitativeTarget: fc.Arbitrary<Target> = fc
  .record({
    comparator: fc.constantFrom(...comparators),
    value: decimalValue,
    percent: fc.boolean(),
    unit: fc.constantFrom(...targetUnits),
    explicit: fc.boolean(),
  })
  .map(({ comparator, value, percent, unit, explicit }): Target => ({
    kind: "quantitative",
    comparator: explicit ? comparator : "ge",
    value,
    unit: percent ? "%" : unit,
    explicit,
  }));

/** Options for parseTarget: comparator and unit columns from arbitrary cells or typical words. */
export const targetOptions = fc.record(
  {
    comparator: fc.oneof(anyCellValue, fc.constantFrom("≥", "≤", "=", "正向", "反向", "定性", "大于等于")),
    unit: fc.oneof(anyCellValue, fc.constantFrom("%", "百分比", "万元", "元", "个", "—")),
    numFmt: anyNumFmt,
  },
  { requiredKeys: [] },
);

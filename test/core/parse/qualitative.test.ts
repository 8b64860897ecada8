import { parseMethod, qualitativeLevel } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/grid";
import type { QualitativeLevel } from "../../../src/core/parse";
import type { ScoringMethod } from "../../../src/core/types";

describe("qualitativeLevel", () => {
  const cases: ReadonlyArray<readonly [string, QualitativeLevel | null]> = [
    ["达成", "achieved"],
    ["完成", "achieved"],
    ["已完成", "achieved"],
    ["按期完成", "achieved"],
    ["达成预期指标", "achieved"],
    ["达成年度指标", "achieved"],
    ["是", "achieved"],
    ["全部完成", "achieved"],
    ["Achieved", "achieved"],
    ["Completed", "achieved"],
    ["Yes", "achieved"],
    ["部分达成", "partial"],
    ["部分完成", "partial"],
    ["基本完成", "partial"],
    ["基本达成", "partial"],
    ["Partially achieved", "partial"],
    ["未达成", "notAchieved"],
    ["未完成", "notAchieved"],
    ["否", "notAchieved"],
    ["未达到", "notAchieved"],
    ["Not achieved", "notAchieved"],
    ["No", "notAchieved"],
    // Punctuation and spaces around the phrase, full width, case.
    [" 完成。", "achieved"],
    ["未完成！", "notAchieved"],
    ["ACHIEVED.", "achieved"],
    ["not  achieved", "notAchieved"],
    // A phrase followed by a remark.
    ["达成（举办活动27场）", "achieved"],
    ["未完成，因疫情延期", "notAchieved"],
    ["部分达成：效果一般", "partial"],
    ["Achieved (all 5 sessions)", "achieved"],
    // Not a phrase of the table.
    ["完成率", null],
    ["完成情况良好", null],
    ["达成率95%", null],
    ["No issues found", null],
    ["Yesterday", null],
    ["是否", null],
    ["", null],
    ["效果明显", null],
  ];
  it.each(cases)("%j -> %j", (text, expected) => expect(qualitativeLevel(text)).toBe(expected));
});

describe("parseMethod", () => {
  const cases: ReadonlyArray<readonly [CellValue, ScoringMethod | null]> = [
    ["正向", "forward"],
    ["正向指标", "forward"],
    ["反向", "reverse"],
    ["反向指标", "reverse"],
    ["等于", "equal"],
    ["定性", "qualitative"],
    ["达标", "passFail"],
    ["达标制", "passFail"],
    ["达标得分", "passFail"],
    ["手工", "manual"],
    ["人工", "manual"],
    ["forward", "forward"],
    ["Reverse", "reverse"],
    ["EQUAL", "equal"],
    ["qualitative", "qualitative"],
    ["pass-fail", "passFail"],
    ["Pass/Fail", "passFail"],
    ["pass fail", "passFail"],
    ["manual", "manual"],
    [" 正向 ", "forward"],
    ["", null],
    ["—", null],
    [null, null],
    [1, null],
    [{ error: "#N/A" }, null],
    ["其他", null],
  ];
  it.each(cases)("%j -> %j", (v, expected) => expect(parseMethod(v)).toBe(expected));
});

import {
  assignRoles,
  BUDGET_VOCABULARY,
  INDICATOR_VOCABULARY,
  normaliseHeader,
  type ColumnHeader,
} from "../../../src/core/detect";

const row = (...texts: string[]): ColumnHeader[] =>
  texts.map((t, col) => ({ col, bottom: normaliseHeader(t) }));

describe("normaliseHeader", () => {
  test.each([
    ["项目资金（万元）", "项目资金"],
    ["分值(分)", "分值"],
    ["得分系数(%)", "得分系数"],
    ["全年预算数\n（A）", "全年预算数"],
    ["  权 重 ", "权重"],
    ["Weight (points)", "weight"],
    ["Ｗｅｉｇｈｔ", "weight"],
    ["*指标值：", "指标值"],
    ["Self-assessed score", "self-assessedscore"],
  ])("%s -> %s", (raw, want) => expect(normaliseHeader(raw)).toBe(want));
});

describe("assignRoles", () => {
  test("exact beats contains; each column one role; each role one column", () => {
    expect(
      assignRoles(BUDGET_VOCABULARY, row("年初预算数", "全年预算数", "全年执行数", "预算执行率")),
    ).toEqual({
      initial: 0,
      budget: 1,
      actual: 2,
      rate: 3,
    });
  });

  test("contains for longer phrases: 实际支出数（万元）, 2021年全年执行数", () => {
    expect(assignRoles(BUDGET_VOCABULARY, row("科目名称", "本年预算数", "2021年全年执行数"))).toEqual({
      name: 0,
      budget: 1,
      actual: 2,
    });
  });

  test("short phrases match whole headers only: 指标 is not in 绩效指标, Unit not in Units sold", () => {
    expect(assignRoles(INDICATOR_VOCABULARY, row("绩效指标", "Units sold"))).toEqual({});
  });

  test("the head noun wins: Indicator weight is a weight, Budget execution rate a rate", () => {
    expect(assignRoles(INDICATOR_VOCABULARY, row("Indicator name", "Indicator weight"))).toEqual({
      name: 0,
      weight: 1,
    });
    expect(assignRoles(BUDGET_VOCABULARY, row("Budget execution rate"))).toEqual({ rate: 0 });
  });

  test("Budget alone is the budget; with Adjusted budget it is the initial budget", () => {
    expect(assignRoles(BUDGET_VOCABULARY, row("Item", "Budget", "Actual"))).toEqual({
      name: 0,
      budget: 1,
      actual: 2,
    });
    expect(assignRoles(BUDGET_VOCABULARY, row("Budget", "Adjusted budget"))).toEqual({
      initial: 0,
      budget: 1,
    });
  });

  test("reason variants and the product's own columns", () => {
    expect(
      assignRoles(INDICATOR_VOCABULARY, row("偏差原因及改进措施", "指标完成率", "核查标记", "计分方法")),
    ).toEqual({
      reason: 0,
      completion: 1,
      flag: 2,
      method: 3,
    });
    expect(assignRoles(INDICATOR_VOCABULARY, row("Reason", "Completion", "Flag", "Scoring method"))).toEqual({
      reason: 0,
      completion: 1,
      flag: 2,
      method: 3,
    });
  });
});

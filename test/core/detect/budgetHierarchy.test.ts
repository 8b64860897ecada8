import { budgetLevels, childrenOf } from "../../../src/core/detect";

describe("budgetLevels", () => {
  test("the reference report's lines (增城区科协 2021)", () => {
    const names = [
      "合计",
      "一、基本支出",
      "二、项目支出",
      "1、运行经费",
      "①.其他运行经费",
      "②专项工作经费",
      "③编外人员聘用经费",
      "④编外人员公用经费",
      "2、科普专项经费",
      "①增城区科普专项经费",
      "②专项工作经费—政协划拨科协",
      "3、档案室、保密室整改经费",
      "其中：区科协档案室、保密室整改经费",
    ];
    expect(budgetLevels(names)).toEqual([
      { level: 0, isTotal: true },
      { level: 1, isTotal: false },
      { level: 1, isTotal: false },
      { level: 2, isTotal: false },
      { level: 3, isTotal: false },
      { level: 3, isTotal: false },
      { level: 3, isTotal: false },
      { level: 3, isTotal: false },
      { level: 2, isTotal: false },
      { level: 3, isTotal: false },
      { level: 3, isTotal: false },
      { level: 2, isTotal: false },
      { level: 3, isTotal: false },
    ]);
    const levels = budgetLevels(names);
    expect(childrenOf(levels, 0)).toEqual([1, 2]);
    expect(childrenOf(levels, 2)).toEqual([3, 8, 11]);
    expect(childrenOf(levels, 3)).toEqual([4, 5, 6, 7]);
    expect(childrenOf(levels, 8)).toEqual([9, 10]);
    expect(childrenOf(levels, 11)).toEqual([12]);
    expect(childrenOf(levels, 1)).toEqual([]);
    expect(childrenOf(levels, 4)).toEqual([]);
  });

  test("the MoF block: 年度资金总额 with 其中 and its un-numbered siblings", () => {
    const levels = budgetLevels(["年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金"]);
    expect(levels.map((l) => l.level)).toEqual([0, 1, 1, 1]);
    expect(levels[0].isTotal).toBe(true);
    expect(childrenOf(levels, 0)).toEqual([1, 2, 3]);
  });

  test("totals in other words and places", () => {
    for (const t of ["合计", "总计", "支出合计", "Total", "total", " 合 计 ", "合计："]) {
      expect(budgetLevels([t])[0]).toEqual({ level: 0, isTotal: true });
    }
    const levels = budgetLevels(["一、基本支出", "二、项目支出", "合计"]);
    expect(levels.map((l) => l.level)).toEqual([1, 1, 0]);
    expect(childrenOf(levels, 2)).toEqual([0, 1]);
  });

  test("numbering styles: 一、 一． 1、 1. １． （1） (1) ⑳", () => {
    const levels = budgetLevels(["一、a", "二．b", "1、c", "2.d", "１．e", "（1）f", "(2)g", "⑳h"]);
    expect(levels.map((l) => l.level)).toEqual([1, 1, 2, 2, 2, 3, 3, 3]);
  });

  test("a number that is a figure, not a numbering (1.5万元补助), is un-numbered", () => {
    expect(budgetLevels(["一、a", "1.5万元补助"]).map((l) => l.level)).toEqual([1, 2]);
  });

  test("un-numbered lines: level 1 at the start, else one below the nearest numbered line", () => {
    expect(budgetLevels(["基本支出", "项目支出"]).map((l) => l.level)).toEqual([1, 1]);
    expect(budgetLevels(["合计", "基本支出", "项目支出"]).map((l) => l.level)).toEqual([0, 1, 1]);
    expect(
      budgetLevels(["一、基本支出", "工资福利支出", "商品和服务支出", "二、项目支出"]).map((l) => l.level),
    ).toEqual([1, 2, 2, 1]);
  });

  test("其中 / of which: one deeper than the nearest line that is not a 其中 line", () => {
    expect(
      budgetLevels(["合计", "基本支出", "其中：人员经费", "其中:公用经费", "of which: travel"]).map(
        (l) => l.level,
      ),
    ).toEqual([0, 1, 2, 2, 2]);
    const levels = budgetLevels(["1、运行经费", "其中：①a", "②b"]);
    expect(levels.map((l) => l.level)).toEqual([2, 3, 3]);
  });

  test("empty input and out-of-range index", () => {
    expect(budgetLevels([])).toEqual([]);
    expect(childrenOf([], 3)).toEqual([]);
  });

  test("childrenOf skips grandchildren and handles gaps in numbering", () => {
    const levels = budgetLevels(["合计", "1、a", "①x", "2、b"]);
    expect(levels.map((l) => l.level)).toEqual([0, 2, 3, 2]);
    expect(childrenOf(levels, 0)).toEqual([1, 3]);
    expect(childrenOf(levels, 1)).toEqual([2]);
  });
});

import { detectTables, groupEvaluations } from "../../../src/core/detect";
import type { TableMapping } from "../../../src/core/types";
import { book, sheet } from "./build";
import { mofProjectSheet } from "./fixtures";

const budgetSheet = (name: string, title: string) =>
  sheet(name, [
    [title, null, null],
    ["项目", "年初预算数", "全年执行数"],
    ["合计", 10, 9],
  ]);
const indicatorSheet = (name: string) =>
  sheet(name, [
    ["三级指标", "指标值", "实际完成值"],
    ["a", 1, 1],
  ]);

describe("groupEvaluations", () => {
  test("a budget table and an indicator table on two sheets form one evaluation", () => {
    const tables = detectTables(
      book(budgetSheet("预算", "2021年部门整体支出绩效自评"), indicatorSheet("指标")),
    );
    const groups = groupEvaluations(tables);
    expect(groups).toHaveLength(1);
    expect(groups[0].title).toBe("2021年部门整体支出绩效自评");
    expect(groups[0].budget.map((t) => t.sheet)).toEqual(["预算"]);
    expect(groups[0].indicators.map((t) => t.sheet)).toEqual(["指标"]);
  });

  test("each MoF project sheet is an evaluation of its own, titled by its 项目名称; the rest form one more", () => {
    const tables = detectTables(
      book(
        indicatorSheet("指标"),
        mofProjectSheet("项目A"),
        budgetSheet("预算", "预算表"),
        mofProjectSheet("项目B"),
      ),
    );
    const groups = groupEvaluations(tables);
    expect(
      groups.map((g) => [g.title, g.budget.map((t) => t.sheet), g.indicators.map((t) => t.sheet)]),
    ).toEqual([
      ["指标", ["预算"], ["指标"]],
      ["科普惠民项目", ["项目A"], ["项目A"]],
      ["科普惠民项目", ["项目B"], ["项目B"]],
    ]);
  });

  test("plain mappings (no subject) use the table title; order is sheet order then row", () => {
    const m = (
      sheetName: string,
      kind: TableMapping["kind"],
      headerTop: number,
      title: string,
    ): TableMapping => ({
      kind,
      sheet: sheetName,
      title,
      headerTop,
      headerBottom: headerTop,
      firstRow: headerTop + 1,
      lastRow: headerTop + 2,
      lastCol: 3,
      columns: {},
    });
    const groups = groupEvaluations([
      m("S1", "indicator", 10, "late"),
      m("S1", "indicator", 2, "early"),
      m("S2", "budget", 0, "x"),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].title).toBe("early");
    expect(groups[0].indicators.map((t) => [t.sheet, t.headerTop])).toEqual([
      ["S1", 2],
      ["S1", 10],
    ]);
    expect(groups[0].budget.map((t) => t.sheet)).toEqual(["S2"]);
    // A sheet with both kinds is its own evaluation, placed in sheet order.
    const mixed = groupEvaluations([
      m("S1", "indicator", 0, "a"),
      m("S2", "indicator", 9, "b2"),
      m("S2", "budget", 1, "b1"),
    ]);
    expect(mixed.map((g) => [g.title, g.budget.length, g.indicators.length])).toEqual([
      ["a", 0, 1],
      ["b1", 1, 1],
    ]);
  });

  test("no tables, no evaluations", () => {
    expect(groupEvaluations([])).toEqual([]);
  });
});

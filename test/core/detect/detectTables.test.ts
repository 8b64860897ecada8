import { detectTables } from "../../../src/core/detect";
import type { Grid } from "../../../src/core/grid";
import { book, sheet } from "./build";
import { mofProjectSheet } from "./fixtures";

const _ = null;

function only(grid: Grid) {
  const found = detectTables(book(grid));
  expect(found).toHaveLength(1);
  return found[0];
}

describe("detectTables: one-row headers", () => {
  test("Chinese indicator table with a title row", () => {
    const t = only(
      sheet("指标", [
        ["2021年度部门整体支出绩效自评表", _, _, _, _, _, _, _],
        [
          "一级指标",
          "二级指标",
          "三级指标",
          "年度指标值",
          "实际完成值",
          "分值",
          "得分",
          "偏差原因分析及改进措施",
        ],
        ["产出指标", "数量指标", "科普活动场次", "≥5场", "6场", 10, 10, _],
        ["效益指标", "社会效益", "覆盖人群", "≥1000人", "800人", 10, 8, "疫情"],
      ]),
    );
    expect(t).toMatchObject({
      kind: "indicator",
      sheet: "指标",
      title: "2021年度部门整体支出绩效自评表",
      headerTop: 1,
      headerBottom: 1,
      firstRow: 2,
      lastRow: 3,
      lastCol: 7,
    });
    expect(t.columns).toEqual({
      level1: 0,
      level2: 1,
      name: 2,
      target: 3,
      actual: 4,
      weight: 5,
      score: 6,
      reason: 7,
    });
  });

  test("Chinese budget table: 项目 | 年初预算数 | 调整预算数 | 全年执行数 | 执行率", () => {
    const t = only(
      sheet("预算", [
        ["项目", "年初预算数", "调整预算数", "全年执行数", "执行率"],
        ["合计", 766.17, 831.88, 758.34, _],
        ["一、基本支出", 532.66, 532.66, 460.07, _],
        ["二、项目支出", 233.51, 299.22, 298.27, _],
      ]),
    );
    expect(t).toMatchObject({
      kind: "budget",
      title: "预算",
      headerTop: 0,
      firstRow: 1,
      lastRow: 3,
      lastCol: 4,
    });
    expect(t.columns).toEqual({ name: 0, initial: 1, budget: 2, actual: 3, rate: 4 });
  });

  test("English budget headers in shuffled order; Budget next to Adjusted budget is the initial budget", () => {
    const t = only(
      sheet("Budget", [
        ["Actual", "Item", "Weight", "Adjusted budget", "Budget", "Score", "Execution rate"],
        [90, "Total", 10, 100, 80, _, _],
        [40, "Staff", _, 50, 40, _, _],
      ]),
    );
    expect(t.kind).toBe("budget");
    expect(t.columns).toEqual({ actual: 0, name: 1, weight: 2, budget: 3, initial: 4, score: 5, rate: 6 });
  });

  test("English indicator headers in shuffled order, with units in brackets and line breaks", () => {
    const t = only(
      sheet("Indicators", [
        [
          "Weight (points)",
          "Actual",
          "Indicator",
          "Target",
          "Category",
          "Subcategory",
          "Self-assessed score",
          "Score",
          "Reason\nfor deviation",
        ],
        [10, "6", "Events held", "≥5", "Output", "Quantity", 10, _, _],
      ]),
    );
    expect(t.kind).toBe("indicator");
    expect(t.columns).toEqual({
      weight: 0,
      actual: 1,
      name: 2,
      target: 3,
      level1: 4,
      level2: 5,
      reportedScore: 6,
      score: 7,
      reason: 8,
    });
  });

  test("every English role name", () => {
    const bud = only(
      sheet("b", [
        [
          "Line",
          "Initial budget",
          "Adjusted budget",
          "Actual spending",
          "Execution rate",
          "Points",
          "Score",
          "Reported score",
        ],
        ["Total", 1, 2, 2, _, 10, _, 10],
      ]),
    );
    expect(bud.columns).toEqual({
      name: 0,
      initial: 1,
      budget: 2,
      actual: 3,
      rate: 4,
      weight: 5,
      score: 6,
      reportedScore: 7,
    });
    const ind = only(
      sheet("i", [
        [
          "Level 1",
          "Level 2",
          "Indicator",
          "Comparator",
          "Target",
          "Unit",
          "Actual",
          "Weight",
          "Score",
          "Self-assessed score",
          "Scoring method",
          "Reason for deviation",
          "Completion rate",
          "Review flag",
        ],
        ["Output", "Quantity", "Events", "≥", 5, "times", 6, 10, _, 10, "forward", _, _, _],
      ]),
    );
    expect(ind.columns).toEqual({
      level1: 0,
      level2: 1,
      name: 2,
      comparator: 3,
      target: 4,
      unit: 5,
      actual: 6,
      weight: 7,
      score: 8,
      reportedScore: 9,
      method: 10,
      reason: 11,
      completion: 12,
      flag: 13,
    });
    expect(ind.lastCol).toBe(13);
  });

  test("得分 and 自评得分 together: score and reportedScore", () => {
    const t = only(
      sheet("s", [
        ["三级指标", "指标值", "完成值", "分值", "自评得分", "得分"],
        ["场次", "≥5", "6", 10, 10, _],
      ]),
    );
    expect(t.columns).toMatchObject({ name: 0, target: 1, actual: 2, weight: 3, reportedScore: 4, score: 5 });
  });

  test("Sichuan layout: 指标性质 | 指标值 | 度量单位 | 权重", () => {
    const t = only(
      sheet("四川", [
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "权重", "实际完成值", "得分"],
        ["产出指标", "数量指标", "培训人次", "≥", 500, "人次", 20, 520, _],
        ["成本指标", "经济成本", "人均成本", "≤", 300, "元", 10, 280, _],
      ]),
    );
    expect(t.columns).toEqual({
      level1: 0,
      level2: 1,
      name: 2,
      comparator: 3,
      target: 4,
      unit: 5,
      weight: 6,
      actual: 7,
      score: 8,
    });
  });

  test("Chongqing department layout: 调整指标值 preferred over 年初指标值; 得分系数 left alone", () => {
    const t = only(
      sheet("重庆", [
        [
          "指标名称",
          "计量单位",
          "指标性质",
          "年初指标值",
          "调整指标值",
          "全年完成值",
          "得分系数(%)",
          "指标权重(分)",
          "指标得分(分)",
        ],
        ["培训人次", "人次", "≥", 500, 450, 460, 100, 10, 10],
      ]),
    );
    expect(t.columns).toEqual({
      name: 0,
      unit: 1,
      comparator: 2,
      initialTarget: 3,
      target: 4,
      actual: 5,
      weight: 7,
      score: 8,
    });
    expect(t.lastCol).toBe(8);
  });

  test("年初指标值 alone is the target", () => {
    const t = only(
      sheet("s", [
        ["指标名称", "年初指标值", "全年完成值"],
        ["a", 1, 1],
      ]),
    );
    expect(t.columns).toEqual({ name: 0, target: 1, actual: 2 });
  });

  test("columns appended by an earlier run are recognised (完成率, 核查标记 / Completion rate, Review flag)", () => {
    const zh = only(
      sheet("zh", [
        ["三级指标", "年度指标值", "实际完成值", "分值", "得分", "完成率", "核查标记"],
        ["场次", "≥5", "4", 10, 8, 0.8, "未达标"],
      ]),
    );
    expect(zh.columns).toMatchObject({ completion: 5, flag: 6 });
    expect(zh.lastCol).toBe(6);
    const en = only(
      sheet("en", [
        ["Indicator", "Target", "Actual", "Weight", "Score", "Completion rate", "Review flag"],
        ["Events", "≥5", "4", 10, 8, 0.8, "below target"],
      ]),
    );
    expect(en.columns).toMatchObject({ completion: 5, flag: 6 });
  });

  test("table placed away from A1, ending before a blank row; notes below are not data", () => {
    const t = only(
      sheet("s", [
        [],
        [_, _, "绩效自评表", _, _],
        [_, _, "单位：万元", _, _],
        [_, _, "三级指标", "指标值", "实际完成值"],
        [_, _, "a", 1, 1],
        [_, _, "b", 2, 2],
        [_, _, _, _, _],
        [_, _, "c", 3, 3],
      ]),
    );
    expect(t).toMatchObject({ title: "绩效自评表", headerTop: 3, firstRow: 4, lastRow: 5, lastCol: 4 });
    expect(t.columns).toEqual({ name: 2, target: 3, actual: 4 });
  });

  test("a header with no rows under it is not a table", () => {
    expect(detectTables(book(sheet("s", [["三级指标", "指标值", "实际完成值"]])))).toEqual([]);
  });

  test("a notes row ends the table", () => {
    const t = only(
      sheet("s", [
        ["三级指标", "指标值", "实际完成值"],
        ["a", 1, 1],
        ["注：本表金额单位为万元", _, _],
      ]),
    );
    expect(t.lastRow).toBe(1);
  });
});

describe("detectTables: merged and two-row headers", () => {
  test("two-row header: group label 项目资金（万元） over 年初/调整/执行, other cells merged down", () => {
    const t = only(
      sheet(
        "预算执行",
        [
          ["2021年部门预算执行情况表", _, _, _, _, _],
          [_, _, _, _, _, "单位：万元"],
          ["项目", "项目资金（万元）", _, _, "执行率", "备注"],
          [_, "年初预算数", "调整预算数", "全年执行数", _, _],
          ["合计", 766.17, 831.88, 758.34, "=D5/C5", _],
          ["一、基本支出", 532.66, 532.66, 460.07, "=D6/C6", _],
          ["二、项目支出", 233.51, 299.22, 298.27, "=D7/C7", _],
        ],
        ["A1:F1", "A3:A4", "B3:D3", "E3:E4", "F3:F4"],
      ),
    );
    expect(t).toMatchObject({
      kind: "budget",
      title: "2021年部门预算执行情况表",
      headerTop: 2,
      headerBottom: 3,
      firstRow: 4,
      lastRow: 6,
      lastCol: 5,
    });
    expect(t.columns).toEqual({ name: 0, initial: 1, budget: 2, actual: 3, rate: 4 });
  });

  test("group label 绩效指标 merged over the whole header is part of it, the title above is the title", () => {
    const t = only(
      sheet(
        "s",
        [
          ["XX单位2021年度绩效自评表", _, _, _, _, _],
          ["绩效指标", _, _, _, _, _],
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"],
          ["产出指标", "数量指标", "a", "≥5", "6", 10],
        ],
        ["A1:F1", "A2:F2"],
      ),
    );
    expect(t).toMatchObject({
      title: "XX单位2021年度绩效自评表",
      headerTop: 1,
      headerBottom: 2,
      firstRow: 3,
    });
    expect(t.columns).toEqual({ level1: 0, level2: 1, name: 2, target: 3, actual: 4, weight: 5 });
  });

  test("a title merged right above the header is a title, not a header row", () => {
    const t = only(
      sheet(
        "s",
        [
          ["2021年度项目支出绩效自评表", _, _],
          ["三级指标", "年度指标值", "实际完成值"],
          ["a", 1, 1],
        ],
        ["A1:C1"],
      ),
    );
    expect(t).toMatchObject({ title: "2021年度项目支出绩效自评表", headerTop: 1, headerBottom: 1 });
  });

  test("header cells merged down over sub-headers (指标值 over 年初 | 调整)", () => {
    const t = only(
      sheet(
        "s",
        [
          ["三级指标", "指标值", _, "实际完成值", "分值"],
          [_, "年初", "调整", _, _],
          ["a", 5, 4, 4, 10],
        ],
        ["A1:A2", "B1:C1", "D1:D2", "E1:E2"],
      ),
    );
    expect(t).toMatchObject({ headerTop: 0, headerBottom: 1, firstRow: 2, lastRow: 2 });
    // 指标值 over 年初 | 调整 reads 年初指标值 | 调整指标值: the adjusted one is the target.
    expect(t.columns).toEqual({ name: 0, initialTarget: 1, target: 2, actual: 3, weight: 4 });
  });

  test("预算数 merged over 年初 | 调整 reads 年初预算数 | 调整预算数", () => {
    const t = only(
      sheet(
        "s",
        [
          ["项目", "预算数", _, "执行数"],
          [_, "年初", "调整", _],
          ["合计", 10, 12, 11],
        ],
        ["A1:A2", "B1:C1", "D1:D2"],
      ),
    );
    expect(t).toMatchObject({ kind: "budget", headerTop: 0, headerBottom: 1, firstRow: 2, lastRow: 2 });
    expect(t.columns).toEqual({ name: 0, initial: 1, budget: 2, actual: 3 });
  });

  test("一级/二级 labels merged down the rows do not end the table", () => {
    const t = only(
      sheet(
        "s",
        [
          ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
          ["产出指标", "数量指标", "a", "≥5", "6", 10, _],
          [_, _, "b", "≥5", "6", 10, _],
          [_, "质量指标", "c", "100%", "100%", 10, _],
          ["效益指标", "社会效益", "d", "好", "好", 10, _],
          [_, _, _, _, _, _, _],
          ["满意度指标", "满意度", "e", "≥90%", "95%", 10, _],
          ["总分", _, _, _, _, 50, _],
        ],
        ["A2:A4", "B2:B3", "A5:A7", "B5:B7"],
      ),
    );
    // Row 5 shows only the merged 效益指标 / 社会效益 labels: still inside the table.
    expect(t).toMatchObject({ firstRow: 1, lastRow: 7 });
  });
});

describe("detectTables: the MoF project sheet", () => {
  const found = detectTables(book(mofProjectSheet()));

  test("finds the budget block and the indicator block", () => {
    expect(found.map((t) => t.kind)).toEqual(["budget", "indicator"]);
  });

  test("budget block: rows 年度资金总额 … 其他资金, names in the column right of 项目资金（万元）", () => {
    const b = found[0];
    expect(b).toMatchObject({
      sheet: "项目自评表",
      title: "项目支出绩效自评表",
      subject: "科普惠民项目",
      headerTop: 4,
      headerBottom: 4,
      firstRow: 5,
      lastRow: 8,
      lastCol: 7,
    });
    expect(b.columns).toEqual({ name: 1, initial: 2, budget: 3, actual: 4, weight: 5, rate: 6, score: 7 });
  });

  test("indicator block: rows down to 总分, stopping before the signature row", () => {
    const i = found[1];
    expect(i).toMatchObject({
      title: "项目支出绩效自评表",
      headerTop: 11,
      headerBottom: 11,
      firstRow: 12,
      lastRow: 16,
      lastCol: 8,
    });
    expect(i.columns).toEqual({
      level1: 1,
      level2: 2,
      name: 3,
      target: 4,
      actual: 5,
      weight: 6,
      score: 7,
      reason: 8,
    });
  });

  test("with an empty header over the label column and no merge, the budget block still stops at 年度总体目标", () => {
    const g = mofProjectSheet();
    const unmerged = { ...g, merges: g.merges.filter((m) => !(m.top === 4 && m.left === 0)) };
    const [b] = detectTables(book(unmerged));
    expect(b).toMatchObject({ kind: "budget", firstRow: 5, lastRow: 8 });
    expect(b.columns.name).toBe(1);
  });
});

describe("detectTables: sheets", () => {
  test("a sheet with nothing, or with text only, yields nothing", () => {
    expect(detectTables(book(sheet("empty", [])))).toEqual([]);
    expect(detectTables(book(sheet("text", [["说明"], ["本表……"], [_, "项目名称", "x"]])))).toEqual([]);
  });

  test("hidden sheets are read; this product's own _pse sheets are not", () => {
    const rows = [
      ["三级指标", "指标值", "实际完成值"],
      ["a", 1, 1],
    ];
    const hidden = { ...sheet("hidden", rows), hidden: true };
    const found = detectTables(book(sheet("_pse_backup", rows), hidden));
    expect(found.map((t) => t.sheet)).toEqual(["hidden"]);
  });

  test("two tables stacked without a blank row: the second header ends the first table", () => {
    const found = detectTables(
      book(
        sheet("s", [
          ["项目", "年初预算数", "全年执行数"],
          ["合计", 10, 9],
          ["三级指标", "指标值", "实际完成值"],
          ["a", 1, 1],
        ]),
      ),
    );
    expect(found.map((t) => [t.kind, t.firstRow, t.lastRow])).toEqual([
      ["budget", 1, 1],
      ["indicator", 3, 3],
    ]);
  });

  test("tables come in sheet order, then row order", () => {
    const ind = sheet("B", [
      ["三级指标", "指标值", "实际完成值"],
      ["a", 1, 1],
    ]);
    const bud = sheet("A", [
      ["项目", "年初预算数", "全年执行数"],
      ["合计", 10, 9],
    ]);
    expect(detectTables(book(ind, bud)).map((t) => t.sheet)).toEqual(["B", "A"]);
  });
});

/** Table layouts that confuse detection: duplicates, two candidates, merges, hidden and filtered rows. */
import * as assert from "assert";
import ExcelJS from "exceljs";
import { budgetRows, indicatorRows, STANDARD_TOTAL, workbook } from "./build";
import type { ReliabilityCase } from "./types";

export const tableCases: readonly ReliabilityCase[] = [
  {
    id: "duplicated-headers",
    group: "table",
    title: "Two columns headed 实际完成值 (a copy pasted beside the original)",
    gets: "ok: one of them is used as the actual, the other is left alone; same total as the control",
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows() },
        {
          name: "绩效指标",
          rows: [
            ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "实际完成值", "分值", "得分"],
            ["产出指标", "数量指标", "培训场次", "≥10场", "8场", "8场", 30, null],
            ["产出指标", "质量指标", "合格率", "≥95%", "96%", "96%", 30, null],
            ["效益指标", "社会效益", "群众满意度", "≥90%", "92%", "92%", 30, null],
          ],
        },
      ]),
    expect: { kind: "ok", total: STANDARD_TOTAL, grade: "优" },
  },
  {
    id: "two-indicator-tables",
    group: "table",
    title: "Two candidate indicator tables on one sheet (two projects, one above the other)",
    gets: "ok: both tables evaluated as one evaluation, each row scored once; weight-total at 绩效指标!F2 (190, not 100)",
    build: () =>
      workbook([
        {
          name: "绩效指标",
          rows: [
            ...indicatorRows(),
            [],
            [],
            ...indicatorRows([
              ["产出指标", "数量指标", "宣传次数", "≥5次", "5次", 50, null, null],
              ["效益指标", "社会效益", "覆盖人数", "≥1000人", "500人", 50, null, "经费不足"],
            ]),
          ],
        },
      ]),
    expect: {
      kind: "ok",
      flags: [
        { code: "below-target", cell: "绩效指标!E9" },
        { code: "weight-total", cell: "绩效指标!F2" },
      ],
      check: ({ report }) => {
        const names = report.evaluations.flatMap((e) => e.indicators.map((i) => i.name));
        for (const n of ["培训场次", "合格率", "群众满意度", "宣传次数", "覆盖人数"])
          assert.strictEqual(names.filter((x) => x === n).length, 1, `${n} scored once`);
      },
    },
  },
  {
    id: "two-budget-sheets",
    group: "table",
    title: "Two candidate budget tables on two sheets (this year and last year's copy)",
    gets: "ok: both counted in one evaluation (total 101); weight-total at 绩效指标!F2 (110) and low-execution at 支出 (上年)!C2 point at it",
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows() },
        { name: "支出 (上年)", rows: budgetRows([["合计", 80, 60, null, 10, null]]) },
        { name: "绩效指标", rows: indicatorRows() },
      ]),
    expect: {
      kind: "ok",
      total: 101,
      flags: [
        { code: "low-execution", cell: "支出 (上年)!C2" },
        { code: "weight-total", cell: "绩效指标!F2" },
      ],
    },
  },
  {
    id: "merged-across-data",
    group: "table",
    title:
      "Merged cells across data: 一级指标 merged down, a note merged across target..score, and the empty 得分 cells merged",
    gets: "ok: total 93.5, 优; nothing written under a merge (G4 under G3 stays empty, its score counted in the total)",
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows() },
        {
          name: "绩效指标",
          rows: [
            ...indicatorRows([
              ["产出指标", "数量指标", "培训场次", "≥10场", "8场", 30, null, "场地原因"],
              [null, "质量指标", "合格率", "≥95%", "96%", 30, null, null],
              ["效益指标", "社会效益", "群众满意度", "≥90%", "92%", 30, null, null],
              ["效益指标", "可持续影响", "说明：本项目跨年度实施", null, null, null, null, null],
            ]),
          ],
          merges: ["A2:A3", "D5:G5", "G3:G4"],
        },
      ]),
    expect: {
      kind: "ok",
      total: STANDARD_TOTAL,
      grade: "优",
      check: ({ before, after }) => {
        const b = before.sheets[1];
        const a = after.sheets[1];
        assert.deepStrictEqual(a.merges, b.merges, "merges kept");
        for (const m of a.merges)
          for (let r = m.top; r <= m.bottom; r++)
            for (let c = m.left; c <= m.right; c++)
              if (r !== m.top || c !== m.left)
                assert.strictEqual(a.rows[r]?.[c], undefined, `r${r + 1}c${c + 1} empty`);
      },
    },
  },
  {
    id: "hidden-and-filtered",
    group: "table",
    title: "Hidden rows and an AutoFilter on the indicator table",
    gets: "ok: every row evaluated (hidden ones too, as Excel's SUM does); rows stay hidden, the filter stays",
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows(), hiddenRows: [2] },
        { name: "绩效指标", rows: indicatorRows(), hiddenRows: [3], autoFilter: "A1:H4" },
      ]),
    expect: {
      kind: "ok",
      total: STANDARD_TOTAL,
      grade: "优",
      check: async ({ output }) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(output);
        assert.strictEqual(wb.getWorksheet("支出")?.getRow(2).hidden, true, "支出 row 2 still hidden");
        assert.strictEqual(
          wb.getWorksheet("绩效指标")?.getRow(3).hidden,
          true,
          "绩效指标 row 3 still hidden",
        );
        assert.ok(wb.getWorksheet("绩效指标")?.autoFilter, "the AutoFilter is kept");
      },
    },
  },
  {
    id: "hidden-sheet",
    group: "table",
    title: "The indicator table on a hidden sheet",
    gets: "ok: evaluated like a visible one; the sheet stays hidden",
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows() },
        { name: "绩效指标", rows: indicatorRows(), state: "hidden" },
      ]),
    expect: {
      kind: "ok",
      check: async ({ output }) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(output);
        assert.strictEqual(wb.getWorksheet("绩效指标")?.state, "hidden");
      },
    },
  },
  {
    id: "very-long-text",
    group: "table",
    title: "Very long text: a 32,000-character indicator name and reason (Excel's cell limit is 32,767)",
    gets: "ok: evaluated; summary sentences stay within Excel's limits (32,767 characters a cell, 8,192 a formula)",
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows() },
        {
          name: "绩效指标",
          rows: indicatorRows([
            ["产出指标", "数量指标", "培训".repeat(16000), "≥10场", "8场", 30, null, "原因".repeat(16000)],
            ["产出指标", "质量指标", "合格率".repeat(10000), "≥95%", "94%", 30, null, "因".repeat(32000)],
            ["效益指标", "社会效益", "群众满意度", "≥90%", "92%", 30, null, null],
          ]),
        },
      ]),
    expect: {
      kind: "ok",
      check: ({ after }) => {
        for (const s of after.sheets)
          for (const row of s.rows)
            for (const c of row) {
              if (typeof c?.value === "string")
                assert.ok(c.value.length <= 32767, `${s.name}: a cell of ${c.value.length} characters`);
              if (c?.formula)
                assert.ok(c.formula.length <= 8192, `${s.name}: a formula of ${c.formula.length} characters`);
            }
      },
    },
  },
  {
    id: "many-rows",
    group: "table",
    title: "A 3,000-row indicator table",
    gets: "ok: every row evaluated (3,000 indicators), a few seconds",
    build: () =>
      workbook([
        {
          name: "绩效指标",
          rows: indicatorRows(
            Array.from({ length: 3000 }, (_, i) => [
              "产出指标",
              "数量指标",
              `指标${i + 1}`,
              "≥10",
              (i % 12) + 1,
              1,
              null,
              null,
            ]),
          ),
        },
      ]),
    expect: {
      kind: "ok",
      check: ({ report }) => assert.strictEqual(report.evaluations[0].indicators.length, 3000),
    },
  },
];

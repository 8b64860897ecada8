/** Tables whose values are broken: text, errors, zero and negative figures, huge numbers, dates. */
import * as assert from "assert";
import { budgetRows, indicatorRows, workbook, type Value } from "./build";
import type { ReliabilityCase } from "./types";

const indicators = indicatorRows();

/** The standard indicator table with one budget line varied. */
const withBudget = (lines: readonly (readonly Value[])[]) =>
  workbook([
    { name: "支出", rows: budgetRows(lines) },
    { name: "绩效指标", rows: indicators },
  ]);

/** The standard budget table with the indicator rows given. */
const withIndicators = (rows: readonly (readonly Value[])[]) =>
  workbook([
    { name: "支出", rows: budgetRows() },
    { name: "绩效指标", rows: indicatorRows(rows) },
  ]);

const INDICATORS_ONLY = 24 + 30 + 30;

export const valueCases: readonly ReliabilityCase[] = [
  {
    id: "text-in-numbers",
    group: "value",
    title: 'Text in numeric columns: 全年执行数 "待定", 分值 "三十"',
    gets: "ok: bad-number flags at 支出!C4 and 绩效指标!F3; those figures count as missing",
    build: () =>
      workbook([
        {
          name: "支出",
          rows: budgetRows([
            ["合计", 100, 95, null, 10, null],
            ["办公费", 60, 57, null, null, null],
            ["会议费", 40, "待定", null, null, null],
          ]),
        },
        {
          name: "绩效指标",
          rows: indicatorRows([
            ["产出指标", "数量指标", "培训场次", "≥10场", "8场", 30, null, "天气原因"],
            ["产出指标", "质量指标", "合格率", "≥95%", "96%", "三十", null, null],
            ["效益指标", "社会效益", "群众满意度", "≥90%", "92%", 30, null, null],
          ]),
        },
      ]),
    expect: {
      kind: "ok",
      flags: [
        { code: "bad-number", cell: "支出!C4" },
        { code: "bad-number", cell: "绩效指标!F3" },
      ],
    },
  },
  {
    id: "error-values",
    group: "value",
    title: "Error values in data cells: #DIV/0! budget, #N/A actual, #REF! weight",
    gets: "ok: bad-number at 支出!B2, 绩效指标!E3 (实际完成值) and 绩效指标!F4 (分值), missing-actual at E3; no NaN",
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows([["合计", { error: "#DIV/0!" }, 95, null, 10, null]]) },
        {
          name: "绩效指标",
          rows: indicatorRows([
            ["产出指标", "数量指标", "培训场次", "≥10场", "10场", 30, null, null],
            ["产出指标", "质量指标", "合格率", "≥95%", { error: "#N/A" }, 30, null, null],
            ["效益指标", "社会效益", "群众满意度", "≥90%", "92%", { error: "#REF!" }, null, null],
          ]),
        },
      ]),
    expect: {
      kind: "ok",
      flags: [
        { code: "bad-number", cell: "支出!B2" },
        { code: "bad-number", cell: "绩效指标!E3" },
        { code: "bad-number", cell: "绩效指标!F4" },
        { code: "missing-actual", cell: "绩效指标!E3" },
      ],
      check: ({ report }) => {
        const e3 = report.flags.find((f) => f.code === "bad-number" && f.cell === "绩效指标!E3");
        assert.match(e3?.message ?? "", /实际完成值/, "the message names the actual, not the weight");
        assert.ok(Number.isFinite(report.evaluations[0].totalScore), "total is a number");
      },
    },
  },
  {
    id: "zero-budget",
    group: "value",
    title: "A budget line of 0 with spending 0 and one of 0 with spending 5",
    gets: "ok: no rate for the 0 lines (formula guarded, no #DIV/0!), overspend flag on 支出!C4",
    build: () =>
      withBudget([
        ["合计", 100, 100, null, 10, null],
        ["办公费", 100, 95, null, null, null],
        ["会议费", 0, 5, null, null, null],
        ["培训费", 0, 0, null, null, null],
      ]),
    expect: {
      kind: "ok",
      flags: [{ code: "overspend", cell: "支出!C4" }],
      check: ({ report, after }) => {
        const lines = report.evaluations[0].budget?.lines ?? [];
        assert.strictEqual(lines[2].rate, null);
        assert.strictEqual(lines[3].rate, null);
        const rate = after.sheets[0].rows[3]?.[3];
        assert.ok(rate?.formula, "rate formula written for the zero line");
        assert.ok(!(typeof rate?.value === "object" && rate?.value !== null), "no error value cached");
      },
    },
  },
  {
    id: "negative-budget",
    group: "value",
    title: "A negative budget (-100) with spending 95",
    gets: "ok: overspend and low-execution flags at 支出!C2; figures stay finite",
    build: () => withBudget([["合计", -100, 95, null, 10, null]]),
    expect: {
      kind: "ok",
      flags: [
        { code: "overspend", cell: "支出!C2" },
        { code: "low-execution", cell: "支出!C2" },
      ],
      check: ({ report }) => assert.ok(Number.isFinite(report.evaluations[0].totalScore)),
    },
  },
  {
    id: "negative-actuals",
    group: "value",
    title: "Negative actuals: spending -5 and an indicator actual of -3场",
    gets: "ok: the negative indicator actual scores 0 (below-target at 绩效指标!E2); negative spending gets low-execution at 支出!C2",
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows([["合计", 100, -5, null, 10, null]]) },
        {
          name: "绩效指标",
          rows: indicatorRows([
            ["产出指标", "数量指标", "培训场次", "≥10场", -3, 30, null, "疫情"],
            ["产出指标", "质量指标", "合格率", "≥95%", "96%", 30, null, null],
            ["效益指标", "社会效益", "群众满意度", "≥90%", "92%", 30, null, null],
          ]),
        },
      ]),
    expect: {
      kind: "ok",
      flags: [
        { code: "below-target", cell: "绩效指标!E2" },
        { code: "low-execution", cell: "支出!C2" },
      ],
      check: ({ report }) => {
        const ev = report.evaluations[0];
        assert.strictEqual(ev.indicators[0].score, 0);
        assert.ok(Number.isFinite(ev.totalScore));
      },
    },
  },
  {
    id: "huge-numbers",
    group: "value",
    title: "Huge figures: budget 1e15, spending 9.99e14, an actual of 1e300",
    gets: "ok: total 99.99 (execution 99.9 %), over-target at 绩效指标!E2; no Infinity or NaN anywhere",
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows([["合计", 1e15, 9.99e14, null, 10, null]]) },
        {
          name: "绩效指标",
          rows: indicatorRows([
            ["产出指标", "数量指标", "培训场次", "≥10场", 1e300, 30, null, null],
            ["产出指标", "质量指标", "合格率", "≥95%", "96%", 30, null, null],
            ["效益指标", "社会效益", "群众满意度", "≥90%", "92%", 30, null, null],
          ]),
        },
      ]),
    expect: {
      kind: "ok",
      total: 99.99,
      flags: [{ code: "over-target", cell: "绩效指标!E2" }],
      check: ({ report }) => {
        const json = JSON.stringify(report);
        assert.ok(!/null,"grade"|NaN|Infinity/.test(json), "no NaN or Infinity");
        assert.ok(Number.isFinite(report.evaluations[0].totalScore));
      },
    },
  },
  {
    id: "dates-in-numbers",
    group: "value",
    title: "A date typed into 全年执行数 and into 实际完成值",
    gets: "ok: a date is not a figure: bad-number at 支出!C2, missing-actual at 绩效指标!E2; the date cells kept as they are",
    build: () =>
      workbook([
        {
          name: "支出",
          rows: budgetRows([["合计", 100, { date: new Date(Date.UTC(2021, 11, 31)) }, null, 10, null]]),
        },
        {
          name: "绩效指标",
          rows: indicatorRows([
            [
              "产出指标",
              "数量指标",
              "培训场次",
              "≥10场",
              { date: new Date(Date.UTC(2021, 5, 1)) },
              30,
              null,
              null,
            ],
            ["产出指标", "质量指标", "合格率", "≥95%", "96%", 30, null, null],
            ["效益指标", "社会效益", "群众满意度", "≥90%", "92%", 30, null, null],
          ]),
        },
      ]),
    expect: {
      kind: "ok",
      flags: [
        { code: "bad-number", cell: "支出!C2" },
        { code: "missing-actual", cell: "绩效指标!E2" },
      ],
      noFlags: ["overspend", "over-target"],
    },
  },
  {
    id: "booleans-in-numbers",
    group: "value",
    title: "TRUE/FALSE in numeric columns (a checkbox column pasted in)",
    gets: "ok: FALSE as a weight gets bad-number at 绩效指标!F3; TRUE as an actual reads as 达成 (like 是), qualitative-default at G2",
    build: () =>
      withIndicators([
        ["产出指标", "数量指标", "培训场次", "≥10场", true, 30, null, null],
        ["产出指标", "质量指标", "合格率", "≥95%", "96%", false, null, null],
        ["效益指标", "社会效益", "群众满意度", "≥90%", "92%", 30, null, null],
      ]),
    expect: {
      kind: "ok",
      flags: [
        { code: "bad-number", cell: "绩效指标!F3" },
        { code: "qualitative-default", cell: "绩效指标!G2" },
      ],
    },
  },
  {
    id: "indicators-only-standard",
    group: "value",
    title: "The standard indicator table alone (no budget table)",
    gets: `ok: total ${INDICATORS_ONLY} (no execution score), 良; weight-total flag at 绩效指标!F2 (weights 90)`,
    build: () => workbook([{ name: "绩效指标", rows: indicators }]),
    expect: {
      kind: "ok",
      total: INDICATORS_ONLY,
      grade: "良",
      flags: [{ code: "weight-total", cell: "绩效指标!F2" }],
    },
  },
];

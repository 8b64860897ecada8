/** Sheet names that need quoting, sheets named like the summary, protection, earlier runs. */
import * as assert from "assert";
import ExcelJS from "exceljs";
import { phrases } from "../../src/core/narrative/phrases";
import { REVERT_SHEET } from "../../src/core/revert/revertRecord";
import { budgetRows, indicatorRows, STANDARD_TOTAL, workbook, type Value } from "./build";
import { assertNoInjectedFormula } from "./hostileCases";
import type { CaseRun, ReliabilityCase } from "./types";

const SUMMARY = phrases("zh-CN").sheetName;
const MARKER = phrases("zh-CN").marker;

/** The standard pair under the given sheet names, evaluated like the control. */
function renamed(id: string, title: string, budget: string, indicators: string): ReliabilityCase {
  return {
    id,
    group: "sheet",
    title,
    gets: `ok: total ${STANDARD_TOTAL}, 优; formulas quote the name; flags name the sheet as written`,
    build: () =>
      workbook([
        { name: budget, rows: budgetRows() },
        { name: indicators, rows: indicatorRows() },
      ]),
    expect: {
      kind: "ok",
      total: STANDARD_TOTAL,
      grade: "优",
      flags: [{ code: "below-target", cell: `${indicators}!E2` }],
      check: (run: CaseRun) => {
        const sheet = run.after.sheets.find((s) => s.name === indicators);
        assert.ok(sheet, `sheet ${indicators} kept`);
        assertNoInjectedFormula(run);
      },
    },
  };
}

/** Names of the sheets in the output, in order; the very hidden revert record left out. */
const sheetNames = (run: CaseRun): string[] =>
  run.after.sheets.map((s) => s.name).filter((n) => n !== REVERT_SHEET);

/** The text of every cell of a sheet, joined. */
function sheetText(run: CaseRun, name: string): string {
  const s = run.after.sheets.find((x) => x.name === name);
  assert.ok(s, `sheet ${name} exists`);
  return s.rows.flatMap((r) => r.map((c) => (c && typeof c.value === "string" ? c.value : ""))).join("\n");
}

/** A summary sheet as an earlier version left it: stale figures and the marker line last. */
const staleSummary: Value[][] = [
  ["2020年度部门整体支出绩效自评报告"],
  ["一、基本情况"],
  ["旧版本写下的过期文字：总分 12.34，等级 差。"],
  [{ formula: "'绩效指标'!Z99", result: 0 }],
  [MARKER],
];

export const sheetCases: readonly ReliabilityCase[] = [
  renamed(
    "sheet-name-quotes",
    "Sheet names with apostrophes: O'Brien's 支出, 'Q1' 指标",
    "O'Brien's 支出",
    "Q1' 指标",
  ),
  renamed(
    "sheet-name-spaces",
    "Sheet names with spaces and formula punctuation: 2021 支出 ! & ;, 绩效 指标 (终稿)",
    "2021 支出 ! & ;",
    "绩效 指标 (终稿)",
  ),
  renamed(
    "sheet-name-non-ascii",
    "Non-ASCII sheet names: 预算执行（二〇二一）, 指标😀表",
    "预算执行（二〇二一）",
    "指标😀表",
  ),
  renamed(
    "sheet-name-31-chars",
    "Sheet names of exactly 31 characters, Excel's limit",
    "2021年度部门整体支出预算执行情况表（含结转结余资金）".slice(0, 31),
    "Performance indicators 2021 (1)",
  ),
  {
    id: "user-sheet-named-summary",
    group: "sheet",
    title: `A user's own sheet named ${SUMMARY} (and another named ${SUMMARY} (2))`,
    gets: `ok: the summary goes to "${SUMMARY} (3)"; the user's sheets are untouched; a rerun replaces only its own`,
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows() },
        { name: "绩效指标", rows: indicatorRows() },
        { name: SUMMARY, rows: [["我自己写的报告草稿"], ["总分：待填"]] },
        { name: `${SUMMARY} (2)`, rows: [["第二稿"]] },
      ]),
    expect: {
      kind: "ok",
      total: STANDARD_TOTAL,
      check: (run) => {
        assert.deepStrictEqual(sheetNames(run), [
          "支出",
          "绩效指标",
          SUMMARY,
          `${SUMMARY} (2)`,
          `${SUMMARY} (3)`,
        ]);
        assert.ok(sheetText(run, `${SUMMARY} (3)`).includes(MARKER));
      },
    },
  },
  {
    id: "protected-indicator-sheet",
    group: "sheet",
    title: "The indicator sheet is protected (the add-in would have to write into it)",
    gets: 'error: `FILE: sheet "绩效指标" is protected; unprotect it to fill in formulas (nothing written)`; no output',
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows() },
        { name: "绩效指标", rows: indicatorRows(), protect: "secret" },
      ]),
    expect: {
      kind: "error",
      message: /: sheet "绩效指标" is protected; unprotect it to fill in formulas \(nothing written\)$/,
    },
  },
  {
    id: "protected-cover-sheet",
    group: "sheet",
    title: "A protected cover sheet the engine has no reason to write to",
    gets: "ok: evaluated; the protected sheet is unchanged and still protected",
    build: () =>
      workbook([
        { name: "封面", rows: [["2021年度绩效自评"], ["单位：某某局"]], protect: "" },
        { name: "支出", rows: budgetRows() },
        { name: "绩效指标", rows: indicatorRows() },
      ]),
    expect: {
      kind: "ok",
      total: STANDARD_TOTAL,
      check: async ({ output }) => {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(output);
        const ws = wb.getWorksheet("封面") as unknown as { sheetProtection?: { sheet?: boolean } };
        assert.ok(ws.sheetProtection?.sheet, "封面 still protected");
      },
    },
  },
  {
    id: "earlier-version",
    group: "rerun",
    title: `Evaluated by an earlier version: 完成率 / 核查标记 columns already appended, a stale ${SUMMARY} sheet with the marker line`,
    gets: `ok: the stale summary is replaced by a fresh "${SUMMARY}" (no "(2)"); the old columns are reused, none appended`,
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows() },
        {
          name: "绩效指标",
          rows: [
            [...indicatorRows()[0], "完成率", "核查标记"],
            ...indicatorRows()
              .slice(1)
              .map((r, i) => [
                ...r,
                { formula: `IF(D${i + 2}="","",E${i + 2}/D${i + 2})`, result: "" },
                null,
              ]),
          ],
        },
        { name: SUMMARY, rows: staleSummary },
      ]),
    expect: {
      kind: "ok",
      total: STANDARD_TOTAL,
      grade: "优",
      check: (run) => {
        assert.deepStrictEqual(sheetNames(run), ["支出", "绩效指标", SUMMARY]);
        const text = sheetText(run, SUMMARY);
        assert.ok(!text.includes("旧版本写下的过期文字"), "the stale text is gone");
        assert.strictEqual(text.split(MARKER).length, 2, "one marker line");
        const ind = run.after.sheets[1];
        const widest = Math.max(...ind.rows.map((r) => r.length));
        assert.ok(widest <= 10, `no column appended after 核查标记 (widest row ${widest})`);
      },
    },
  },
  {
    id: "stale-revert-sheet",
    group: "rerun",
    title: "A very hidden _pse_revert sheet holding garbage and a budget-like table (a damaged record)",
    gets: "ok: the record sheet is never evaluated; this run's record replaces it and it stays very hidden",
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows() },
        { name: "绩效指标", rows: indicatorRows() },
        {
          name: REVERT_SHEET,
          rows: [["not json {"], ["项目", "全年预算数", "全年执行数"], ["合计", 1, 2]],
          state: "veryHidden",
        },
      ]),
    expect: {
      kind: "ok",
      total: STANDARD_TOTAL,
      check: async (run) => {
        assert.ok(!run.report.flags.some((f) => f.sheet === REVERT_SHEET), "no flag on the record sheet");
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(run.output);
        assert.strictEqual(wb.getWorksheet(REVERT_SHEET)?.state, "veryHidden");
      },
    },
  },
];

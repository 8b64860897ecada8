/**
 * Every scoring variant a shipped pack states, at and around each threshold: the engine's figure,
 * the formula it writes recalculated by LibreOffice, and a hand computation agree.
 *
 * The workbook: one sheet per execution rate t (49.99 % … 130 %, the issue's 89.99 / 90 / 95 / 100 /
 * 130 % and the cap's 50 / 60 / 70 / 80 % with a hair below each), each a 项目支出 table:
 *   budget 100, spent 100·t, 分值 10;
 *   数量 ≥100, actual 100·t, 分值 25 (forward);
 *   成本控制率 ≤100%, actual t, 分值 25 (reverse: met up to 100 %, over from 100.5 %);
 *   固定指标 ≥10, actual 10, 分值 40 (always met), 总分 100.
 *
 * HAND: [t, execution score, forward score, reverse score, total, grade] per pack, computed apart
 * from the engine in decimal arithmetic from the rules as the sources word them (README, "Rule
 * packs"), rounded half away from zero:
 *   mof2020: 10 × MIN(t, 1); 25 × MIN(t, 1); reverse 25 × MAX(0, 1 − (t − 1)) above 100 %.
 *   uncapped-execution: 10 × t (13 at 130 %).
 *   changsha-yuhua-2022: 10 − 2 × FLOOR((1 − t) / 5 %), at least 0 (89.99 %: 2 whole steps, 6).
 *   yueyang: ≥90 % 5, 80–90 % 4, 70–80 % 3, 60–70 % 2, below 0, out of 5, × 10 / 5.
 *   platform-manual: forward −2 at ≥ 130 % (23); total ≤ 89 / 79 / 69 / 59 for rates in
 *     [70, 80) / [60, 70) / [50, 60) / [0, 50) %.
 *   reverse-ratio: reverse 25 / t above 100 % (24.88, 19.23).
 *   sangong-per-point: reverse 25 − CEILING((t − 1) / 1 %), at least 0 (100.5 %: one point, 24).
 *   pass-fail: forward 25 or 0; reverse 25 or 0.
 *   grades-80-70-60: mof2020's scores, 优 from 80, 良 from 70, 中 from 60.
 */
import * as fs from "fs";
import * as path from "path";
import { a1 } from "../../src/core/cellRef";
import type { CellValue } from "../../src/core/grid";
import type { CellWrite } from "../../src/core/plan/writePlan";
import { packNamed } from "../../src/core/rules/shipped";
import { buildFixtureWorkbook } from "../../scripts/make-fixtures";
import type { FixtureSheet } from "../../scripts/fixtures/types";
import { evaluateFile, tempDir } from "../helpers/evaluateFile";
import { describeWithLibreOffice, recalculate, recalculatedValues } from "../helpers/libreoffice";

type Row = readonly [number, number, number, number, number, string];

const HAND: Readonly<Record<string, readonly Row[]>> = {
  mof2020: [
    [0.4999, 5.0, 12.5, 25, 82.5, "good"],
    [0.5, 5.0, 12.5, 25, 82.5, "good"],
    [0.6999, 7.0, 17.5, 25, 89.5, "good"],
    [0.7, 7.0, 17.5, 25, 89.5, "good"],
    [0.7999, 8.0, 20.0, 25, 93.0, "excellent"],
    [0.8, 8.0, 20.0, 25, 93.0, "excellent"],
    [0.8999, 9.0, 22.5, 25, 96.5, "excellent"],
    [0.9, 9.0, 22.5, 25, 96.5, "excellent"],
    [0.95, 9.5, 23.75, 25, 98.25, "excellent"],
    [1, 10.0, 25.0, 25, 100.0, "excellent"],
    [1.005, 10.0, 25.0, 24.88, 99.88, "excellent"],
    [1.3, 10.0, 25.0, 17.5, 92.5, "excellent"],
  ],
  "uncapped-execution": [
    [0.4999, 5.0, 12.5, 25, 82.5, "good"],
    [0.5, 5.0, 12.5, 25, 82.5, "good"],
    [0.6999, 7.0, 17.5, 25, 89.5, "good"],
    [0.7, 7.0, 17.5, 25, 89.5, "good"],
    [0.7999, 8.0, 20.0, 25, 93.0, "excellent"],
    [0.8, 8.0, 20.0, 25, 93.0, "excellent"],
    [0.8999, 9.0, 22.5, 25, 96.5, "excellent"],
    [0.9, 9.0, 22.5, 25, 96.5, "excellent"],
    [0.95, 9.5, 23.75, 25, 98.25, "excellent"],
    [1, 10.0, 25.0, 25, 100.0, "excellent"],
    [1.005, 10.05, 25.0, 24.88, 99.93, "excellent"],
    [1.3, 13.0, 25.0, 17.5, 95.5, "excellent"],
  ],
  "changsha-yuhua-2022": [
    [0.4999, 0.0, 12.5, 25, 77.5, "fair"],
    [0.5, 0.0, 12.5, 25, 77.5, "fair"],
    [0.6999, 0.0, 17.5, 25, 82.5, "good"],
    [0.7, 0.0, 17.5, 25, 82.5, "good"],
    [0.7999, 2.0, 20.0, 25, 87.0, "good"],
    [0.8, 2.0, 20.0, 25, 87.0, "good"],
    [0.8999, 6.0, 22.5, 25, 93.5, "excellent"],
    [0.9, 6.0, 22.5, 25, 93.5, "excellent"],
    [0.95, 8.0, 23.75, 25, 96.75, "excellent"],
    [1, 10, 25.0, 25, 100.0, "excellent"],
    [1.005, 10, 25.0, 24.88, 99.88, "excellent"],
    [1.3, 10, 25.0, 17.5, 92.5, "excellent"],
  ],
  yueyang: [
    [0.4999, 0.0, 12.5, 25, 77.5, "fair"],
    [0.5, 0.0, 12.5, 25, 77.5, "fair"],
    [0.6999, 4.0, 17.5, 25, 86.5, "good"],
    [0.7, 6.0, 17.5, 25, 88.5, "good"],
    [0.7999, 6.0, 20.0, 25, 91.0, "excellent"],
    [0.8, 8.0, 20.0, 25, 93.0, "excellent"],
    [0.8999, 8.0, 22.5, 25, 95.5, "excellent"],
    [0.9, 10.0, 22.5, 25, 97.5, "excellent"],
    [0.95, 10.0, 23.75, 25, 98.75, "excellent"],
    [1, 10.0, 25.0, 25, 100.0, "excellent"],
    [1.005, 10.0, 25.0, 24.88, 99.88, "excellent"],
    [1.3, 10.0, 25.0, 17.5, 92.5, "excellent"],
  ],
  "platform-manual": [
    [0.4999, 5.0, 12.5, 25, 59, "poor"],
    [0.5, 5.0, 12.5, 25, 69, "fair"],
    [0.6999, 7.0, 17.5, 25, 79, "fair"],
    [0.7, 7.0, 17.5, 25, 89, "good"],
    [0.7999, 8.0, 20.0, 25, 89, "good"],
    [0.8, 8.0, 20.0, 25, 93.0, "excellent"],
    [0.8999, 9.0, 22.5, 25, 96.5, "excellent"],
    [0.9, 9.0, 22.5, 25, 96.5, "excellent"],
    [0.95, 9.5, 23.75, 25, 98.25, "excellent"],
    [1, 10.0, 25.0, 25, 100.0, "excellent"],
    [1.005, 10.0, 25.0, 24.88, 99.88, "excellent"],
    [1.3, 10.0, 23.0, 17.5, 90.5, "excellent"],
  ],
  "reverse-ratio": [
    [0.4999, 5.0, 12.5, 25, 82.5, "good"],
    [0.5, 5.0, 12.5, 25, 82.5, "good"],
    [0.6999, 7.0, 17.5, 25, 89.5, "good"],
    [0.7, 7.0, 17.5, 25, 89.5, "good"],
    [0.7999, 8.0, 20.0, 25, 93.0, "excellent"],
    [0.8, 8.0, 20.0, 25, 93.0, "excellent"],
    [0.8999, 9.0, 22.5, 25, 96.5, "excellent"],
    [0.9, 9.0, 22.5, 25, 96.5, "excellent"],
    [0.95, 9.5, 23.75, 25, 98.25, "excellent"],
    [1, 10.0, 25.0, 25, 100.0, "excellent"],
    [1.005, 10.0, 25.0, 24.88, 99.88, "excellent"],
    [1.3, 10.0, 25.0, 19.23, 94.23, "excellent"],
  ],
  "sangong-per-point": [
    [0.4999, 5.0, 12.5, 25, 82.5, "good"],
    [0.5, 5.0, 12.5, 25, 82.5, "good"],
    [0.6999, 7.0, 17.5, 25, 89.5, "good"],
    [0.7, 7.0, 17.5, 25, 89.5, "good"],
    [0.7999, 8.0, 20.0, 25, 93.0, "excellent"],
    [0.8, 8.0, 20.0, 25, 93.0, "excellent"],
    [0.8999, 9.0, 22.5, 25, 96.5, "excellent"],
    [0.9, 9.0, 22.5, 25, 96.5, "excellent"],
    [0.95, 9.5, 23.75, 25, 98.25, "excellent"],
    [1, 10.0, 25.0, 25, 100.0, "excellent"],
    [1.005, 10.0, 25.0, 24.0, 99.0, "excellent"],
    [1.3, 10.0, 25.0, 0.0, 75.0, "fair"],
  ],
  "pass-fail": [
    [0.4999, 5.0, 0.0, 25, 70.0, "fair"],
    [0.5, 5.0, 0.0, 25, 70.0, "fair"],
    [0.6999, 7.0, 0.0, 25, 72.0, "fair"],
    [0.7, 7.0, 0.0, 25, 72.0, "fair"],
    [0.7999, 8.0, 0.0, 25, 73.0, "fair"],
    [0.8, 8.0, 0.0, 25, 73.0, "fair"],
    [0.8999, 9.0, 0.0, 25, 74.0, "fair"],
    [0.9, 9.0, 0.0, 25, 74.0, "fair"],
    [0.95, 9.5, 0.0, 25, 74.5, "fair"],
    [1, 10.0, 25.0, 25, 100.0, "excellent"],
    [1.005, 10.0, 25.0, 0, 75.0, "fair"],
    [1.3, 10.0, 25.0, 0, 75.0, "fair"],
  ],
  "grades-80-70-60": [
    [0.4999, 5.0, 12.5, 25, 82.5, "excellent"],
    [0.5, 5.0, 12.5, 25, 82.5, "excellent"],
    [0.6999, 7.0, 17.5, 25, 89.5, "excellent"],
    [0.7, 7.0, 17.5, 25, 89.5, "excellent"],
    [0.7999, 8.0, 20.0, 25, 93.0, "excellent"],
    [0.8, 8.0, 20.0, 25, 93.0, "excellent"],
    [0.8999, 9.0, 22.5, 25, 96.5, "excellent"],
    [0.9, 9.0, 22.5, 25, 96.5, "excellent"],
    [0.95, 9.5, 23.75, 25, 98.25, "excellent"],
    [1, 10.0, 25.0, 25, 100.0, "excellent"],
    [1.005, 10.0, 25.0, 24.88, 99.88, "excellent"],
    [1.3, 10.0, 25.0, 17.5, 92.5, "excellent"],
  ],
};

const RATES = HAND.mof2020.map((r) => r[0]);
const _ = null;
const sheetName = (t: number): string => `t${Number((t * 100).toPrecision(12))}`;

function sheet(t: number): FixtureSheet {
  const spent = Number((100 * t).toPrecision(12));
  return {
    name: sheetName(t),
    rows: [
      ["项目支出绩效自评表", _, _, _, _, _, _, _, _],
      ["项目资金（万元）", _, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", _],
      [_, "年度资金总额", 100, 100, spent, 10, _, _, _],
      [
        "绩效指标",
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
      ],
      [_, "产出指标", "数量指标", "完成数", "≥100", spent, 25, _, "说明"],
      [_, "成本指标", "经济成本指标", "成本控制率", "≤100%", t, 25, _, "说明"],
      [_, "效益指标", "社会效益指标", "固定指标", "≥10", 10, 40, _, _],
      ["总分", _, _, _, _, _, 100, _, _],
    ],
  };
}

let input = "";
beforeAll(async () => {
  const dir = tempDir("pse-variants-");
  input = path.join(dir, "variants.xlsx");
  await buildFixtureWorkbook({
    name: "variants",
    description: "",
    sheets: RATES.map(sheet),
    expected: { rules: "mof2020", evaluations: [], flags: [] },
  }).xlsx.writeFile(input);
});

const near = (a: CellValue | undefined, b: number): boolean =>
  typeof a === "number" && Math.abs(a - b) < 1e-9;

describeWithLibreOffice("every variant: engine = LibreOffice = hand computation at each threshold", () => {
  test.each(Object.keys(HAND))("%s", async (name) => {
    const pack = packNamed(name);
    expect(pack).toBeDefined();
    const { result, output } = await evaluateFile(input, { rules: pack, lang: "zh-CN" });
    expect(fs.existsSync(output)).toBe(true);
    const lo = await recalculatedValues(await recalculate(output));
    const wrong: string[] = [];
    for (const [t, exec, fwd, rev, total, grade] of HAND[name]) {
      const s = sheetName(t);
      const ev = result.evaluations.find((e) => e.budget?.lines[0]?.sheet === s);
      if (!ev) throw new Error(`${name}: no evaluation of sheet ${s}`);
      const engine = [
        ev.budget?.executionScore,
        ev.indicators[0].score,
        ev.indicators[1].score,
        ev.totalScore,
      ];
      const cells = [
        ev.budget?.lines[0].cells.score,
        ev.indicators[0].cells.score,
        ev.indicators[1].cells.score,
        `${s}!H8`,
      ];
      const hand = [exec, fwd, rev, total];
      hand.forEach((h, i) => {
        const got = lo.get(cells[i] ?? "");
        if (engine[i] !== h || !near(got, h))
          wrong.push(
            `${s} ${["execution", "forward", "reverse", "total"][i]}: hand ${h}, engine ${engine[i]}, LibreOffice ${JSON.stringify(got)} (${cells[i]})`,
          );
      });
      if (ev.grade !== grade) wrong.push(`${s} grade: hand ${grade}, engine ${ev.grade}`);
    }
    // And every other formula the run wrote (completions, flags, the summary) computes the engine's figure.
    const formulas = [...result.plan.cells, ...result.plan.newSheets.flatMap((x) => x.cells)].filter(
      (w): w is Extract<CellWrite, { kind: "formula" }> => w.kind === "formula",
    );
    for (const w of formulas) {
      const got = lo.get(`${w.sheet}!${a1(w.row, w.col)}`);
      const ok =
        typeof w.value === "number"
          ? near(got, w.value) ||
            (typeof got === "number" && Math.abs(got - w.value) <= 1e-9 * Math.abs(w.value))
          : w.value === null || w.value === ""
            ? got === null || got === undefined || got === ""
            : got === w.value;
      if (!ok)
        wrong.push(
          `${w.sheet}!${a1(w.row, w.col)} =${w.formula}: engine ${JSON.stringify(w.value)}, LibreOffice ${JSON.stringify(got)}`,
        );
    }
    expect(wrong).toEqual([]);
  });
});

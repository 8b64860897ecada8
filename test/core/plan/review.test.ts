/**
 * Review mode's columns on a hand-made table whose figures are worked out here by hand:
 * execution 80 / 100 of 10 points = 8; 培训人数 80 of ≥100 on 40 points = 32; 合格率 and 覆盖率 met
 * (30, 20). 复核总分 = 8 + 32 + 30 + 20 = 90. The unit typed 自评得分 40, 30, 18 and 总分 98, so
 * 偏离度 = (40 − 32) / 40 = 20 %, 0, (18 − 20) / 18 = −11.11 %, and the project's (98 − 90) / 98.
 */
import * as path from "path";
import { runEngine } from "../../../src/core/engine";
import { loadPackage } from "../../../src/workbook/ooxml";
import { corpusFiles } from "../../helpers/evaluateFile";
import { gridFromValues, type CellValue, type WorkbookData } from "../../../src/core/grid";
import type { CellWrite } from "../../../src/core/plan/writePlan";
import type { Lang } from "../../../src/core/types";
import { applyToData } from "../../helpers/applyToData";

const SHEET = "自评表";
const rows: (CellValue | undefined)[][] = [
  ["项目名称", "测试项目"],
  ["项目", "年初预算数", "全年预算数", "全年执行数", "分值", "得分"],
  ["合计", 100, 100, 80, 10],
  [],
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "自评得分", "得分", "偏差原因"],
  ["产出指标", "数量指标", "培训人数", "≥100人", 80, 40, 40, undefined, "场地不足"],
  ["产出指标", "质量指标", "合格率", "≥95%", 0.96, 30, 30],
  ["效益指标", "社会效益", "覆盖率", "≥90%", 0.9, 20, 18],
  ["总分", undefined, undefined, undefined, undefined, 100, 98],
];
const workbook = (values = rows): WorkbookData => ({ sheets: [gridFromValues(SHEET, values)] });

const run = (wb: WorkbookData, lang: Lang = "zh-CN", overwrite = false) =>
  runEngine(wb, { rules: "mof2020", lang, summary: false, review: true, overwrite });

const at = (cells: readonly CellWrite[], row: number, col: number): CellWrite | undefined =>
  cells.find((c) => c.sheet === SHEET && c.row === row && c.col === col);
const formulaAt = (cells: readonly CellWrite[], row: number, col: number) => {
  const c = at(cells, row, col);
  return c?.kind === "formula" ? { formula: c.formula, value: c.value } : c;
};

// The indicator table's own columns end at I (8); the tool appends 完成率 J and 核查标记 K; review L, M, N.
const [RS, RR, DEV] = [11, 12, 13];

test("the three review columns are headed right of the tool's own, in zh and en", () => {
  for (const [lang, heads] of [
    ["zh-CN", ["复核得分", "复核扣分原因", "偏离度"]],
    ["en-US", ["Review score", "Review reason", "Deviation"]],
  ] as const) {
    const { plan } = run(workbook(), lang);
    const texts = [RS, RR, DEV].map((c) => {
      const w = at(plan.cells, 4, c);
      return w?.kind === "text" ? w.text : undefined;
    });
    expect(texts).toEqual(heads);
    const completion = at(plan.cells, 4, 9);
    expect(completion?.kind === "text" && completion.text).toBe(
      lang === "zh-CN" ? "完成率" : "Completion rate",
    );
    // Borrowed from the table's header (its last column, I) as every appended header is.
    expect(at(plan.cells, 4, RS)?.borrow).toEqual({ row: 4, col: 8, part: "style" });
  }
});

test("复核得分 equals the rule's score cell, 偏离度 reads the unit's typed 自评得分", () => {
  const { plan, details } = run(workbook());
  // 得分 (H) holds the tool's score formula; 复核得分 points at it.
  expect(formulaAt(plan.cells, 5, RS)).toEqual({ formula: "N(H6)", value: 32 });
  expect(formulaAt(plan.cells, 6, RS)).toEqual({ formula: "N(H7)", value: 30 });
  expect(formulaAt(plan.cells, 5, DEV)).toEqual({
    formula: 'IF(N(G6)=0,"",(N(G6)-N(L6))/N(G6))',
    value: 0.2,
  });
  expect(formulaAt(plan.cells, 6, DEV)).toEqual({ formula: 'IF(N(G7)=0,"",(N(G7)-N(L7))/N(G7))', value: 0 });
  const last = formulaAt(plan.cells, 7, DEV);
  expect(last && "value" in last && last.value).toBeCloseTo(-2 / 18, 12);
  // Nothing is written under 复核扣分原因: it is the reviewer's.
  expect(plan.cells.filter((c) => c.col === RR && c.row > 4)).toEqual([]);
  const dev = plan.cells.find((c) => c.col === DEV && c.row === 5);
  expect(dev?.kind === "formula" && dev.numFmt).toBe("0.00%");

  const review = details[0].cells.review;
  expect(review?.total.reviewTotal).toBe(90);
  expect(review?.total.selfTotal).toBe(98);
  expect(review?.total.deviation).toBeCloseTo(8 / 98, 12);
});

test("the budget's execution score gets its own three, and 复核总分 sums them as the 总分 does", () => {
  const { plan, details } = run(workbook());
  // Budget table A..F (score F, 5); the tool appends 执行率 G, then review H, I, J on the budget's rows.
  const heads = [7, 8, 9].map((c) => at(plan.cells, 1, c)).map((w) => (w?.kind === "text" ? w.text : null));
  expect(heads).toEqual(["复核得分", "复核扣分原因", "偏离度"]);
  expect(formulaAt(plan.cells, 2, 7)).toEqual({ formula: "N(F3)", value: 8 });
  // No 自评得分 column and no typed 得分: 自评 is the tool's score, so the deviation is 0.
  expect(formulaAt(plan.cells, 2, 9)).toEqual({ formula: 'IF(N(F3)=0,"",(N(F3)-N(H3))/N(F3))', value: 0 });
  // The total row: 复核总分 over the 复核得分 column plus the budget's, and the project 偏离度 from the typed 总分 (G9).
  expect(formulaAt(plan.cells, 8, RS)).toEqual({ formula: "ROUND(SUM(L6:L8)+N(H3),2)", value: 90 });
  const pd = formulaAt(plan.cells, 8, DEV);
  expect(pd && "formula" in pd && pd.formula).toBe('IF(N(G9)=0,"",(N(G9)-N(L9))/N(G9))');
  expect(details[0].cells.review?.budget.map((b) => b.figures)).toEqual([
    { selfScore: 8, reviewScore: 8, deviation: 0, typed: false },
  ]);
});

test("a rerun finds its columns by header and keeps the reviewer's typed 复核得分 and reason, even with --overwrite", () => {
  const first = run(workbook());
  const after = applyToData(workbook(), first.plan);
  const grid = after.sheets[0];
  const edited = grid.rows.map((r) => [...r]);
  edited[5][RS] = { value: 20 };
  edited[5][RR] = { value: "台账不全，扣 12 分" };
  const typed: WorkbookData = { sheets: [{ ...grid, rows: edited }] };
  const again = run(typed, "zh-CN", true);
  // Nothing new appended, nothing written over the reviewer's cells.
  expect(again.plan.cells.filter((c) => c.col > DEV)).toEqual([]);
  expect(at(again.plan.cells, 5, RS)).toBeUndefined();
  expect(at(again.plan.cells, 5, RR)).toBeUndefined();
  const review = again.details[0].cells.review;
  const row = review?.indicators.get(`${SHEET}\u00005`);
  expect(row?.figures).toEqual({ selfScore: 40, reviewScore: 20, deviation: 0.5, typed: true });
  // 复核总分 follows the typed figure: 8 + 20 + 30 + 20 = 78; the project 偏离度 (98 − 78) / 98.
  expect(review?.total.reviewTotal).toBe(78);
  expect(review?.total.deviation).toBeCloseTo(20 / 98, 12);
  // The reviewer's reason is not read as the unit's 偏差原因 on the rerun.
  expect(again.evaluations[0].indicators[0].reason).toBe("场地不足");
});

test("without --review nothing of the review is planned", () => {
  const { plan, details } = runEngine(workbook(), { rules: "mof2020", lang: "zh-CN", summary: false });
  expect(plan.cells.some((c) => c.kind === "text" && /复核|偏离度/.test(c.text))).toBe(false);
  expect(details[0].cells.review).toBeNull();
});

test("with nothing typed by a reviewer, 复核总分 is the engine's total on the sample, every fixture and real table", async () => {
  const files = corpusFiles();
  const off: string[] = [];
  for (const file of files) {
    const { data } = await loadPackage(file);
    const r = runEngine(data, { rules: "mof2020", lang: "zh-CN", summary: false, review: true });
    r.details.forEach((d, i) => {
      if (d.cells.review?.total.reviewTotal !== r.evaluations[i].totalScore)
        off.push(
          `${path.basename(file)} #${i}: ${d.cells.review?.total.reviewTotal} ≠ ${r.evaluations[i].totalScore}`,
        );
    });
  }
  expect(off).toEqual([]);
  expect(files.length).toBeGreaterThan(30);
});

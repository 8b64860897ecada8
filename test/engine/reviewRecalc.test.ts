/**
 * Review mode, recalculated by LibreOffice: every formula it writes (复核得分, 偏离度, 复核总分, the
 * project 偏离度, and the 复核意见 figures on the summary) equals the engine's figure, on the sample
 * and on real tables. 松江区亭林镇 2020 states its own scores (自评得分 column, 总分 83) where the rule
 * gives 74.85, so its 偏离度 is not 0: (83 − 74.85) / 83 = 9.82 %.
 * A reviewer's typed 复核得分 and reason, typed in a real xlsx (ExcelJS as a person's spreadsheet),
 * survive a rerun through the package adapter, and the totals follow them.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { displayRef, type CellRef } from "../../src/core/cellRef";
import type { CellValue } from "../../src/core/grid";
import type { ReviewPlan } from "../../src/core/plan/planReview";
import { evaluateFile, fixturesDir, samplePath, tempDir } from "../helpers/evaluateFile";
import { disagreements, sameFigure } from "../helpers/formulaCheck";
import { describeWithLibreOffice, recalculate, recalculatedValues } from "../helpers/libreoffice";

const real = (name: string): string => path.join(fixturesDir, "real", `${name}.xlsx`);
const SONGJIANG = real("shanghai-songjiang-jiuting-2020-project");
const cases: [string, string][] = [
  ["sample", samplePath],
  ["songjiang (typed 自评得分)", SONGJIANG],
  ["yongde (typed 自评得分)", real("yunnan-lincang-yongde-mlzx-2022-project")],
  ["tianchang (总分 100 stated, 40 by the rule)", real("anhui-tianchang-slj-2022-project")],
];

/** The review cells of every evaluation, each with the engine's figure, for the recalculated values. */
function reviewFigures(review: ReviewPlan): [CellRef, number | string | null][] {
  const lines = [...review.indicators.values(), ...review.budget];
  const out: [CellRef, number | string | null][] = [];
  for (const l of lines) {
    if (l.cells.score) out.push([l.cells.score, l.figures.reviewScore]);
    if (l.cells.deviation) out.push([l.cells.deviation, l.figures.deviation ?? ""]);
  }
  const t = review.total;
  if (t.cells.score) out.push([t.cells.score, t.reviewTotal]);
  if (t.cells.deviation) out.push([t.cells.deviation, t.deviation ?? ""]);
  return out;
}

const mismatches = (
  review: ReviewPlan,
  values: ReadonlyMap<string, CellValue>,
): { cell: string; engine: unknown; got: unknown }[] =>
  reviewFigures(review)
    .map(([ref, engine]) => ({ cell: displayRef(ref), engine, got: values.get(displayRef(ref)) }))
    .filter((x) => !sameFigure(x.engine, x.got));

describeWithLibreOffice(
  "review mode: LibreOffice recalculates the review cells to the engine's figures",
  () => {
    test.each(cases)("%s", async (_name, file) => {
      const { result, output } = await evaluateFile(file, { review: true });
      const values = await recalculatedValues(await recalculate(output));
      expect(disagreements(result, values)).toEqual([]);
      for (const [i, d] of result.details.entries()) {
        const review = d.cells.review as ReviewPlan;
        expect(mismatches(review, values)).toEqual([]);
        // Nothing typed by a reviewer: 复核总分 is the engine's total.
        expect(review.total.reviewTotal).toBe(result.evaluations[i].totalScore);
        expect(reviewFigures(review).length).toBeGreaterThan(4);
      }
      // The summary's 复核意见: its figures are formulas (held above with every other formula).
      const summary = result.plan.newSheets[0].cells;
      const figures = summary.filter((c) => c.kind === "formula" && String(c.value).startsWith("复核总分"));
      expect(figures.length).toBe(result.details.length);
      expect(summary.some((c) => c.kind === "text" && c.text === "五、复核意见")).toBe(true);
      if (file === SONGJIANG) {
        expect(figures[0].kind === "formula" && figures[0].value).toBe(
          "复核总分74.85分，自评总分83分，偏离度9.82%。",
        );
        const t = result.details[0].cells.review!.total;
        expect([t.selfTotal, t.reviewTotal]).toEqual([83, 74.85]);
        expect(values.get(displayRef(t.cells.deviation!))).toBeCloseTo((83 - 74.85) / 83, 12);
        const rows = [...result.details[0].cells.review!.indicators.values()];
        expect(rows.filter((r) => (r.figures.deviation ?? 0) !== 0).length).toBeGreaterThan(0);
      }
    });

    test("a typed 复核得分 and 复核扣分原因 survive a rerun; 复核总分 and 偏离度 follow the typed figure", async () => {
      const first = await evaluateFile(SONGJIANG, { review: true });
      const review = first.result.details[0].cells.review!;
      const row = [...review.indicators.values()].find((l) => (l.figures.reviewScore ?? 0) > 1)!;
      const typedScore = row.figures.reviewScore! - 1;
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(first.output);
      const ws = book.getWorksheet(row.sheet)!;
      ws.getCell(row.row + 1, row.cells.score!.col + 1).value = typedScore;
      ws.getCell(row.row + 1, row.cells.reason!.col + 1).value = "佐证材料不全，扣1分";
      const edited = path.join(tempDir("pse-review-"), "edited.xlsx");
      await book.xlsx.writeFile(edited);

      const at = (r: CellRef) => (c: { sheet: string; row: number; col: number }) =>
        c.sheet === r.sheet && c.row === r.row && c.col === r.col;
      // --overwrite replaces the unit's typed scores, never the reviewer's. (Not recalculated here: on this
      // table it turns a stated score into a formula over its own completion, a circular reference.)
      const overwritten = await evaluateFile(edited, { review: true, overwrite: true });
      expect(overwritten.result.plan.cells.filter(at(row.cells.score!))).toEqual([]);
      expect(overwritten.result.plan.cells.filter(at(row.cells.reason!))).toEqual([]);

      const again = await evaluateFile(edited, { review: true });
      const rerun = again.result.details[0].cells.review!;
      expect(again.result.plan.cells.filter(at(row.cells.score!))).toEqual([]);
      expect(again.result.plan.cells.filter(at(row.cells.reason!))).toEqual([]);
      const kept = rerun.indicators.get(`${row.sheet}\u0000${row.row}`)!;
      expect(kept.figures).toMatchObject({ reviewScore: typedScore, typed: true });
      expect(rerun.total.reviewTotal).toBeCloseTo(74.85 - 1, 9);

      const values = await recalculatedValues(await recalculate(again.output));
      expect(values.get(displayRef(row.cells.score!))).toBe(typedScore);
      expect(values.get(displayRef(row.cells.reason!))).toBe("佐证材料不全，扣1分");
      expect(disagreements(again.result, values)).toEqual([]);
      expect(mismatches(rerun, values)).toEqual([]);
      expect(values.get(displayRef(rerun.total.cells.score!))).toBeCloseTo(73.85, 9);
    });
  },
);

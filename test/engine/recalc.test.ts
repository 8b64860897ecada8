/**
 * Every formula the engine writes, recalculated by LibreOffice, equals the engine's own figure for
 * that cell: the sample and every fixture, both languages for the sample.
 */
import * as path from "path";
import { a1 } from "../../src/core/cellRef";
import { isCellError, type CellValue } from "../../src/core/grid";
import type { CellWrite } from "../../src/core/plan/writePlan";
import { evaluateFile, fixtureFiles, samplePath } from "../helpers/evaluateFile";
import { describeWithLibreOffice, recalculate, recalculatedValues } from "../helpers/libreoffice";

function same(expected: number | string | null, got: CellValue | undefined): boolean {
  if (expected === null || expected === "") return got === null || got === undefined || got === "";
  if (typeof expected === "number")
    return typeof got === "number" && Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return got === expected;
}

const show = (v: CellValue | undefined): string => (isCellError(v) ? v.error : JSON.stringify(v));

const cases: [string, string, "zh-CN" | "en-US"][] = [
  ["sample zh-CN", samplePath, "zh-CN"],
  ["sample en-US", samplePath, "en-US"],
  ...fixtureFiles().map((f): [string, string, "zh-CN"] => [path.basename(f), f, "zh-CN"]),
];

describeWithLibreOffice("formulas recalculated by LibreOffice equal the engine's figures", () => {
  test.each(cases)("%s", async (_name, file, lang) => {
    const { result, output } = await evaluateFile(file, { lang });
    const values = await recalculatedValues(await recalculate(output));
    const written: CellWrite[] = [...result.plan.cells, ...result.plan.newSheets.flatMap((s) => s.cells)];
    const formulas = written.filter(
      (w): w is Extract<CellWrite, { kind: "formula" }> => w.kind === "formula",
    );
    const wrong = formulas
      .map((w) => ({ w, got: values.get(`${w.sheet}!${a1(w.row, w.col)}`) }))
      .filter(({ w, got }) => !same(w.value, got))
      .map(
        ({ w, got }) =>
          `${w.sheet}!${a1(w.row, w.col)} =${w.formula}\n   engine ${JSON.stringify(w.value)}\n   LibreOffice ${show(got)}`,
      );
    expect(wrong).toEqual([]);
    if (file === samplePath) expect(formulas.length).toBeGreaterThan(80);
  });
});

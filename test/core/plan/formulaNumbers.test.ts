/**
 * Formulas and rules read as a reviewer would write them: no number carries binary floating-point
 * noise (`K6<0.7999999990000001`), over the sample, every fixture and the real tables.
 */
import * as path from "path";
import { runEngine } from "../../../src/core/engine";
import { loadPackage } from "../../../src/workbook/ooxml";
import { corpusFiles, samplePath } from "../../helpers/evaluateFile";

const inputs = corpusFiles();

/** Numbers in a formula, outside string literals. */
function numbersIn(formula: string): string[] {
  return formula.replace(/"(?:[^"]|"")*"/g, '""').match(/(?<![A-Z$\d.])\d+(?:\.\d+)?(?:E[+-]?\d+)?/gi) ?? [];
}

/** A number is noisy when it has more than 10 significant digits that 10 would round away. */
const noisy = (n: string): boolean => {
  const x = Number(n);
  return n.replace(/^0+\.?0*|\./g, "").length > 10 && Number(x.toPrecision(10)) !== x;
};

test("no written formula or rule carries floating-point noise", async () => {
  const found: string[] = [];
  for (const file of inputs) {
    const doc = await loadPackage(file);
    for (const rules of ["mof2020", "pass-fail"] as const) {
      const { plan } = runEngine(doc.data, { rules, lang: "zh-CN", summary: true });
      const formulas = [
        ...plan.cells.flatMap((c) => (c.kind === "formula" ? [c.formula] : [])),
        ...plan.newSheets.flatMap((s) => s.cells.flatMap((c) => (c.kind === "formula" ? [c.formula] : []))),
        ...plan.conditionalFormats.map((f) => f.formula),
      ];
      for (const f of formulas)
        if (numbersIn(f).some(noisy)) found.push(`${path.basename(file)} ${rules}: ${f}`);
    }
  }
  expect(found.slice(0, 5)).toEqual([]);
});

test("a qualitative row's rule compares with its band as written (80%)", async () => {
  const doc = await loadPackage(samplePath);
  const { plan } = runEngine(doc.data, { rules: "mof2020", lang: "zh-CN" });
  const rules = plan.conditionalFormats.map((f) => f.formula);
  expect(rules.some((f) => /<0\.8\)$/.test(f))).toBe(true);
});

/**
 * No data loss and idempotence over generated workbooks: the engine writes only into empty cells
 * (or cells already holding its own formula), every non-empty cell is identical after, no text
 * becomes a formula, and evaluating an evaluated workbook changes nothing.
 */
import fc from "fast-check";
import { runEngine } from "../../src/core/engine";
import { isEmptyCell, type WorkbookData } from "../../src/core/grid";
import { applyToData } from "../helpers/applyToData";
import { arbitraryWorkbook } from "./arbitraryWorkbook";

const runs = Number(process.env.FUZZ_RUNS ?? 300);
const options = { rules: "mof2020", lang: "zh-CN", summary: true } as const;

function nonEmptyCells(wb: WorkbookData): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of wb.sheets)
    s.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isEmptyCell(cell)) m.set(`${s.name}!${r},${c}`, JSON.stringify(cell));
      }),
    );
  return m;
}

test("every non-empty cell is identical after a run, and text stays text", () => {
  fc.assert(
    fc.property(arbitraryWorkbook, (wb) => {
      const result = runEngine(wb, options);
      const before = nonEmptyCells(wb);
      const after = nonEmptyCells(applyToData(wb, result.plan));
      for (const [k, v] of before) expect(after.get(k)).toBe(v);
      for (const w of result.plan.cells) if (w.kind === "text") expect(w.text.startsWith("=")).toBe(false);
    }),
    { numRuns: runs },
  );
});

test("evaluating an evaluated workbook gives the same workbook", () => {
  fc.assert(
    fc.property(arbitraryWorkbook, (wb) => {
      const first = runEngine(wb, options);
      const once = applyToData(wb, first.plan);
      const second = runEngine(once, options);
      expect(second.plan.cells).toEqual([]);
      expect(second.plan.removeSheets).toEqual(first.plan.newSheets.map((s) => s.name));
      expect(second.plan.newSheets).toEqual(first.plan.newSheets);
      const twice = applyToData(once, second.plan);
      expect(nonEmptyCells(twice)).toEqual(nonEmptyCells(once));
    }),
    { numRuns: runs },
  );
});

test("the generated workbooks do exercise the writer (the properties above are not vacuous)", () => {
  const samples = fc.sample(arbitraryWorkbook, { numRuns: 100, seed: 42 });
  const writing = samples.filter((wb) => runEngine(wb, options).plan.cells.some((c) => c.kind === "formula"));
  expect(writing.length).toBeGreaterThan(60);
});

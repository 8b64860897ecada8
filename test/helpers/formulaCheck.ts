/**
 * The engine's figure for every formula a run writes against what LibreOffice recalculated in the
 * saved output: one line per formula that differs, none when they agree.
 */
import { a1 } from "../../src/core/cellRef";
import type { RunResult } from "../../src/core/engine";
import { isCellError, type CellValue } from "../../src/core/grid";
import type { CellWrite } from "../../src/core/plan/writePlan";
import { recalculate, recalculatedValues } from "./libreoffice";

type FormulaWrite = Extract<CellWrite, { kind: "formula" }>;

function same(expected: number | string | null, got: CellValue | undefined): boolean {
  if (expected === null || expected === "") return got === null || got === undefined || got === "";
  if (typeof expected === "number")
    return typeof got === "number" && Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return got === expected;
}

const show = (v: CellValue | undefined): string => (isCellError(v) ? v.error : JSON.stringify(v));

/** Every formula the plan writes, on the tables' sheets and on the sheets it adds. */
export function writtenFormulas(result: RunResult): FormulaWrite[] {
  const written: CellWrite[] = [...result.plan.cells, ...result.plan.newSheets.flatMap((s) => s.cells)];
  return written.filter((w): w is FormulaWrite => w.kind === "formula");
}

export async function formulasLibreOfficeDisagreesWith(result: RunResult, output: string): Promise<string[]> {
  return disagreements(result, await recalculatedValues(await recalculate(output)));
}

/** Whether a recalculated value is the engine's figure (blank for "" or null; numbers to 1E-9 relative). */
export const sameFigure = same;

/** As formulasLibreOfficeDisagreesWith, against values already recalculated (one LibreOffice run for several checks). */
export function disagreements(result: RunResult, values: ReadonlyMap<string, CellValue>): string[] {
  return writtenFormulas(result)
    .map((w) => ({ w, got: values.get(`${w.sheet}!${a1(w.row, w.col)}`) }))
    .filter(({ w, got }) => !same(w.value, got))
    .map(
      ({ w, got }) =>
        `${w.sheet}!${a1(w.row, w.col)} =${w.formula}\n   engine ${JSON.stringify(w.value)}\n   LibreOffice ${show(got)}`,
    );
}

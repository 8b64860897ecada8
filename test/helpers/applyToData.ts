/** Applies a WritePlan to grids in memory (tests only): formulas keep the engine's value. */
import type { Cell, Grid, WorkbookData } from "../../src/core/grid";
import type { CellWrite, WritePlan } from "../../src/core/plan/writePlan";

function put(rows: (Cell | undefined)[][], w: CellWrite): void {
  while (rows.length <= w.row) rows.push([]);
  const row = rows[w.row];
  while (row.length <= w.col) row.push(undefined);
  row[w.col] =
    w.kind === "formula"
      ? { value: w.value === "" ? null : w.value, formula: w.formula, numFmt: w.numFmt }
      : { value: w.text };
}

export function applyToData(data: WorkbookData, plan: WritePlan): WorkbookData {
  const sheets: Grid[] = data.sheets
    .filter((s) => !plan.removeSheets.includes(s.name))
    .map((s) => ({ ...s, rows: s.rows.map((r) => [...r]) }));
  for (const w of plan.cells) {
    const g = sheets.find((s) => s.name === w.sheet);
    if (!g) throw new Error(`plan writes to a missing sheet ${w.sheet}`);
    put(g.rows as (Cell | undefined)[][], w);
  }
  for (const ns of plan.newSheets) {
    const rows: (Cell | undefined)[][] = [];
    for (const w of ns.cells) put(rows, w);
    sheets.push({ name: ns.name, rows, merges: [] });
  }
  return { sheets };
}

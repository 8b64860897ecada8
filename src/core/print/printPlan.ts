/**
 * How the evaluated sheets and the summary print (issue #11 §4): A4 portrait, one page wide and as
 * many pages long as needed, over the columns in use, the table's header rows repeated on every
 * page. As data, like the rest of the plan; each adapter sets it where the user has set nothing of
 * their own (docs/PRINT.md).
 */
import type { Area, WorkbookData } from "../grid";
import type { NewSheet, PageSetup, PrintSetup, WritePlan } from "../plan/writePlan";
import type { TableMapping } from "../types";

/** The page every sheet the run writes is set to print on. */
export const printPage: PageSetup = { paper: "A4", orientation: "portrait", fitToWidth: true };

/** The last row and column a sheet uses once the plan's cells are written into it. */
function usedArea(wb: WorkbookData, sheet: string, plan: WritePlan): Area {
  const grid = wb.sheets.find((g) => g.name === sheet);
  let bottom = 0;
  let right = 0;
  grid?.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === undefined || (cell.value === null && cell.formula === undefined)) return;
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }),
  );
  for (const m of grid?.merges ?? []) {
    bottom = Math.max(bottom, m.bottom);
    right = Math.max(right, m.right);
  }
  for (const w of plan.cells)
    if (w.sheet === sheet) {
      bottom = Math.max(bottom, w.row);
      right = Math.max(right, w.col);
    }
  return { top: 0, left: 0, bottom, right };
}

/**
 * The summary prints its column A only: column B holds the stale checks, which are not the report.
 */
function summaryArea(sheet: NewSheet): Area {
  const rows = Math.max(sheet.rowHeights?.length ?? 0, ...sheet.cells.map((c) => c.row + 1));
  return { top: 0, left: 0, bottom: Math.max(0, rows - 1), right: 0 };
}

export function planPrint(wb: WorkbookData, tables: readonly TableMapping[], plan: WritePlan): PrintSetup[] {
  const out: PrintSetup[] = [];
  const sheets = [...new Set(tables.map((t) => t.sheet))];
  for (const sheet of sheets) {
    const longest = tables
      .filter((t) => t.sheet === sheet)
      .reduce((a, b) => (b.lastRow - b.firstRow > a.lastRow - a.firstRow ? b : a));
    out.push({
      sheet,
      page: printPage,
      area: usedArea(wb, sheet, plan),
      titleRows: { top: longest.headerTop, bottom: longest.headerBottom },
    });
  }
  for (const s of plan.newSheets) out.push({ sheet: s.name, page: s.pageSetup, area: summaryArea(s) });
  return out;
}

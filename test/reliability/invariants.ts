/**
 * The invariants every reliability case is held to, on workbooks read back with the xlsx adapter:
 * no user cell changes, no text turns into a formula, a rerun changes nothing.
 */
import { isEmptyCell, type WorkbookData } from "../../src/core/grid";
import { isOwnSummary } from "../../src/core/narrative/summarySheet";
import { REVERT_SHEET } from "../../src/core/revert/revertRecord";

/**
 * Every non-empty cell (value, formula, number format) by "Sheet!r,c". The tool's own sheets are
 * left out: its summary (unless `includeOwn`) and always its very hidden revert record, which each
 * run rewrites by design.
 */
export function userCells(wb: WorkbookData, includeOwn = false): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of wb.sheets) {
    if (s.name === REVERT_SHEET || (!includeOwn && isOwnSummary(s))) continue;
    s.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!isEmptyCell(cell)) m.set(`${s.name}!${r + 1},${c + 1}`, JSON.stringify(cell));
      }),
    );
  }
  return m;
}

/** Cells of `before` that differ in `after`, as "where: before -> after" lines (empty when none). */
export function changedCells(before: WorkbookData, after: WorkbookData): string[] {
  const a = userCells(after, true);
  const out: string[] = [];
  for (const [k, v] of userCells(before))
    if (a.get(k) !== v) out.push(`${k}: ${v} -> ${a.get(k) ?? "(empty)"}`);
  return out;
}

/** Text cells of the input that look like formulas; none of them may come out as a formula. */
export function formulaLikeTexts(wb: WorkbookData): Set<string> {
  const out = new Set<string>();
  for (const s of wb.sheets)
    for (const row of s.rows)
      for (const c of row)
        if (c && !c.formula && typeof c.value === "string" && /^\s*[=+\-@＝]/.test(c.value))
          out.add(c.value.trim().replace(/^[=＝]/, ""));
  return out;
}

/** Formulas in `after` that are the text of an input cell: a text that became a formula. */
export function textsTurnedFormulas(before: WorkbookData, after: WorkbookData): string[] {
  const texts = formulaLikeTexts(before);
  const out: string[] = [];
  for (const s of after.sheets)
    s.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (c?.formula && texts.has(c.formula.trim()))
          out.push(`${s.name}!${r + 1},${col + 1}: ${c.formula}`);
      }),
    );
  return out;
}

/** Sheets of `before` that are protected and gained or lost a non-empty cell after. */
export function protectedSheetsTouched(before: WorkbookData, after: WorkbookData): string[] {
  const out: string[] = [];
  for (const s of before.sheets.filter((x) => x.protected)) {
    const b = userCells({ sheets: [s] });
    const sAfter = after.sheets.find((x) => x.name === s.name);
    const a = sAfter ? userCells({ sheets: [sAfter] }) : new Map<string, string>();
    if (JSON.stringify([...b]) !== JSON.stringify([...a]) || !sAfter?.protected) out.push(s.name);
  }
  return out;
}

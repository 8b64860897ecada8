/**
 * The column holding a budget table's line names. The header may name it (项目, Item), name a label
 * merged down over the rows instead (项目资金（万元） in the MoF form, with 年度资金总额 … one column to
 * its right), or leave it blank: then the nearest column left of the figures that holds text is it.
 */
import type { BudgetRole } from "../types";
import { isPlaceholderText } from "./tableExtent";
import type { SheetView } from "./sheetView";

function holdsNames(view: SheetView, col: number, first: number, last: number): boolean {
  for (let r = first; r <= last; r++) {
    const t = view.shownFrom(r, col, first);
    if (t !== "" && t !== "=" && !isPlaceholderText(t) && /[^\d\s.,%+-]/.test(t)) return true;
  }
  return false;
}

export function resolveBudgetName(
  view: SheetView,
  roles: Partial<Record<BudgetRole, number>>,
  first: number,
  last: number,
): number | undefined {
  const taken = new Set(
    (Object.entries(roles) as [BudgetRole, number | undefined][])
      .filter(([role, c]) => role !== "name" && c !== undefined)
      .map(([, c]) => c as number),
  );
  const firstFigure = Math.min(...taken);
  const candidates: number[] = [];
  const named = roles.name;
  if (named !== undefined) {
    candidates.push(named);
    for (let c = named + 1; c < firstFigure; c++) candidates.push(c);
  }
  for (let c = firstFigure - 1; c >= 0; c--) candidates.push(c);
  for (const c of candidates) {
    if (!taken.has(c) && holdsNames(view, c, first, last)) return c;
  }
  return undefined;
}

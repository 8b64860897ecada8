/**
 * Print settings through Office.js (worksheet.pageLayout, requirement set ExcelApi 1.9; skipped
 * where Excel lacks it). The summary sheet prints its report column: its print area is set here (its
 * page — A4 portrait, one page wide — is set where the sheet is added). The user's evaluated sheets
 * get what the package adapter gives them, by the same rule (core/print/officePage: only what the
 * user has not set), from their layouts read before the write; the record keeps what was replaced.
 */
import { pageChange, type PageChange, type PageNow } from "../../core/print/officePage";
import type { WritePlan } from "../../core/plan/writePlan";
import { sheetKey } from "../../core/revert";
import type { Supports } from "./requirements";
import { areaAddress, REQUEST_OVERHEAD, type QueuedOp } from "./writeBatch";

/** The changes for the evaluated sheets whose layouts were read (`pages`, by sheetKey). */
export function pageChanges(plan: WritePlan, pages: ReadonlyMap<string, PageNow>): PageChange[] {
  const out: PageChange[] = [];
  for (const p of plan.print ?? []) {
    const now = pages.get(sheetKey(p.sheet));
    const change = now ? pageChange(p, now) : null;
    if (change) out.push(change);
  }
  return out;
}

/** `name`: the sheet as the workbook spells it. */
function changeOp(c: PageChange, name: string): QueuedOp {
  return {
    bytes: 5 * REQUEST_OVERHEAD,
    queue: (ctx) => {
      const layout = ctx.workbook.worksheets.getItem(name).pageLayout;
      if (c.paperSize) layout.paperSize = c.paperSize;
      if (c.zoom) layout.zoom = { ...c.zoom };
      if (c.printArea) {
        const { top, left, bottom, right } = c.printArea;
        layout.setPrintArea(areaAddress(top, left, bottom, right));
      }
      if (c.titleRows) layout.setPrintTitleRows(`$${c.titleRows.top + 1}:$${c.titleRows.bottom + 1}`);
    },
  };
}

export function printOps(
  plan: WritePlan,
  supports: Supports,
  changes: readonly PageChange[] = [],
  names: ReadonlyMap<string, string> = new Map(),
): QueuedOp[] {
  if (!supports("ExcelApi", "1.9")) return [];
  const added = new Set(plan.newSheets.map((s) => sheetKey(s.name)));
  const summary = (plan.print ?? [])
    .filter((p) => added.has(sheetKey(p.sheet)))
    .map((p): QueuedOp => ({
      bytes: 2 * REQUEST_OVERHEAD,
      queue: (ctx) => {
        const { top, left, bottom, right } = p.area;
        ctx.workbook.worksheets
          .getItem(p.sheet)
          .pageLayout.setPrintArea(areaAddress(top, left, bottom, right));
      },
    }));
  return [...changes.map((c) => changeOp(c, names.get(sheetKey(c.sheet)) ?? c.sheet)), ...summary];
}

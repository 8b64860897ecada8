/**
 * Print settings through Office.js (worksheet.pageLayout, requirement set ExcelApi 1.9; skipped
 * where Excel lacks it). The summary sheet prints its report column: its print area is set here (its
 * page — A4 portrait, one page wide — is set where the sheet is added). The user's evaluated sheets
 * keep their print settings in Excel: Office.js can set a page layout but the revert record of this
 * adapter does not yet hold one, and a run must leave nothing revert cannot undo (docs/PRINT.md).
 */
import type { WritePlan } from "../../core/plan/writePlan";
import { sheetKey } from "../../core/revert";
import type { Supports } from "./requirements";
import { areaAddress, REQUEST_OVERHEAD, type QueuedOp } from "./writeBatch";

export function printOps(plan: WritePlan, supports: Supports): QueuedOp[] {
  if (!supports("ExcelApi", "1.9")) return [];
  const added = new Set(plan.newSheets.map((s) => sheetKey(s.name)));
  return (plan.print ?? [])
    .filter((p) => added.has(sheetKey(p.sheet)))
    .map((p) => ({
      bytes: 2 * REQUEST_OVERHEAD,
      queue: (ctx) => {
        const { top, left, bottom, right } = p.area;
        ctx.workbook.worksheets
          .getItem(p.sheet)
          .pageLayout.setPrintArea(areaAddress(top, left, bottom, right));
      },
    }));
}

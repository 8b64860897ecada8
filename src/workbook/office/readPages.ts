/**
 * The page layouts of the evaluated sheets, read in the sync that reads looks before a write
 * (readLooks): paper, zoom, and whether the sheet has a print area or print titles of its own.
 * ExcelApi 1.9 (pageLayout); older hosts read nothing and get no page settings.
 */
import type { PageNow } from "../../core/print/officePage";
import type { WritePlan } from "../../core/plan/writePlan";
import { sheetKey } from "../../core/revert";
import type { Supports } from "./requirements";

/** The sheets the plan prints that are already there (by sheetKey, as the workbook names them). */
export function printedSheets(plan: WritePlan, sheets: ReadonlyMap<string, string>): string[] {
  const out = new Set<string>();
  for (const p of plan.print ?? []) {
    const name = sheets.get(sheetKey(p.sheet));
    if (name) out.add(name);
  }
  return [...out];
}

/**
 * Queues the reads; the returned function gives the layouts (by sheetKey) once the batch has synced.
 */
export function queuePageReads(
  context: Excel.RequestContext,
  names: readonly string[],
  supports: Supports,
): () => Map<string, PageNow> {
  if (!supports("ExcelApi", "1.9") || names.length === 0) return () => new Map();
  const reads = names.map((name) => {
    const layout = context.workbook.worksheets.getItem(name).pageLayout;
    layout.load("paperSize,zoom");
    const area = layout.getPrintAreaOrNullObject();
    const rows = layout.getPrintTitleRowsOrNullObject();
    const cols = layout.getPrintTitleColumnsOrNullObject();
    for (const r of [area, rows, cols]) r.load("address");
    return { name, layout, area, rows, cols };
  });
  return () =>
    new Map(
      reads.map(({ name, layout, area, rows, cols }) => [
        sheetKey(name),
        {
          paperSize: layout.paperSize,
          zoom: { ...layout.zoom },
          hasPrintArea: !area.isNullObject,
          hasPrintTitles: !rows.isNullObject || !cols.isNullObject,
        },
      ]),
    );
}

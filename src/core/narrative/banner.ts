/**
 * Where the summary's stale banner sits and how it reads (staleness.ts writes it): a file of its own,
 * with nothing of the narrative, so that the task pane can tell an out-of-date summary on opening
 * without loading the summary writer.
 */
import { cellAt, type WorkbookData } from "../grid";

/** The banner's cell: column A of the summary's second row (0-based), under the title. */
export const BANNER_ROW = 1;
export const BANNER_COL = 0;

export const STALE_MARK = "⚠";

/** What the summary writer puts in the banner cell: a COUNTIF over the check cells in column B. */
const BANNER_FORMULA = /^IF\(COUNTIF\(\$B\$1:\$B\$\d+,"⚠"\)>0,/;

/**
 * The summary sheets whose banner shows the warning, by the values the workbook last calculated.
 * A sheet counts only when its banner cell holds the writer's own formula, so a user's sheet with a
 * "⚠" in A2 is not taken for a summary.
 */
export function staleSummaries(wb: WorkbookData): string[] {
  return wb.sheets
    .filter((g) => {
      const c = cellAt(g, BANNER_ROW, BANNER_COL);
      return (
        c !== undefined &&
        typeof c.formula === "string" &&
        BANNER_FORMULA.test(c.formula.replace(/^=/, "")) &&
        typeof c.value === "string" &&
        c.value.startsWith(STALE_MARK)
      );
    })
    .map((g) => g.name);
}

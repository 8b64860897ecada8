/**
 * What a run wrote, counted from its plan for the message after Run: the formulas put into the
 * user's sheets, the columns appended to the right of a table (they are the ones whose header the
 * plan writes), the summary sheet, and the flags found.
 */
import type { RunResult } from "../core/engine";

export interface RunSummary {
  readonly formulas: number;
  readonly columns: number;
  /** The summary sheet written, or null (no evaluation, or a plan without one). */
  readonly summarySheet: string | null;
  readonly flags: number;
}

export function summarizeRun(result: RunResult): RunSummary {
  const cells = result.plan.cells;
  const headers = new Set(
    cells.filter((c) => c.kind === "text" && c.style === "header").map((c) => `${c.sheet}\u0000${c.col}`),
  );
  return {
    formulas: cells.filter((c) => c.kind === "formula").length,
    columns: headers.size,
    summarySheet: result.plan.newSheets[0]?.name ?? null,
    flags: result.flags.length,
  };
}

/**
 * The one place that wires the core: grids -> detect -> evaluate -> plan (engineCore.ts), then the
 * summary sheet and the report document. Pure and deterministic; the command line, the add-in and
 * the preview all call this.
 */
import { runEngineCore, type RunResult } from "./engineCore";
import { buildReport } from "./narrative/document";
import { planSummary } from "./narrative/summarySheet";
import { planPrint } from "./print/printPlan";
import type { WorkbookData } from "./grid";
import type { RunOptions } from "./result";

export type { RunResult } from "./engineCore";

export function runEngine(wb: WorkbookData, options: RunOptions): RunResult {
  const core = runEngineCore(wb, options);
  const { details, rules } = core;
  const summary =
    options.summary && details.length > 0
      ? planSummary(wb, details, options.lang, rules.grades, rules)
      : null;
  const document =
    summary?.document ??
    (details.length > 0
      ? buildReport(
          wb,
          details,
          options.lang,
          rules.grades,
          options.lang === "zh-CN" ? rules.gradeLabels : undefined,
        )
      : null);
  const plan = {
    ...core.plan,
    newSheets: summary ? [summary.sheet] : [],
    removeSheets: summary ? summary.remove : [],
  };
  return { ...core, plan: { ...plan, print: planPrint(wb, core.tables, plan) }, document };
}

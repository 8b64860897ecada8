/**
 * The core's pass without the narrative: grids -> detect -> evaluate -> review -> plan of the
 * tables' own cells. engine.ts adds the summary sheet and the report document; the task pane shows
 * a workbook's tables and results with this alone, and loads the narrative when it first runs.
 */
import { detectTables, groupEvaluations } from "./detect";
import { evaluateScope, type Evaluated, type Scope } from "./evaluate/evaluate";
import type { ReportDocument } from "./narrative/document";
import { ruleSet, type RuleSet } from "./evaluate/rules";
import { withReviewFlags } from "./review";
import type { WorkbookData } from "./grid";
import { planScope, type ScopePlan, type Writers } from "./plan/planScope";
import type { WritePlan } from "./plan/writePlan";
import type { EvaluationResult, RunOptions } from "./result";
import { toResult } from "./toResult";
import type { Flag, Lang, TableMapping } from "./types";

export interface RunResult {
  readonly tables: readonly TableMapping[];
  readonly evaluations: readonly EvaluationResult[];
  /** Every flag of every evaluation, in order. */
  readonly flags: readonly Flag[];
  readonly plan: WritePlan;
  /** The rules the run scored by (its pack names itself and its source). */
  readonly rules: RuleSet;
  /** The evaluations with what was planned for them, for the narrative. */
  readonly details: readonly { readonly evaluated: Evaluated; readonly cells: ScopePlan }[];
  /** The report as a document (headings, paragraphs, tables) for the Word writer; null without tables. */
  readonly document?: ReportDocument | null;
}

/** User-edited mappings replace what detection found on the same sheet. */
function tablesFor(wb: WorkbookData, options: RunOptions): TableMapping[] {
  const detected = detectTables(wb);
  const edited = options.mappings ?? [];
  if (edited.length === 0) return detected;
  const sheets = new Set(edited.map((m) => m.sheet));
  return [...detected.filter((t) => !sheets.has(t.sheet)), ...edited];
}

/** Phase 1: the tables (detected, or as the user mapped them) grouped into evaluations. */
export function detectPhase(
  wb: WorkbookData,
  options: RunOptions,
): { tables: TableMapping[]; scopes: Scope[] } {
  const tables = tablesFor(wb, options);
  return { tables, scopes: groupEvaluations(tables) };
}

/** Phase 2: each evaluation scored, with its scoring flags and then the reviewer's checks. */
export function evaluatePhase(
  wb: WorkbookData,
  scopes: readonly Scope[],
  rules: RuleSet,
  lang: Lang,
): Evaluated[] {
  return scopes.map((scope) => withReviewFlags(wb, evaluateScope(wb, scope, rules, lang), lang));
}

/** Phase 3: the cells written into the tables, and the results the report and pane show. */
export function planPhase(
  wb: WorkbookData,
  evaluated: readonly Evaluated[],
  rules: RuleSet,
  options: RunOptions,
): Pick<RunResult, "details" | "evaluations" | "plan"> {
  const writers: Writers = new Map();
  const details = evaluated.map((ev) => ({
    evaluated: ev,
    cells: planScope(wb, ev, options.lang, options.overwrite ?? false, writers, options.review ?? false),
  }));
  // A pack's own grade labels (优秀 / 良好 …) replace the built-in Chinese ones.
  const evaluations = details
    .map((d) => toResult(wb, d.evaluated, d.cells, options.lang))
    .map((e) => (options.lang === "zh-CN" ? { ...e, gradeLabel: rules.gradeLabels[e.grade] } : e));
  const plan: WritePlan = {
    cells: details.flatMap((d) => d.cells.writes),
    conditionalFormats: details.flatMap((d) => d.cells.conditionalFormats),
    newSheets: [],
    removeSheets: [],
  };
  return { details, evaluations, plan };
}

/** Tables, evaluations, flags and the plan of the tables' own cells: no summary sheet, no document. */
export function runEngineCore(wb: WorkbookData, options: RunOptions): RunResult {
  const rules = ruleSet(options.rules, options.gradeBands);
  const { tables, scopes } = detectPhase(wb, options);
  const { details, evaluations, plan } = planPhase(
    wb,
    evaluatePhase(wb, scopes, rules, options.lang),
    rules,
    options,
  );
  return {
    tables,
    evaluations,
    flags: evaluations.flatMap((e) => e.flags),
    plan,
    rules,
    details,
    document: null,
  };
}

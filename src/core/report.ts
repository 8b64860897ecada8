/** The JSON report (documented in the README): what a reviewer or a batch job reads. */
import { displayRef } from "./cellRef";
import type { RunResult } from "./engine";
import type { EvaluationResult } from "./result";
import { severityOf } from "./review/reviewRules";
import { budgetRuleInWords } from "./rules/describe";
import type { Flag, Severity } from "./types";

export interface ReportFlag {
  readonly code: string;
  readonly sheet: string;
  readonly cell: string;
  readonly message: string;
  readonly severity: Severity;
}

export interface Report {
  readonly file: string;
  /** The rule pack's name (mof2020, a shipped pack, or a file's pack name). */
  readonly rules: string;
  /** The pack's title and source, and its budget-score formula in words (zh-CN). */
  readonly rulesTitle: string;
  readonly rulesSource: string;
  readonly budgetRule: string;
  readonly flags: readonly ReportFlag[];
  readonly evaluations: readonly (Omit<EvaluationResult, "flags" | "tables"> & {
    readonly flags: readonly ReportFlag[];
  })[];
}

export function reportFlag(f: Flag): ReportFlag {
  return {
    code: f.code,
    sheet: f.cell.sheet,
    cell: displayRef(f.cell),
    message: f.message,
    severity: severityOf(f.code),
  };
}

export function toReport(file: string, rules: string, result: RunResult): Report {
  return {
    file,
    rules,
    rulesTitle: result.rules.pack.title,
    rulesSource: result.rules.pack.source,
    budgetRule: budgetRuleInWords(result.rules.pack, "zh-CN"),
    flags: result.flags.map(reportFlag),
    evaluations: result.evaluations.map(({ flags, tables: _tables, ...rest }) => ({
      ...rest,
      flags: flags.map(reportFlag),
    })),
  };
}

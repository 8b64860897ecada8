/**
 * The batch review (pse review): one summary row per evaluation, every finding with its advice,
 * and the 抽查 sample. Pure: the command line reads the files and writes what reviewBook lays out.
 */
import { displayRef } from "../cellRef";
import type { RunResult } from "../engine";
import type { WorkbookData } from "../grid";
import type { EvaluationResult, LineResult } from "../result";
import { round2 } from "../round";
import type { Grade, Lang, Severity } from "../types";
import { adviceFor } from "./advice";
import { inWanYuan, moneyUnitOf, type MoneyUnit } from "../evaluate/moneyUnit";
import { identityOf } from "./identity";
import { severityOf } from "./reviewRules";
import { drawSample, sampleCount, type Drawn, type SampleSize } from "./sample";

/** One input: read and evaluated, or the reason it could not be. */
export type ReviewedFile =
  | { readonly kind: "read"; readonly file: string; readonly wb: WorkbookData; readonly result: RunResult }
  | { readonly kind: "failed"; readonly file: string; readonly reason: string };

export interface SummaryRow {
  readonly file: string;
  readonly unit: string;
  readonly subject: string;
  readonly year: number | null;
  /** The budget and spending in 万元, whatever unit the table states (元 tables are divided by 10,000). */
  readonly budget: number | null;
  readonly actual: number | null;
  /** The unit the table states ("" none, taken as 万元). */
  readonly statedUnit: MoneyUnit | "";
  readonly rate: number | null;
  /** The unit's stated total (自评总分), where it states one. */
  readonly selfTotal: number | null;
  /** The rules' total (复核总分): what `pse evaluate` gives for the file. */
  readonly reviewTotal: number | null;
  /** (自评总分 − 复核总分) / 自评总分, the project-level definition. */
  readonly deviation: number | null;
  readonly grade: Grade | null;
  readonly gradeLabel: string;
  readonly counts: Readonly<Record<Severity, number>>;
  /** Why a file has no figures (unreadable, no table); "" otherwise. */
  readonly note: string;
}

export interface IssueRow {
  readonly file: string;
  readonly unit: string;
  readonly subject: string;
  readonly cell: string;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly advice: string;
}

export interface SampleSpec {
  readonly size: SampleSize;
  readonly seed: number;
  readonly keyBudget: number | null;
}

export interface ReviewBatch {
  readonly rows: readonly SummaryRow[];
  readonly issues: readonly IssueRow[];
  readonly sample: SampleSpec & { readonly count: number; readonly drawn: readonly Drawn[] };
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { P0: 0, P1: 1, P2: 2 };

/** The line that stands for the whole budget: the shallowest one with a budget (合计 before its parts). */
function budgetLine(ev: EvaluationResult): LineResult | null {
  const lines = (ev.budget?.lines ?? []).filter((l) => l.budget !== null || l.initial !== null);
  if (lines.length === 0) return null;
  return lines.reduce((a, b) => (b.level < a.level ? b : a));
}

function rowOf(file: string, wb: WorkbookData, ev: EvaluationResult): SummaryRow {
  const sheet = ev.tables[0]?.sheet ?? "";
  const who = identityOf(wb, sheet, ev.title, file);
  const line = budgetLine(ev);
  const table = ev.tables.find((t) => t.kind === "budget");
  const grid = table && wb.sheets.find((g) => g.name === table.sheet);
  const statedUnit = table && grid ? moneyUnitOf(grid, table) : "";
  const wan = (x: number | null): number | null => (x === null ? null : inWanYuan(x, statedUnit));
  const counts = { P0: 0, P1: 0, P2: 0 };
  for (const f of ev.flags) counts[severityOf(f.code)]++;
  const selfTotal = ev.reportedTotal;
  return {
    file,
    unit: who.unit,
    subject: who.subject,
    year: who.year,
    budget: line ? wan(line.budget ?? line.initial) : null,
    actual: line ? wan(line.actual) : null,
    statedUnit,
    rate: ev.budget?.executionRate ?? null,
    selfTotal,
    reviewTotal: ev.totalScore,
    deviation: selfTotal !== null && selfTotal !== 0 ? (selfTotal - ev.totalScore) / selfTotal : null,
    grade: ev.grade,
    gradeLabel: ev.gradeLabel,
    counts,
    note: "",
  };
}

const failedRow = (file: string, note: string): SummaryRow => ({
  file,
  unit: "",
  subject: "",
  year: null,
  budget: null,
  actual: null,
  statedUnit: "",
  rate: null,
  selfTotal: null,
  reviewTotal: null,
  deviation: null,
  grade: null,
  gradeLabel: "",
  counts: { P0: 0, P1: 0, P2: 0 },
  note,
});

export function reviewBatch(files: readonly ReviewedFile[], spec: SampleSpec, lang: Lang): ReviewBatch {
  const rows: SummaryRow[] = [];
  const issues: IssueRow[] = [];
  const noTable = lang === "zh-CN" ? "未找到预算表或绩效指标表" : "no budget or indicator table found";
  for (const f of files) {
    if (f.kind === "failed") {
      rows.push(failedRow(f.file, f.reason));
      continue;
    }
    if (f.result.evaluations.length === 0) {
      rows.push(failedRow(f.file, noTable));
      continue;
    }
    for (const ev of f.result.evaluations) {
      const row = rowOf(f.file, f.wb, ev);
      rows.push(row);
      for (const flag of ev.flags)
        issues.push({
          file: f.file,
          unit: row.unit,
          subject: row.subject,
          cell: displayRef(flag.cell),
          code: flag.code,
          severity: severityOf(flag.code),
          message: flag.message,
          advice: adviceFor(flag.code, lang),
        });
    }
  }
  // By severity, keeping each file's findings in sheet order within a severity.
  const ordered = issues
    .map((x, i) => ({ x, i }))
    .sort((a, b) => SEVERITY_RANK[a.x.severity] - SEVERITY_RANK[b.x.severity] || a.i - b.i)
    .map((e) => e.x);
  const evaluated = rows.filter((r) => r.note === "");
  const candidates = evaluated.map((r) => ({ file: r.file, budget: r.budget }));
  const drawn = drawSample(candidates, spec.size, spec.seed, spec.keyBudget);
  const count = sampleCount(spec.size, new Set(candidates.map((c) => c.file)).size);
  return { rows, issues: ordered, sample: { ...spec, count, drawn } };
}

/** Sums and averages over the evaluated rows (the 合计 row's figures before any filter). */
export function totalsOf(rows: readonly SummaryRow[]): {
  budget: number;
  actual: number;
  self: number | null;
  review: number | null;
  counts: Record<Severity, number>;
} {
  const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
  const mean = (xs: (number | null)[]) => {
    const v = xs.filter((x): x is number => x !== null);
    return v.length === 0 ? null : round2(v.reduce((s, x) => s + x, 0) / v.length);
  };
  return {
    budget: sum(rows.map((r) => r.budget)),
    actual: sum(rows.map((r) => r.actual)),
    self: mean(rows.map((r) => r.selfTotal)),
    review: mean(rows.map((r) => r.reviewTotal)),
    counts: {
      P0: sum(rows.map((r) => r.counts.P0)),
      P1: sum(rows.map((r) => r.counts.P1)),
      P2: sum(rows.map((r) => r.counts.P2)),
    },
  };
}

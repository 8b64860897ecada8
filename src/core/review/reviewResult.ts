/**
 * Review mode's part of the JSON report: where the review cells are and what the engine computes in
 * them, per evaluation, with the findings counted by severity. Rows are 1-based, as in the report.
 */
import { displayRef, type CellRef } from "../cellRef";
import type { ReviewLine, ReviewPlan } from "../plan/planReview";
import type { Flag, Severity } from "../types";
import { severityOf } from "./reviewRules";

export interface ReviewLineResult {
  readonly sheet: string;
  readonly row: number;
  readonly selfScore: number | null;
  readonly reviewScore: number | null;
  readonly deviation: number | null;
  /** The reviewer typed 复核得分 over the formula. */
  readonly typed: boolean;
  readonly cells: {
    readonly reviewScore: string | null;
    readonly reason: string | null;
    readonly deviation: string | null;
  };
}

export interface ReviewResult {
  /** 自评总分 (the unit's stated total where it states one, else the tool's), 复核总分, and (自评 − 复核) / 自评. */
  readonly selfTotal: number;
  readonly reviewTotal: number;
  readonly deviation: number | null;
  readonly cells: { readonly reviewTotal: string | null; readonly deviation: string | null };
  readonly findings: Readonly<Record<Severity, number>>;
  readonly budget: readonly ReviewLineResult[];
  readonly indicators: readonly ReviewLineResult[];
}

const ref = (r: CellRef | null): string | null => (r ? displayRef(r) : null);

function line(l: ReviewLine): ReviewLineResult {
  return {
    sheet: l.sheet,
    row: l.row + 1,
    selfScore: l.figures.selfScore,
    reviewScore: l.figures.reviewScore,
    deviation: l.figures.deviation,
    typed: l.figures.typed,
    cells: {
      reviewScore: ref(l.cells.score),
      reason: ref(l.cells.reason),
      deviation: ref(l.cells.deviation),
    },
  };
}

/** Findings by severity, P0 first. */
export function findingCounts(flags: readonly Flag[]): Record<Severity, number> {
  const out: Record<Severity, number> = { P0: 0, P1: 0, P2: 0 };
  for (const f of flags) out[severityOf(f.code)]++;
  return out;
}

export function reviewResult(plan: ReviewPlan, flags: readonly Flag[]): ReviewResult {
  const t = plan.total;
  return {
    selfTotal: t.selfTotal,
    reviewTotal: t.reviewTotal,
    deviation: t.deviation,
    cells: { reviewTotal: ref(t.cells.score), deviation: ref(t.cells.deviation) },
    findings: findingCounts(flags),
    budget: plan.budget.map(line),
    indicators: [...plan.indicators.values()].map(line),
  };
}

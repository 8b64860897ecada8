/** Execution rates, the execution score and the checks a reviewer makes on a budget table. */
import { childrenOf } from "../detect";
import { round2 } from "../round";
import type { BudgetLine, BudgetRole, TableMapping } from "../types";
import { executionScore } from "../rules/execution";
import type { ExecutionRule } from "../rules/pack";
import type { RuleSet } from "./rules";

export interface LineEval {
  readonly line: BudgetLine;
  /** Which column the rate divides by: the adjusted budget, or the initial budget when the table has none. */
  readonly denominator: "budget" | "initial";
  readonly rate: number | null;
  readonly score: number | null;
}

/** A finding before it becomes a Flag: the row and the role of the cell it names. */
export interface LineFinding {
  readonly code: "overspend" | "low-execution" | "subtotal-mismatch";
  readonly row: number;
  readonly role: BudgetRole;
  readonly name: string;
  readonly stated?: number;
  readonly expected?: number;
  readonly rate?: number;
}

export interface BudgetEval {
  readonly table: TableMapping;
  /** The pack's execution rule every weighted line is scored by (and its formula written from). */
  readonly rule: ExecutionRule;
  readonly lines: readonly LineEval[];
  readonly executionRate: number | null;
  readonly executionScore: number | null;
  /** The line whose 分值 carries the execution score (the total line, or the only line with a weight). */
  readonly weightLine: LineEval | null;
  readonly findings: readonly LineFinding[];
}

const close = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;

export function evaluateBudget(
  table: TableMapping,
  lines: readonly BudgetLine[],
  rules: RuleSet,
): BudgetEval {
  const denominator = table.columns.budget !== undefined ? "budget" : "initial";
  const evals = lines.map((line): LineEval => {
    const d = line[denominator];
    const rate = d === null || d === 0 || line.actual === null ? null : line.actual / d;
    const score = line.weight === null ? null : executionScore(rules.pack.execution, line.weight, rate);
    return { line, denominator, rate, score };
  });

  const total = evals.find((e) => e.line.isTotal && e.line.level === 0);
  let executionRate: number | null = total ? total.rate : null;
  if (!total && evals.length > 0) {
    const top = Math.min(...evals.map((e) => e.line.level));
    const tops = evals.filter((e) => e.line.level === top);
    const sumD = tops.reduce((s, e) => s + (e.line[denominator] ?? 0), 0);
    const sumA = tops.reduce((s, e) => s + (e.line.actual ?? 0), 0);
    executionRate = sumD === 0 ? null : sumA / sumD;
  }
  const weighted = evals.filter((e) => e.line.weight !== null);
  const weightLine =
    (total && total.line.weight !== null ? total : null) ?? (weighted.length === 1 ? weighted[0] : null);
  // The score is the weight line's own, so that it is exactly what that line's score formula computes.
  const execScore = weightLine ? weightLine.score : null;

  const findings: LineFinding[] = [];
  for (const e of evals) {
    const { line } = e;
    const d = line[denominator];
    if (line.actual !== null && d !== null && line.actual > d + 1e-9) {
      findings.push({
        code: "overspend",
        row: line.row,
        role: "actual",
        name: line.name,
        stated: line.actual,
        expected: d,
      });
    }
    if (e.rate !== null && e.rate < rules.lowExecution) {
      findings.push({ code: "low-execution", row: line.row, role: "actual", name: line.name, rate: e.rate });
    }
  }
  const levels = lines.map((l) => ({ level: l.level, isTotal: l.isTotal }));
  lines.forEach((line, i) => {
    const kids = childrenOf(levels, i).map((k) => lines[k]);
    if (kids.length === 0) return;
    for (const role of ["initial", "budget", "actual"] as const) {
      const own = line[role];
      if (own === null || kids.every((k) => k[role] === null)) continue;
      const sum = kids.reduce((s, k) => s + (k[role] ?? 0), 0);
      if (!close(own, sum)) {
        findings.push({
          code: "subtotal-mismatch",
          row: line.row,
          role,
          name: line.name,
          stated: own,
          expected: round2(sum),
        });
      }
    }
  });
  return {
    table,
    rule: rules.pack.execution,
    lines: evals,
    executionRate,
    executionScore: execScore,
    weightLine,
    findings,
  };
}

/**
 * The engine's time per phase, in process, on one workbook: detect (tables and evaluation groups),
 * evaluate, plan (the cells written and the result objects), narrative (the summary sheet). The
 * workbook is read once with the xlsx adapter; each phase is then timed over REPS full runs and the
 * median of each phase is printed as one JSON line. This mirrors runEngine step by step.
 *
 *   node build/bench/bench/engine.js IN.xlsx [REPS]
 */
import { performance } from "perf_hooks";
import { groupEvaluations } from "../src/core/detect";
import { evaluateScope, type Evaluated } from "../src/core/evaluate/evaluate";
import { ruleSet } from "../src/core/evaluate/rules";
import type { WorkbookData } from "../src/core/grid";
import { planSummary } from "../src/core/narrative/summarySheet";
import { planScope, type ScopePlan, type Writers } from "../src/core/plan/planScope";
import { toResult } from "../src/core/toResult";
import { detectTables } from "../src/core/detect";
import { runEngine } from "../src/core/engine";
import { loadXlsx } from "../src/workbook/xlsx";

export interface PhaseTimes {
  detect: number;
  evaluate: number;
  plan: number;
  narrative: number;
}

function once(wb: WorkbookData): PhaseTimes & { cells: number } {
  const rules = ruleSet("mof2020");
  let t = performance.now();
  const tables = detectTables(wb);
  const scopes = groupEvaluations(tables);
  const detect = performance.now() - t;

  t = performance.now();
  const evaluated: Evaluated[] = scopes.map((s) => evaluateScope(wb, s, rules, "zh-CN"));
  const evaluate = performance.now() - t;

  t = performance.now();
  const writers: Writers = new Map();
  const details: { evaluated: Evaluated; cells: ScopePlan }[] = evaluated.map((ev) => ({
    evaluated: ev,
    cells: planScope(wb, ev, "zh-CN", false, writers),
  }));
  details.forEach((d) => toResult(wb, d.evaluated, d.cells, "zh-CN"));
  const plan = performance.now() - t;

  t = performance.now();
  const summary = planSummary(wb, details, "zh-CN", rules.grades);
  const narrative = performance.now() - t;
  const cells = details.reduce((n, d) => n + d.cells.writes.length, 0) + summary.sheet.cells.length;
  return { detect, evaluate, plan, narrative, cells };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export async function benchEngine(file: string, reps: number) {
  const doc = await loadXlsx(file);
  // The step-by-step copy must plan what runEngine plans.
  const check = runEngine(doc.data, { rules: "mof2020", lang: "zh-CN", summary: true });
  const runs: ReturnType<typeof once>[] = [];
  once(doc.data); // warm-up (JIT)
  for (let i = 0; i < reps; i++) runs.push(once(doc.data));
  const planned = check.plan.cells.length + check.plan.newSheets.reduce((n, s) => n + s.cells.length, 0);
  if (runs[0].cells !== planned)
    throw new Error(`phase copy planned ${runs[0].cells} cells, runEngine ${planned}`);
  return {
    file,
    reps,
    cells: planned,
    flags: check.flags.length,
    detect: median(runs.map((r) => r.detect)),
    evaluate: median(runs.map((r) => r.evaluate)),
    plan: median(runs.map((r) => r.plan)),
    narrative: median(runs.map((r) => r.narrative)),
    total: median(runs.map((r) => r.detect + r.evaluate + r.plan + r.narrative)),
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

if (require.main === module) {
  benchEngine(process.argv[2], Number(process.argv[3] ?? 3)).then(
    (r) => console.log(JSON.stringify(r)),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}

/**
 * The engine's time per phase, in process, on one workbook: detect (tables and evaluation groups),
 * evaluate, plan (the cells written and the result objects), narrative (the summary sheet). The
 * workbook is read once with the package adapter; each phase is then timed over repeated full runs and
 * the median of each phase is printed as one JSON line. The phases are engineCore's own functions.
 *
 *   node [--expose-gc] build/bench/bench/engine.js IN.xlsx [REPS]
 *
 * Repetitions: warm-up runs (untimed) until WARM_MS have passed (at least one), then at least
 * max(REPS, MIN_REPS) measured runs, more while their total stays under MEASURE_MS (at most
 * MAX_REPS): a 1,000-row workbook gets tens of runs, a 50,000-row one MIN_REPS.
 *
 * With --expose-gc, every measured run starts on a collected heap (global.gc()), so no run pays for
 * the garbage of the one before. A full collection also drops the optimized code of functions with
 * no live closure at that moment (the engine's many inner arrow functions) and of code built on maps
 * whose objects all died (SheetView); the next run would then re-optimize them, a fixed cost of some
 * tens of ms per run that inflates small workbooks only. So after gc() the engine is run, untimed,
 * REWARM times on the first REWARM_ROWS rows of each sheet, and SETTLE_MS allowed for background
 * compilation and sweeping, before the measured run. Without the flag runs follow each other as
 * before. Wall-clock figures on a shared machine vary; the process CPU time and the GC pauses inside
 * detect + evaluate + plan are printed with them.
 */
import * as os from "os";
import { performance, PerformanceObserver, type PerformanceEntry } from "perf_hooks";
import { ruleSet } from "../src/core/evaluate/rules";
import type { WorkbookData } from "../src/core/grid";
import { planSummary } from "../src/core/narrative/summarySheet";
import type { RunOptions } from "../src/core/result";
import { detectPhase, evaluatePhase, planPhase } from "../src/core/engineCore";
import { runEngine } from "../src/core/engine";
import { loadPackage } from "../src/workbook/ooxml";

const WARM_MS = 2000;
const MIN_REPS = 3;
const MEASURE_MS = 10000;
const MAX_REPS = 60;
const REWARM = 3;
const REWARM_ROWS = 200;
/** Pause after the re-warm, for background compilation and sweeping to finish. */
const SETTLE_MS = 100;

export interface PhaseTimes {
  detect: number;
  evaluate: number;
  plan: number;
  narrative: number;
}

interface Run extends PhaseTimes {
  cells: number;
  /** Start and end (performance.now()) of detect + evaluate + plan. */
  from: number;
  to: number;
  /** Process CPU time (all threads, user + system) over detect + evaluate + plan, ms. */
  cpu: number;
}

const OPTIONS: RunOptions = { rules: "mof2020", lang: "zh-CN" };

/** One run of runEngine's own phases (engineCore's detect, evaluate, plan; then the narrative), timed. */
function once(wb: WorkbookData): Run {
  const rules = ruleSet(OPTIONS.rules);
  const cpu0 = process.cpuUsage();
  const from = performance.now();
  let t = from;
  const { scopes } = detectPhase(wb, OPTIONS);
  const detect = performance.now() - t;

  t = performance.now();
  const evaluated = evaluatePhase(wb, scopes, rules, OPTIONS.lang);
  const evaluate = performance.now() - t;

  t = performance.now();
  const { details } = planPhase(wb, evaluated, rules, OPTIONS);
  const to = performance.now();
  const plan = to - t;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1000;

  t = performance.now();
  const summary = planSummary(wb, details, "zh-CN", rules.grades, rules);
  const narrative = performance.now() - t;
  const cells = details.reduce((n, d) => n + d.cells.writes.length, 0) + summary.sheet.cells.length;
  return { detect, evaluate, plan, narrative, cells, from, to, cpu };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Lets pending PerformanceObserver callbacks run. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function benchEngine(file: string, reps: number) {
  const gc = (globalThis as { gc?: () => void }).gc;
  const doc = await loadPackage(file);
  const wb = doc.data;
  // The phases timed one by one must plan what runEngine plans.
  const check = runEngine(wb, { rules: "mof2020", lang: "zh-CN", summary: true });
  const planned = check.plan.cells.length + check.plan.newSheets.reduce((n, s) => n + s.cells.length, 0);
  const head: WorkbookData = {
    sheets: wb.sheets.map((g) => ({ ...g, rows: g.rows.slice(0, REWARM_ROWS) })),
  };

  const warmFrom = performance.now();
  let warmups = 0;
  do {
    once(wb);
    warmups++;
  } while (performance.now() - warmFrom < WARM_MS);

  // GC pauses (main thread), to tell how much of a run is collection.
  const pauses: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => pauses.push(...list.getEntries()));
  observer.observe({ entryTypes: ["gc"] });

  const runs: Run[] = [];
  const wanted = Math.max(reps, MIN_REPS);
  let measured = 0;
  while (runs.length < wanted || (measured < MEASURE_MS && runs.length < MAX_REPS)) {
    if (gc) {
      gc();
      for (let i = 0; i < REWARM; i++) once(head);
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    }
    const r = once(wb);
    runs.push(r);
    measured += r.detect + r.evaluate + r.plan + r.narrative;
    if (r.cells !== planned) throw new Error(`the phases planned ${r.cells} cells, runEngine ${planned}`);
  }
  await tick();
  observer.disconnect();
  const gcIn = (r: Run) =>
    pauses.reduce(
      (ms, p) =>
        p.startTime >= r.from && p.startTime < r.to ? ms + Math.min(p.duration, r.to - p.startTime) : ms,
      0,
    );
  const dep = runs.map((r) => r.detect + r.evaluate + r.plan);
  return {
    file,
    /** Measured runs (at least the REPS asked for). */
    reps: runs.length,
    requestedReps: reps,
    warmups,
    gcBetweenRuns: gc !== undefined,
    cells: planned,
    flags: check.flags.length,
    detect: median(runs.map((r) => r.detect)),
    evaluate: median(runs.map((r) => r.evaluate)),
    plan: median(runs.map((r) => r.plan)),
    narrative: median(runs.map((r) => r.narrative)),
    total: median(runs.map((r) => r.detect + r.evaluate + r.plan + r.narrative)),
    /** Median over runs of detect + evaluate + plan (not the sum of the phases' medians), and its spread. */
    detectEvaluatePlan: median(dep),
    detectEvaluatePlanMin: Math.min(...dep),
    detectEvaluatePlanMax: Math.max(...dep),
    /** Median main-thread GC pause within detect + evaluate + plan. */
    detectEvaluatePlanGc: median(runs.map(gcIn)),
    /** Median process CPU time (all threads) over detect + evaluate + plan. */
    detectEvaluatePlanCpu: median(runs.map((r) => r.cpu)),
    loadAverage: os.loadavg()[0],
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

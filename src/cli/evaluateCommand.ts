/** `pse evaluate`: each job loads the package, runs the engine, patches and saves; one line per problem. */
import * as fs from "fs";
import * as path from "path";
import { displayRef } from "../core/cellRef";
import { runEngine, type RunResult } from "../core/engine";
import { toReport, type Report } from "../core/report";
import { severityOf } from "../core/review";
import type { RuleChoice } from "../core/evaluate/rules";
import type { WorkbookData } from "../core/grid";
import type { RunOptions } from "../core/result";
import { applyPlanWithRecordToPackage, loadPackage, savePackage } from "../workbook/ooxml";
import type { Command } from "./args";
import type { CliConsole } from "./console";
import { FileError, problemLine } from "./fileError";
import { expandInputs, planJobs, type Job } from "./files";
import { checkOutputs, writeFileMakingDir } from "./outputs";
import { LARGE_WORKBOOK_BYTES, type Progress } from "./progress";
import { resolveRules } from "./rulesOption";
import { UsageError } from "./usageError";
import { reportDocxBytes } from "../report/docx";

type Evaluate = Extract<Command, { kind: "evaluate" }>;

/** --docx FILE for one input; --docx alone (or in a batch) writes NAME.docx beside the output. */
function docxPath(job: Job, docx: string | boolean, batch: boolean): string | null {
  if (docx === false) return null;
  if (typeof docx === "string" && !batch) return docx;
  return job.output.replace(/(\.evaluated)?\.xlsx$/i, "") + ".docx";
}

function protectedSheetsWritten(result: RunResult, protectedSheets: ReadonlySet<string>): string[] {
  return [...new Set(result.plan.cells.map((c) => c.sheet).filter((s) => protectedSheets.has(s)))];
}

function summaryLines(job: Job, result: RunResult, reportWritten: boolean): string[] {
  const lines: string[] = [];
  for (const ev of result.evaluations) {
    lines.push(
      `${job.input}: ${ev.title}: total ${ev.totalScore.toFixed(2)}, grade ${ev.gradeLabel}, ${ev.flags.length} flag(s)`,
    );
    // Review mode: the review total and the project's deviation, as the summary's 复核意见 states them.
    if (ev.review) {
      const d = ev.review.deviation;
      lines.push(
        `  review: 复核总分 ${ev.review.reviewTotal.toFixed(2)}, 自评总分 ${ev.review.selfTotal.toFixed(2)}, 偏离度 ${d === null ? "—" : `${(d * 100).toFixed(2)}%`} (review cells ${ev.review.cells.reviewTotal ?? "none: no total row"})`,
      );
    }
    for (const f of ev.flags)
      lines.push(`  [${severityOf(f.code)} ${f.code}] ${displayRef(f.cell)} ${f.message}`);
  }
  lines.push(`  -> ${job.output}${reportWritten && job.report ? ` (report ${job.report})` : ""}`);
  return lines;
}

/** Yields to the event loop so that a bar's redraw is not held back by the synchronous work. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function evaluateOne(
  job: Job,
  cmd: Evaluate,
  rules: RuleChoice,
  stages: Progress | null,
  batch: boolean,
): Promise<{ lines: string[]; report: Report }> {
  const docx = docxPath(job, cmd.docx, batch);
  checkOutputs(job.input, [job.output, job.report, docx], cmd.output.force);
  if (!fs.existsSync(job.input)) throw new FileError(`${job.input}: file not found`);
  const options: RunOptions = { ...cmd.options, rules };
  stages?.begin(3, `reading ${path.basename(job.input)}`);
  await tick();
  const doc = await loadPackage(job.input);
  stages?.advance("evaluating");
  await tick();
  const { plan, document, report, lines } = evaluated(job, doc.data, options);
  stages?.advance(`writing ${path.basename(job.output)}`);
  await tick();
  // The record of what the run replaced goes into the workbook itself, so revert works later.
  applyPlanWithRecordToPackage(doc, plan);
  fs.mkdirSync(path.dirname(path.resolve(job.output)), { recursive: true });
  await savePackage(doc, job.output);
  if (job.report) writeFileMakingDir(job.report, JSON.stringify(report, null, 2) + "\n");
  if (docx && document) writeFileMakingDir(docx, await reportDocxBytes(document));
  stages?.end();
  return { lines, report };
}

/**
 * The engine's run, reduced to what is written: the plan, the document, the report and the lines.
 * The rest of the result (the evaluations' working objects, about 3 KB an indicator row) is let go
 * before the package is patched, which is when memory peaks.
 */
function evaluated(
  job: Job,
  wb: WorkbookData,
  options: RunOptions,
): Pick<RunResult, "plan" | "document"> & { report: Report; lines: string[] } {
  const result = runEngine(wb, options);
  if (result.tables.length === 0)
    throw new FileError(
      `${job.input}: no budget or indicator table found (looked for headers such as 调整预算数/全年执行数 or 年度指标值/实际完成值)`,
    );
  const locked = protectedSheetsWritten(
    result,
    new Set(wb.sheets.filter((s) => s.protected).map((s) => s.name)),
  );
  if (locked.length > 0)
    throw new FileError(
      `${job.input}: sheet ${locked.map((s) => `"${s}"`).join(", ")} is protected; unprotect it to fill in formulas (nothing written)`,
    );
  return {
    plan: result.plan,
    document: result.document,
    report: toReport(path.basename(job.input), result.rules.name, result),
    lines: summaryLines(job, result, true),
  };
}

export async function evaluateCommand(cmd: Evaluate, cli: CliConsole, progress: Progress): Promise<number> {
  // The pack first: a bad rules file stops the run before any workbook is read or written.
  const rules = typeof cmd.options.rules === "string" ? resolveRules(cmd.options.rules) : cmd.options.rules;
  const { files, skipped, refused, batch } = expandInputs(cmd.inputs);
  for (const s of skipped) cli.note(`${s.file}: skipped: ${s.reason}`);
  for (const s of refused) cli.problem(`${s.file}: ${s.reason}`);
  if (files.length === 0) {
    if (refused.length > 0) return 1;
    throw new UsageError("no .xlsx workbook to evaluate in the inputs");
  }
  const jobs = planJobs(files, batch, cmd.out, batch ? null : cmd.report);
  const reports: Report[] = [];
  let failed = 0;
  if (batch) progress.begin(jobs.length, path.basename(jobs[0].input));
  for (const [i, job] of jobs.entries()) {
    const big = !batch && fs.existsSync(job.input) && fs.statSync(job.input).size >= LARGE_WORKBOOK_BYTES;
    try {
      const { lines, report } = await evaluateOne(job, cmd, rules, big ? progress : null, batch);
      reports.push(report);
      for (const line of lines) cli.result(line);
    } catch (e) {
      if (big) progress.end();
      failed++;
      cli.problem(problemLine(job.input, e));
    }
    if (batch) progress.advance(jobs[i + 1] ? path.basename(jobs[i + 1].input) : "done");
  }
  progress.end();
  if (batch) cli.result(`${reports.length} of ${files.length + refused.length} file(s) evaluated`);
  if (cmd.json) cli.json(batch ? reports : (reports[0] ?? null));
  return failed + refused.length > 0 ? 1 : 0;
}

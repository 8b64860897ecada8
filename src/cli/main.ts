/**
 * Command-line entry: wires the xlsx adapter to the core. One line per problem, naming the file;
 * a bad file does not stop the others; the exit code is non-zero if any failed.
 */
import * as fs from "fs";
import * as path from "path";
import { displayRef } from "../core/cellRef";
import { runEngine, type RunResult } from "../core/engine";
import { toReport } from "../core/report";
import type { RunOptions } from "../core/result";
import { applyPlanWithRecordToPackage, loadPackage, revertPackage, savePackage } from "../workbook/ooxml";
import { parseArgs, usage, UsageError, type Command } from "./args";
import { expandInputs, planJobs, type Job } from "./files";

/** A problem with one file, reported as one line. */
class FileError extends Error {}

function protectedSheetsWritten(result: RunResult, protectedSheets: ReadonlySet<string>): string[] {
  return [...new Set(result.plan.cells.map((c) => c.sheet).filter((s) => protectedSheets.has(s)))];
}

function summaryLines(job: Job, result: RunResult): string[] {
  const lines: string[] = [];
  for (const ev of result.evaluations) {
    lines.push(
      `${job.input}: ${ev.title}: total ${ev.totalScore.toFixed(2)}, grade ${ev.gradeLabel}, ${ev.flags.length} flag(s)`,
    );
    for (const f of ev.flags) lines.push(`  [${f.code}] ${displayRef(f.cell)} ${f.message}`);
  }
  lines.push(`  -> ${job.output}${job.report ? ` (report ${job.report})` : ""}`);
  return lines;
}

async function evaluateOne(job: Job, options: RunOptions): Promise<string[]> {
  if (path.resolve(job.input) === path.resolve(job.output))
    throw new FileError(`${job.input}: --out would overwrite the input; choose another file`);
  if (!fs.existsSync(job.input)) throw new FileError(`${job.input}: file not found`);
  const doc = await loadPackage(job.input);
  const result = runEngine(doc.data, options);
  if (result.tables.length === 0)
    throw new FileError(
      `${job.input}: no budget or indicator table found (looked for headers such as 调整预算数/全年执行数 or 年度指标值/实际完成值)`,
    );
  const locked = protectedSheetsWritten(
    result,
    new Set(doc.data.sheets.filter((s) => s.protected).map((s) => s.name)),
  );
  if (locked.length > 0)
    throw new FileError(
      `${job.input}: sheet ${locked.map((s) => `"${s}"`).join(", ")} is protected; unprotect it to fill in formulas (nothing written)`,
    );
  // The record of what the run replaced goes into the workbook itself, so revert works later.
  applyPlanWithRecordToPackage(doc, result.plan);
  fs.mkdirSync(path.dirname(path.resolve(job.output)), { recursive: true });
  await savePackage(doc, job.output);
  if (job.report) {
    fs.mkdirSync(path.dirname(path.resolve(job.report)), { recursive: true });
    fs.writeFileSync(
      job.report,
      JSON.stringify(toReport(path.basename(job.input), options.rules, result), null, 2) + "\n",
    );
  }
  return summaryLines(job, result);
}

async function revertOne(job: Job): Promise<string> {
  if (path.resolve(job.input) === path.resolve(job.output)) {
    throw new FileError(`${job.input}: --out would overwrite the input; choose another file`);
  }
  const doc = await loadPackage(job.input);
  const reverted = revertPackage(doc);
  if (!reverted)
    throw new FileError(`${job.input}: nothing to revert (no record of an earlier run in this workbook)`);
  fs.mkdirSync(path.dirname(path.resolve(job.output)), { recursive: true });
  await savePackage(doc, job.output);
  const broken = reverted.brokenRefs;
  const refs =
    broken.length === 0
      ? ""
      : `; ${broken.length} reference(s) to removed sheets now read #REF!: ${broken.slice(0, 10).join(", ")}${broken.length > 10 ? ", …" : ""}`;
  return `${job.input}: restored ${reverted.cells} cell(s) as before the first run${refs} -> ${job.output}`;
}

async function revertFiles(inputs: readonly string[], out: string | null): Promise<number> {
  const { files, batch } = expandInputs(inputs);
  let failed = 0;
  for (const job of planJobs(files, batch, out, null)) {
    try {
      console.log(
        await revertOne(
          batch ? job : { ...job, output: out ?? job.input.replace(/\.xlsx$/i, "") + ".reverted.xlsx" },
        ),
      );
    } catch (e) {
      failed++;
      const msg = e instanceof Error ? e.message : String(e);
      console.error(
        e instanceof FileError || msg.includes(job.input) ? msg : `${job.input}: ${msg.split("\n")[0]}`,
      );
    }
  }
  return failed > 0 ? 1 : 0;
}

async function run(cmd: Command): Promise<number> {
  if (cmd.kind === "help") {
    console.log(usage);
    return 0;
  }
  if (cmd.kind === "revert") return revertFiles(cmd.inputs, cmd.out);
  const { files, batch } = expandInputs(cmd.inputs);
  if (files.length === 0) throw new UsageError("no .xlsx file found in the inputs");
  let failed = 0;
  for (const job of planJobs(files, batch, cmd.out, cmd.report)) {
    try {
      for (const line of await evaluateOne(job, cmd.options)) console.log(line);
    } catch (e) {
      failed++;
      const msg = e instanceof Error ? e.message : String(e);
      console.error(
        e instanceof FileError || msg.includes(job.input) ? msg : `${job.input}: ${msg.split("\n")[0]}`,
      );
    }
  }
  if (batch) console.log(`${files.length - failed} of ${files.length} file(s) evaluated`);
  return failed > 0 ? 1 : 0;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await run(parseArgs(argv));
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`error: ${e.message}\n${usage}`);
      return 2;
    }
    console.error(`error: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

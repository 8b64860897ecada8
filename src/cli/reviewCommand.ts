/**
 * `pse review`: evaluates every input without writing it, and writes one review workbook (汇总,
 * 问题清单, 抽查) with a JSON summary beside it. A file that cannot be read is a row with its
 * reason, not a stop.
 */
import * as fs from "fs";
import * as path from "path";
import { runEngine } from "../core/engine";
import { reviewBatch, type ReviewedFile, type ReviewBatch } from "../core/review/batch";
import { reviewBook } from "../core/review/reviewBook";
import { loadPackage } from "../workbook/ooxml";
import { reviewPackage } from "../workbook/ooxml/reviewPackage";
import type { Command } from "./args";
import type { CliConsole } from "./console";
import { problemLine } from "./fileError";
import { expandInputs } from "./files";
import { writeFileMakingDir } from "./outputs";
import type { Progress } from "./progress";
import { UsageError } from "./usageError";

type Review = Extract<Command, { kind: "review" }>;

/** Yields to the event loop so that a bar's redraw is not held back by the synchronous work. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export function summaryPath(out: string): string {
  return out.replace(/\.xlsx$/i, "") + ".json";
}

async function reviewFile(file: string, cmd: Review): Promise<ReviewedFile> {
  try {
    const doc = await loadPackage(file);
    return { kind: "read", file, wb: doc.data, result: runEngine(doc.data, cmd.options) };
  } catch (e) {
    return { kind: "failed", file, reason: problemLine(file, e).replace(`${file}: `, "") };
  }
}

function jsonSummary(batch: ReviewBatch, out: string): unknown {
  return {
    workbook: path.basename(out),
    files: new Set(batch.rows.map((r) => r.file)).size,
    failed: batch.rows.filter((r) => r.note !== "").map((r) => ({ file: r.file, reason: r.note })),
    rows: batch.rows,
    findings: { P0: 0, P1: 0, P2: 0, ...countBy(batch.issues.map((x) => x.severity)) },
    sample: {
      seed: batch.sample.seed,
      size: batch.sample.size,
      keyBudget: batch.sample.keyBudget,
      files: batch.sample.drawn,
    },
  };
}

function countBy(xs: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

export async function reviewCommand(cmd: Review, cli: CliConsole, progress: Progress): Promise<number> {
  if (!/\.xlsx$/i.test(cmd.out))
    throw new UsageError(`--out ${cmd.out}: the review workbook must end in .xlsx`);
  const { files, skipped, refused } = expandInputs(cmd.inputs);
  for (const s of skipped) cli.note(`${s.file}: skipped: ${s.reason}`);
  if (files.length === 0 && refused.length === 0)
    throw new UsageError("no .xlsx workbook to review in the inputs");
  const json = summaryPath(cmd.out);
  for (const o of [cmd.out, json])
    if (!cmd.output.force && fs.existsSync(o))
      throw new UsageError(`${o} already exists; pass --force to replace it`);
  if (files.some((f) => path.resolve(f) === path.resolve(cmd.out)))
    throw new UsageError(`--out ${cmd.out} is one of the inputs; choose another file`);
  const reviewed: ReviewedFile[] = refused.map((s) => ({ kind: "failed", file: s.file, reason: s.reason }));
  progress.begin(files.length, files[0] ? path.basename(files[0]) : "");
  for (const [i, file] of files.entries()) {
    await tick();
    const r = await reviewFile(file, cmd);
    if (r.kind === "failed") cli.problem(`${file}: ${r.reason}`);
    reviewed.push(r);
    progress.advance(files[i + 1] ? path.basename(files[i + 1]) : "writing");
  }
  progress.end();
  const batch = reviewBatch(reviewed, cmd.sample, cmd.options.lang);
  const dir = path.dirname(path.resolve(cmd.out));
  const link = (file: string): string => path.relative(dir, path.resolve(file)).split(path.sep).join("/");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(cmd.out, reviewPackage(reviewBook(batch, link)));
  writeFileMakingDir(json, JSON.stringify(jsonSummary(batch, cmd.out), null, 2) + "\n");
  const failed = batch.rows.filter((r) => r.note !== "").length;
  cli.result(
    `${batch.rows.length - failed} evaluation(s) from ${files.length + refused.length} file(s), ` +
      `${batch.issues.length} finding(s), ${failed} unreadable, sample of ${batch.sample.drawn.length} (seed ${batch.sample.seed})`,
  );
  cli.result(`  -> ${cmd.out} (summary ${json})`);
  return 0;
}

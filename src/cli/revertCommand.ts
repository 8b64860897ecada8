/** `pse revert`: restores each workbook from the record its runs left in it. */
import * as fs from "fs";
import * as path from "path";
import { loadPackage, revertPackage, savePackage } from "../workbook/ooxml";
import type { Command } from "./args";
import type { CliConsole } from "./console";
import { FileError, problemLine } from "./fileError";
import { expandInputs, planJobs, type Job } from "./files";
import { checkOutputs } from "./outputs";
import { UsageError } from "./usageError";

type Revert = Extract<Command, { kind: "revert" }>;

async function revertOne(job: Job, force: boolean): Promise<string> {
  checkOutputs(job.input, [job.output], force);
  if (!fs.existsSync(job.input)) throw new FileError(`${job.input}: file not found`);
  const doc = await loadPackage(job.input);
  const reverted = revertPackage(doc);
  if (!reverted)
    throw new FileError(`${job.input}: nothing to revert (no record of an earlier run in this workbook)`);
  fs.mkdirSync(path.dirname(path.resolve(job.output)), { recursive: true });
  await savePackage(doc, job.output);
  // A user's formula or name that referred to a sheet the revert removed now reads #REF!, as in Excel.
  const broken = reverted.brokenRefs;
  const refs =
    broken.length === 0
      ? ""
      : `; ${broken.length} reference(s) to removed sheets now read #REF!: ${broken.slice(0, 10).join(", ")}${broken.length > 10 ? ", …" : ""}`;
  return `${job.input}: restored ${reverted.cells} cell(s) as before the first run${refs} -> ${job.output}`;
}

export async function revertCommand(cmd: Revert, cli: CliConsole): Promise<number> {
  const { files, skipped, refused, batch } = expandInputs(cmd.inputs);
  for (const s of skipped) cli.note(`${s.file}: skipped: ${s.reason}`);
  for (const s of refused) cli.problem(`${s.file}: ${s.reason}`);
  if (files.length === 0) {
    if (refused.length > 0) return 1;
    throw new UsageError("no .xlsx workbook to revert in the inputs");
  }
  let failed = refused.length;
  for (const job of planJobs(files, batch, cmd.out, null, "reverted")) {
    try {
      cli.result(await revertOne(job, cmd.output.force));
    } catch (e) {
      failed++;
      cli.problem(problemLine(job.input, e));
    }
  }
  return failed > 0 ? 1 : 0;
}

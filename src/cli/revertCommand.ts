/** `pse revert`: restores each workbook from the record its runs left in it. */
import * as fs from "fs";
import * as path from "path";
import { displayRef, type CellRef } from "../core/cellRef";
import { recordFromData } from "../core/revert";
import { reviewerEntries } from "../core/revert/reviewerEntries";
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
  const record = recordFromData(doc.data);
  const reviewer = record ? reviewerEntries(record, doc.data) : { removed: [], left: [] };
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
  return `${job.input}: restored ${reverted.cells} cell(s) as before the first run${refs}${reviewerNote(reviewer)} -> ${job.output}`;
}

const someRefs = (refs: readonly CellRef[]): string =>
  refs.slice(0, 10).map(displayRef).join(", ") + (refs.length > 10 ? ", …" : "");

/** Review mode's columns hold the reviewer's entries: say which the revert removes and which it leaves. */
function reviewerNote(e: { removed: readonly CellRef[]; left: readonly CellRef[] }): string {
  const parts = [
    ...(e.removed.length
      ? [
          `${e.removed.length} reviewer's value(s) typed over the tool's review cells removed with them: ${someRefs(e.removed)}`,
        ]
      : []),
    ...(e.left.length
      ? [`${e.left.length} reviewer's entry(ies) the tool never wrote left in place: ${someRefs(e.left)}`]
      : []),
  ];
  return parts.map((p) => `; ${p}`).join("");
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

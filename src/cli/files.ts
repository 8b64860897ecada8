/** Which files a command works on, which it skips and why, and where each output and report goes. */
import * as fs from "fs";
import * as path from "path";
import { reasonFromContent, reasonFromName } from "./skipReason";

export interface Job {
  readonly input: string;
  readonly output: string;
  readonly report: string | null;
}

export interface Skipped {
  readonly file: string;
  readonly reason: string;
}

export interface Inputs {
  readonly files: string[];
  /** Entries of a folder that are not evaluated (not failures). */
  readonly skipped: Skipped[];
  /** Files named on the command line that cannot be evaluated (failures). */
  readonly refused: Skipped[];
  /** Several inputs or a folder: --out names a folder. */
  readonly batch: boolean;
}

/**
 * Inputs as given; a folder stands for the .xlsx files directly inside it. Every other entry of the
 * folder is named with its reason, so nothing is left out silently. A file named on the command line
 * is always tried, except for names that cannot be an .xlsx workbook (.xls, .csv, lock files).
 */
export function expandInputs(inputs: readonly string[]): Inputs {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const refused: Skipped[] = [];
  let batch = inputs.length > 1;
  for (const input of inputs) {
    if (fs.existsSync(input) && fs.statSync(input).isDirectory()) {
      batch = true;
      for (const entry of fs.readdirSync(input, { withFileTypes: true }).sort(byName)) {
        const file = path.join(input, entry.name);
        if (entry.isDirectory()) {
          skipped.push({ file, reason: "a folder (folders are not searched; name it to include it)" });
          continue;
        }
        const reason = reasonFromName(entry.name) ?? reasonFromContent(file);
        if (reason) skipped.push({ file, reason });
        else files.push(file);
      }
      continue;
    }
    const reason = explicitReason(path.basename(input));
    if (reason) refused.push({ file: input, reason });
    else files.push(input);
  }
  return { files, skipped, refused, batch };
}

/** A named file is the user's choice: only names that cannot be read as .xlsx at all are refused. */
function explicitReason(name: string): string | null {
  const lower = name.toLowerCase();
  if (name.startsWith("~$") || lower.endsWith(".xls") || lower.endsWith(".csv")) return reasonFromName(name);
  return null;
}

function byName(a: fs.Dirent, b: fs.Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function reportBeside(output: string): string {
  return output.replace(/\.xlsx$/i, "") + ".report.json";
}

/** NAME.xlsx -> NAME.SUFFIX.xlsx beside it: the default output of a single-file run. */
export function besideInput(input: string, suffix: "evaluated" | "reverted"): string {
  return `${input.replace(/\.xlsx$/i, "")}.${suffix}.xlsx`;
}

/** Single input: --out is the output file. Several or a folder: --out is a folder, names kept, reports beside. */
export function planJobs(
  files: readonly string[],
  batch: boolean,
  out: string | null,
  report: string | null,
  suffix: "evaluated" | "reverted" = "evaluated",
): Job[] {
  if (!batch) {
    const input = files[0];
    return [{ input, output: out ?? besideInput(input, suffix), report }];
  }
  const dir = out ?? "out";
  return files.map((input) => {
    const output = path.join(dir, path.basename(input));
    return { input, output, report: suffix === "evaluated" ? reportBeside(output) : null };
  });
}

/** Which files a command works on, and where each output and report goes. */
import * as fs from "fs";
import * as path from "path";

export interface Job {
  readonly input: string;
  readonly output: string;
  readonly report: string | null;
}

/** Inputs as given; a folder stands for the .xlsx files directly inside it (Excel's ~$ lock files left out). */
export function expandInputs(inputs: readonly string[]): { files: string[]; batch: boolean } {
  const files: string[] = [];
  let batch = inputs.length > 1;
  for (const input of inputs) {
    if (fs.existsSync(input) && fs.statSync(input).isDirectory()) {
      batch = true;
      for (const name of fs.readdirSync(input).sort()) {
        if (name.toLowerCase().endsWith(".xlsx") && !name.startsWith("~$"))
          files.push(path.join(input, name));
      }
    } else files.push(input);
  }
  return { files, batch };
}

export function reportBeside(output: string): string {
  return output.replace(/\.xlsx$/i, "") + ".report.json";
}

/** Single input: --out is the output file. Several or a folder: --out is a folder, names kept, reports beside. */
export function planJobs(
  files: readonly string[],
  batch: boolean,
  out: string | null,
  report: string | null,
): Job[] {
  if (!batch) {
    const input = files[0];
    const output = out ?? input.replace(/\.xlsx$/i, "") + ".evaluated.xlsx";
    return [{ input, output, report }];
  }
  const dir = out ?? "out";
  return files.map((input) => {
    const output = path.join(dir, path.basename(input));
    return { input, output, report: reportBeside(output) };
  });
}

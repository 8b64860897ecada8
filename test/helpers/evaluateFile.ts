/** Runs the engine over an xlsx file the way the command line does (package adapter, with the revert record), into a temp folder. */
import * as fs from "fs";
import * as path from "path";
import { runEngine, type RunResult } from "../../src/core/engine";
import type { RunOptions } from "../../src/core/result";
import type { WorkbookData } from "../../src/core/grid";
import { makeTempDir } from "./tempDirs";
import { applyPlanWithRecordToPackage, loadPackage, savePackage } from "../../src/workbook/ooxml";

export const repoRoot = path.resolve(__dirname, "../..");
export const samplePath = path.join(repoRoot, "samples", "zengcheng-cast-2021.xlsx");
export const fixturesDir = path.join(repoRoot, "test", "fixtures");

export function fixtureFiles(): string[] {
  return fs
    .readdirSync(fixturesDir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(fixturesDir, f));
}

/** The .xlsx files in a folder, sorted by name (none when the folder does not exist). */
export function xlsxIn(dir: string): string[] {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
}

/** Every committed input: the sample, the generated fixtures and the real-table corpus. */
export function corpusFiles(): string[] {
  return [samplePath, ...fixtureFiles(), ...xlsxIn(path.join(fixturesDir, "real"))];
}

/** A temporary folder, removed when the test file is done (see tempDirs.ts). */
export const tempDir = makeTempDir;

export interface Evaluated {
  readonly before: WorkbookData;
  readonly result: RunResult;
  readonly output: string;
}

export async function evaluateFile(
  input: string,
  options: Partial<RunOptions> = {},
  outDir = tempDir("pse-"),
): Promise<Evaluated> {
  const doc = await loadPackage(input);
  const before = doc.data;
  const result = runEngine(before, { rules: "mof2020", lang: "zh-CN", summary: true, ...options });
  applyPlanWithRecordToPackage(doc, result.plan);
  const output = path.join(outDir, path.basename(input));
  await savePackage(doc, output);
  return { before, result, output };
}

/**
 * LibreOffice as the reference spreadsheet engine in tests: recalculates an .xlsx headless and reads
 * back the values it computed.
 *
 * - Each process (each Jest worker) gets its own LibreOffice user profile in a temp dir, whose
 *   registrymodifications.xcu sets OOXMLRecalcMode and ODFRecalcMode to 0 ("always recalculate"),
 *   so every formula is recomputed on load instead of trusting the cached results in the file.
 * - Calls within one process are serialised (one soffice per profile at a time); different
 *   workers run in parallel with their own profiles.
 * - A conversion that takes longer than 120 s is killed and reported.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { displayRef, a1 } from "../../src/core/cellRef";
import type { CellValue } from "../../src/core/grid";
import { loadPackage } from "../../src/workbook/ooxml";
import { onCleanup } from "./tempDirs";

export const RECALC_TIMEOUT_MS = 120_000;

const SOFFICE = process.env.SOFFICE ?? "soffice";

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`;

let available: boolean | undefined;

/** Whether `soffice` (or $SOFFICE) runs here. */
export function hasLibreOffice(): boolean {
  if (available === undefined) {
    const r = spawnSync(SOFFICE, ["--version"], { encoding: "utf8", timeout: 30_000 });
    available = r.status === 0 && /LibreOffice/i.test(r.stdout ?? "");
  }
  return available;
}

/**
 * `describe` for tests that need LibreOffice: skipped when soffice is missing, except on CI
 * (CI=true), where a missing soffice is a failure, not a skip.
 */
export function describeWithLibreOffice(name: string, fn: () => void): void {
  if (hasLibreOffice()) {
    describe(name, fn);
  } else if (process.env.CI === "true") {
    describe(name, () => {
      test("LibreOffice is installed", () => {
        throw new Error(`${SOFFICE} not found: install libreoffice-calc (required when CI=true)`);
      });
    });
  } else {
    describe.skip(`${name} (LibreOffice not installed)`, fn);
  }
}

let profileDir: string | undefined;

function profile(): string {
  if (!profileDir) {
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), `lo-profile-${process.pid}-`));
    // Test files that never call disposeLibreOffice still leave no profile behind.
    onCleanup(disposeLibreOffice);
    const user = path.join(profileDir, "user");
    fs.mkdirSync(user, { recursive: true });
    fs.writeFileSync(path.join(user, "registrymodifications.xcu"), REGISTRY);
  }
  return profileDir;
}

function runSoffice(args: string[], timeoutMs: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // detached: soffice (a shell script) starts soffice.bin; on timeout the whole group is killed.
    const child = spawn(SOFFICE, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
      reject(
        new Error(`LibreOffice did not finish within ${timeoutMs / 1000} s: ${SOFFICE} ${args.join(" ")}`),
      );
    }, timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${SOFFICE}: ${e.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

let queue: Promise<unknown> = Promise.resolve();
const outDirs: string[] = [];

/**
 * Removes this process's LibreOffice profile and every recalculated copy made so far (their paths
 * become invalid). Call it from afterAll; Jest does not run process "exit" handlers in test files.
 */
export async function disposeLibreOffice(): Promise<void> {
  await queue;
  for (const d of outDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  if (profileDir) fs.rmSync(profileDir, { recursive: true, force: true });
  profileDir = undefined;
}

/** soffice without a window, a restore or lock files, on the tests' own profile. */
function headlessArgs(): string[] {
  const profileUrl = "file://" + profile().split(path.sep).map(encodeURIComponent).join("/");
  return ["--headless", "--norestore", "--nolockcheck", "--nodefault", `-env:UserInstallation=${profileUrl}`];
}

async function recalculateNow(inputPath: string, timeoutMs: number): Promise<string> {
  const input = path.resolve(inputPath);
  if (!fs.existsSync(input)) throw new Error(`${inputPath}: file not found`);
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-recalc-"));
  outDirs.push(outDir);
  const args = [...headlessArgs(), "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, input];
  const { code, output } = await runSoffice(args, timeoutMs);
  const out = path.join(outDir, path.basename(input).replace(/\.[^.]*$/, "") + ".xlsx");
  if (!fs.existsSync(out)) {
    const why = output.trim().split("\n").slice(-3).join(" | ");
    throw new Error(`LibreOffice could not recalculate ${inputPath} (exit ${code}): ${why || "no output"}`);
  }
  return out;
}

/**
 * Recalculates `inputPath` with LibreOffice headless (full recalculation on load) and returns the
 * path of the recalculated copy (in a fresh temp dir). The input is not modified.
 */
export function recalculate(inputPath: string, timeoutMs = RECALC_TIMEOUT_MS): Promise<string> {
  const run = queue.then(
    () => recalculateNow(inputPath, timeoutMs),
    () => recalculateNow(inputPath, timeoutMs),
  );
  queue = run.catch(() => undefined);
  return run;
}

/** The cached value of every non-empty cell of a workbook, keyed "Sheet!A1" (sheet unquoted). */
export async function recalculatedValues(file: string): Promise<Map<string, CellValue>> {
  const doc = await loadPackage(file);
  const values = new Map<string, CellValue>();
  for (const grid of doc.data.sheets) {
    grid.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell) values.set(displayRef({ sheet: grid.name, row: r, col: c }), cell.value);
      }),
    );
  }
  return values;
}

/** Convenience: "Sheet!A1" key from a sheet name and 0-based row/col. */
export function valueKey(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

/** Converts a document (a .docx) to PDF with LibreOffice Writer; returns the PDF's path in a temp dir. */
export function convertToPdf(inputPath: string, timeoutMs = RECALC_TIMEOUT_MS): Promise<string> {
  const now = async (): Promise<string> => {
    const input = path.resolve(inputPath);
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-pdf-"));
    outDirs.push(outDir);
    const { code, output } = await runSoffice(
      [...headlessArgs(), "--convert-to", "pdf", "--outdir", outDir, input],
      timeoutMs,
    );
    const out = path.join(outDir, path.basename(input).replace(/\.[^.]*$/, "") + ".pdf");
    if (!fs.existsSync(out))
      throw new Error(`LibreOffice could not convert ${inputPath} (exit ${code}): ${output.trim()}`);
    return out;
  };
  const run = queue.then(now, now);
  queue = run.catch(() => undefined);
  return run;
}

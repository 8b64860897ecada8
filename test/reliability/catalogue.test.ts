/**
 * The reliability catalogue (scripts/reliability): every broken or hostile workbook through the
 * command line as a user runs it (compiled, in a child process) and through the engine directly.
 *
 * For every case: the expected one-line error (exit 1, names the file, no stack trace, no output)
 * or the expected result; every non-empty cell of every original sheet identical after (value,
 * formula, number format); no text became a formula; a rerun on the output gives the same cells;
 * nothing written to a protected sheet.
 */
import { execFileSync, spawn } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { runEngine } from "../../src/core/engine";
import type { Report } from "../../src/core/report";
import type { WorkbookData } from "../../src/core/grid";
import { applyPlanToPackage, loadPackage, loadPackageBuffer, packageBuffer } from "../../src/workbook/ooxml";
import { XlsxError } from "../../src/workbook/xlsxError";
import { CASES, type ReliabilityCase } from "../../scripts/reliability";
import { writeCases } from "../../scripts/reliability/make";
import { casesTable } from "../../scripts/reliability/table";
import { repoRoot, tempDir } from "../helpers/evaluateFile";
import { changedCells, protectedSheetsTouched, textsTurnedFormulas, userCells } from "./invariants";

/** Its own build folder, so that it never races the CLI test's build/cli. */
const buildDir = path.join(repoRoot, "build", "reliability-cli");
const main = path.join(buildDir, "src", "cli", "main.js");
const options = { rules: "mof2020", lang: "zh-CN", summary: true } as const;

interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function cli(...args: string[]): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn("node", [main, ...args], { cwd: repoRoot });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

interface CaseResult {
  readonly input: string;
  readonly output: string;
  readonly report: string;
  readonly first: CliRun;
  /** The rerun on the output (ok cases only). */
  readonly second: CliRun | null;
  readonly output2: string;
}

const results = new Map<string, CaseResult>();
let dir = "";
let files = new Map<string, string>();

async function runCase(c: ReliabilityCase): Promise<void> {
  const input = files.get(c.id)!;
  const output = path.join(dir, "out", `${c.id}.xlsx`);
  const report = path.join(dir, "out", `${c.id}.report.json`);
  const output2 = path.join(dir, "rerun", `${c.id}.xlsx`);
  const first = await cli("evaluate", input, "--out", output, "--report", report);
  const second =
    first.code === 0
      ? await cli("evaluate", output, "--out", output2, "--report", path.join(dir, "rerun", `${c.id}.json`))
      : null;
  results.set(c.id, { input, output, report, first, second, output2 });
}

beforeAll(async () => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json", "--outDir", buildDir], {
    cwd: repoRoot,
    stdio: "pipe",
  });
  dir = tempDir("pse-reliability-");
  files = await writeCases(path.join(dir, "in"));
  // Four at a time: each case is one or two node processes.
  const queue = [...CASES];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) await runCase(c);
    }),
  );
}, 600_000);

test("the catalogue has at least 25 cases with unique ids", () => {
  expect(CASES.length).toBeGreaterThanOrEqual(25);
  expect(new Set(CASES.map((c) => c.id)).size).toBe(CASES.length);
});

test("docs/RELIABILITY.md carries the catalogue's table, every case and only those", () => {
  const doc = fs.readFileSync(path.join(repoRoot, "docs", "RELIABILITY.md"), "utf8");
  const block = /<!-- cases:start -->\n([\s\S]*?)\n<!-- cases:end -->/.exec(doc);
  expect(block?.[1]).toBe(casesTable());
  const rows = [...(block?.[1] ?? "").matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
  expect([...rows].sort()).toEqual(CASES.map((c) => c.id).sort());
});

async function read(file: string): Promise<WorkbookData> {
  return (await loadPackage(file)).data;
}

describe.each(CASES.map((c) => [c.id, c] as const))("%s", (_id, c) => {
  test("command line: the expected message or result", async () => {
    const r = results.get(c.id)!;
    if (c.expect.kind === "error") {
      expect(r.first.code).toBe(1);
      expect(r.first.stdout).toBe("");
      const lines = r.first.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0].startsWith(`${r.input}: `)).toBe(true);
      expect(lines[0]).toMatch(c.expect.message);
      expect(lines[0]).not.toMatch(/\bat .+:\d+:\d+|Error:/);
      expect(fs.existsSync(r.output)).toBe(false);
      expect(fs.existsSync(r.report)).toBe(false);
      return;
    }
    expect(r.first.stderr).toBe("");
    expect(r.first.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(r.report, "utf8")) as Report;
    const ev = report.evaluations[0];
    if (c.expect.total !== undefined) expect(ev.totalScore).toBe(c.expect.total);
    if (c.expect.grade !== undefined) expect(ev.gradeLabel).toBe(c.expect.grade);
    const flags = report.flags.map((f) => ({ code: f.code, cell: f.cell }));
    for (const f of c.expect.flags ?? []) expect(flags).toContainEqual(f);
    for (const code of c.expect.noFlags ?? []) expect(flags.map((f) => f.code)).not.toContain(code);
    for (const f of report.flags) {
      expect(f.cell.startsWith(`${f.sheet}!`)).toBe(true);
      expect(f.message.length).toBeGreaterThan(0);
    }
    if (c.expect.check) {
      const before = await read(r.input);
      const after = await read(r.output);
      await c.expect.check({ report, before, after, output: r.output, stdout: r.first.stdout });
    }
  });

  test("no user cell changed, no text became a formula, protected sheets untouched", async () => {
    const r = results.get(c.id)!;
    if (r.first.code !== 0) return; // nothing written: checked above
    const before = await read(r.input);
    const after = await read(r.output);
    expect(changedCells(before, after)).toEqual([]);
    expect(textsTurnedFormulas(before, after)).toEqual([]);
    expect(protectedSheetsTouched(before, after)).toEqual([]);
  });

  test("rerun on the output gives the same workbook", async () => {
    const r = results.get(c.id)!;
    if (r.first.code !== 0) return;
    expect(r.second?.stderr).toBe("");
    expect(r.second?.code).toBe(0);
    const once = await read(r.output);
    const twice = await read(r.output2);
    expect(twice.sheets.map((s) => s.name)).toEqual(once.sheets.map((s) => s.name));
    expect(userCells(twice, true)).toEqual(userCells(once, true));
  });

  test("engine directly: same outcome, plan applies, second plan writes nothing", async () => {
    const r = results.get(c.id)!;
    const buf = fs.readFileSync(r.input);
    let doc;
    try {
      doc = loadPackageBuffer(buf, r.input);
    } catch (e) {
      expect(e).toBeInstanceOf(XlsxError);
      expect(c.expect.kind).toBe("error");
      if (c.expect.kind === "error") expect((e as Error).message).toMatch(c.expect.message);
      return;
    }
    const result = runEngine(doc.data, options);
    if (c.expect.kind === "error") {
      const locked = new Set(doc.data.sheets.filter((s) => s.protected).map((s) => s.name));
      expect(result.tables.length === 0 || result.plan.cells.some((w) => locked.has(w.sheet))).toBe(true);
      return;
    }
    const report = JSON.parse(fs.readFileSync(r.report, "utf8")) as Report;
    expect(result.evaluations.map((e) => e.totalScore)).toEqual(report.evaluations.map((e) => e.totalScore));
    applyPlanToPackage(doc, result.plan);
    const again = runEngine(loadPackageBuffer(packageBuffer(doc)).data, options);
    expect(again.plan.cells).toEqual([]);
    expect(again.plan.newSheets).toEqual(result.plan.newSheets);
  });
});

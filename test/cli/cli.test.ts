/**
 * The command line as a user runs it: compiled JavaScript in a child process, single file and
 * batch, broken inputs reported in one line each, exit codes.
 */
import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { repoRoot, samplePath, tempDir } from "../helpers/evaluateFile";

const main = path.join(repoRoot, "build", "cli", "src", "cli", "main.js");

beforeAll(() => {
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json"], { cwd: repoRoot, stdio: "pipe" });
}, 120_000);

function cli(...args: string[]): { code: number; out: string; err: string } {
  const r = spawnSync("node", [main, ...args], { cwd: repoRoot, encoding: "utf8" });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

test("evaluates one file: output, JSON report, summary line", () => {
  const dir = tempDir("pse-cli-");
  const out = path.join(dir, "out.xlsx");
  const report = path.join(dir, "r.json");
  const r = cli("evaluate", samplePath, "--out", out, "--report", report);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toContain("total 88.48, grade 良");
  expect(fs.existsSync(out)).toBe(true);
  const json = JSON.parse(fs.readFileSync(report, "utf8"));
  expect(json.file).toBe("zengcheng-cast-2021.xlsx");
  expect(json.rules).toBe("mof2020");
  const ev = json.evaluations[0];
  expect(ev.totalScore).toBe(88.48);
  expect(ev.grade).toBe("good");
  expect(ev.gradeLabel).toBe("良");
  expect(ev.reportedTotal).toBe(88.48);
  expect(ev.budget.lines[1]).toMatchObject({ name: "一、基本支出", budget: 532.66, actual: 460.07 });
  expect(ev.budget.lines[1].rate).toBeCloseTo(460.07 / 532.66, 12);
  expect(ev.indicators[0]).toMatchObject({
    level1: "管理效能",
    level2: "资金管理",
    name: "预算调整率",
    score: 1.14,
    reportedScore: 1.14,
    belowTarget: true,
  });
  expect(ev.indicators[0].cells.score).toMatch(/^绩效指标![A-Z]+\d+$/);
  expect(json.flags[0]).toEqual(
    expect.objectContaining({
      code: expect.any(String),
      sheet: expect.any(String),
      cell: expect.stringMatching(/!/),
      message: expect.any(String),
    }),
  );
});

test("English and the pass-fail preset", () => {
  const dir = tempDir("pse-cli-");
  const r = cli(
    "evaluate",
    samplePath,
    "--out",
    path.join(dir, "o.xlsx"),
    "--report",
    path.join(dir, "r.json"),
    "--lang",
    "en-US",
    "--rules",
    "pass-fail",
  );
  expect(r.code).toBe(0);
  const ev = JSON.parse(fs.readFileSync(path.join(dir, "r.json"), "utf8")).evaluations[0];
  expect(ev.gradeLabel).toMatch(/^(Excellent|Good|Fair|Poor)$/);
  // Every row of the sample states its own 计分方法, which overrides the preset: same total.
  expect(ev.totalScore).toBe(88.48);
  expect(ev.gradeLabel).toBe("Good");
});

test("batch: a folder with good, broken and table-less files; each reported in one line; exit 1", async () => {
  const inDir = tempDir("pse-in-");
  const outDir = tempDir("pse-out-");
  fs.copyFileSync(samplePath, path.join(inDir, "a-good.xlsx"));
  fs.writeFileSync(path.join(inDir, "b-broken.xlsx"), "this is not a workbook");
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet("Sheet1").getCell("A1").value = "hello";
  await empty.xlsx.writeFile(path.join(inDir, "c-notables.xlsx"));
  const r = cli("evaluate", inDir, "--out", outDir);
  expect(r.code).toBe(1);
  expect(fs.readdirSync(outDir).sort()).toEqual(["a-good.report.json", "a-good.xlsx"]);
  const errLines = r.err.trim().split("\n");
  expect(errLines).toHaveLength(2);
  expect(errLines[0]).toMatch(/b-broken\.xlsx: not an \.xlsx workbook/);
  expect(errLines[1]).toMatch(/c-notables\.xlsx: no budget or indicator table found/);
  expect(r.err).not.toMatch(/\n\s+at /);
  expect(r.out).toContain("1 of 3 file(s) evaluated");
});

test("a missing file, the input as output, and usage errors", () => {
  const dir = tempDir("pse-cli-");
  const missing = cli("evaluate", path.join(dir, "nope.xlsx"), "--out", path.join(dir, "x.xlsx"));
  expect(missing.code).toBe(1);
  expect(missing.err.trim()).toMatch(/nope\.xlsx: file not found$/);
  const copy = path.join(dir, "s.xlsx");
  fs.copyFileSync(samplePath, copy);
  const same = cli("evaluate", copy, "--out", copy);
  expect(same.code).toBe(1);
  expect(same.err).toMatch(/would overwrite the input/);
  expect(cli("evaluate", copy, "--rules", "bogus").code).toBe(2);
  expect(cli("frobnicate").code).toBe(2);
});

test("revert after two runs restores the original workbook exactly", async () => {
  const { loadXlsx } = await import("../helpers/excelJsReader");
  const dir = tempDir("pse-rev-");
  const once = path.join(dir, "once.xlsx");
  const twice = path.join(dir, "twice.xlsx");
  const back = path.join(dir, "back.xlsx");
  expect(cli("evaluate", samplePath, "--out", once).code).toBe(0);
  expect(cli("evaluate", once, "--out", twice, "--lang", "en-US").code).toBe(0);
  const r = cli("revert", twice, "--out", back);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const original = await loadXlsx(samplePath);
  const restored = await loadXlsx(back);
  expect(restored.data.sheets.map((s) => s.name)).toEqual(original.data.sheets.map((s) => s.name));
  const cells = (d: typeof original.data) =>
    d.sheets.map((s) => ({
      name: s.name,
      rows: s.rows.map((row) =>
        row.map((c) => (c ? { v: c.value, f: c.formula ?? null, n: c.numFmt ?? null } : null)),
      ),
    }));
  const strip = (x: ReturnType<typeof cells>) => JSON.stringify(x).replace(/(,null)+\]/g, "]");
  expect(strip(cells(restored.data))).toBe(strip(cells(original.data)));
  const none = cli("revert", samplePath, "--out", path.join(dir, "x.xlsx"));
  expect(none.code).toBe(1);
  expect(none.err).toMatch(/nothing to revert/);
});

/**
 * The command line as a user runs it: compiled JavaScript in a child process, single file and
 * batch, broken inputs reported in one line each, exit codes.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { samplePath, tempDir } from "../helpers/evaluateFile";
import { buildCli, runCli } from "./run";

let main = "";

beforeAll(() => {
  main = buildCli("cli");
}, 120_000);

const cli = (...args: string[]) => runCli(main, args);

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

test("--review: the review columns in the output, the review line, the report's review part; revert names the reviewer's entries", async () => {
  const dir = tempDir("pse-cli-");
  const input = path.join(
    path.dirname(samplePath),
    "..",
    "test",
    "fixtures",
    "real",
    "shanghai-songjiang-jiuting-2020-project.xlsx",
  );
  const out = path.join(dir, "out.xlsx");
  const report = path.join(dir, "r.json");
  const r = cli("evaluate", input, "--review", "--out", out, "--report", report);
  expect(r.code).toBe(0);
  // 松江 states 总分 83 where the rule gives 74.85: (83 − 74.85) / 83 = 9.82 %.
  expect(r.out).toContain(
    "review: 复核总分 74.85, 自评总分 83.00, 偏离度 9.82% (review cells 财政项目支出绩效自评表!L23)",
  );
  const review = JSON.parse(fs.readFileSync(report, "utf8")).evaluations[0].review;
  expect(review).toMatchObject({
    reviewTotal: 74.85,
    selfTotal: 83,
    cells: { reviewTotal: "财政项目支出绩效自评表!L23" },
  });
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(out);
  const ws = book.getWorksheet("财政项目支出绩效自评表")!;
  const header = review.indicators[0].row - 1;
  expect(["L", "M", "N"].map((c) => ws.getCell(`${c}${header}`).value)).toEqual([
    "复核得分",
    "复核扣分原因",
    "偏离度",
  ]);
  // The reviewer writes a reason; revert says it leaves it.
  ws.getCell(review.indicators[0].cells.reason.split("!")[1]).value = "依据不足";
  const edited = path.join(dir, "edited.xlsx");
  await book.xlsx.writeFile(edited);
  const back = cli("revert", edited, "--out", path.join(dir, "back.xlsx"));
  expect(back.code).toBe(0);
  expect(back.out).toContain(
    `1 reviewer's entry(ies) the tool never wrote left in place: ${review.indicators[0].cells.reason}`,
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

test("without --out: NAME.evaluated.xlsx beside the input, as the usage says", () => {
  const dir = tempDir("pse-cli-");
  const input = path.join(dir, "自评表.xlsx");
  fs.copyFileSync(samplePath, input);
  const r = cli("evaluate", input);
  expect(r.code).toBe(0);
  expect(fs.readdirSync(dir).sort()).toEqual(["自评表.evaluated.xlsx", "自评表.xlsx"]);
  expect(r.out).toContain(`-> ${path.join(dir, "自评表.evaluated.xlsx")}`);
});

test("an existing output or report is kept without --force, replaced with it", () => {
  const dir = tempDir("pse-cli-");
  const out = path.join(dir, "o.xlsx");
  const report = path.join(dir, "o.report.json");
  fs.writeFileSync(out, "a reviewer's edited copy");
  const kept = cli("evaluate", samplePath, "--out", out, "--report", report);
  expect(kept.code).toBe(1);
  expect(kept.err.trim()).toBe(`${samplePath}: ${out} already exists; pass --force to replace it`);
  expect(fs.readFileSync(out, "utf8")).toBe("a reviewer's edited copy");
  expect(fs.existsSync(report)).toBe(false);
  expect(cli("evaluate", samplePath, "--out", out, "--report", report, "--force").code).toBe(0);
  expect(fs.statSync(out).size).toBeGreaterThan(1000);
  // The report alone existing is refused too.
  fs.rmSync(out);
  const reportKept = cli("evaluate", samplePath, "--out", out, "--report", report);
  expect(reportKept.code).toBe(1);
  expect(reportKept.err).toContain(`${report} already exists; pass --force`);
  expect(fs.existsSync(out)).toBe(false);
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

/** What Excel writes for a password-protected .xlsx: an OLE compound file holding EncryptionInfo. */
function encryptedWorkbook(): Buffer {
  const b = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.write("EncryptionInfo", 1024, "utf16le");
  b.write("EncryptedPackage", 1152, "utf16le");
  return b;
}

test("a folder run names every file it skips, each with its own reason, and skips its own outputs", () => {
  const inDir = tempDir("pse-in-");
  const outDir = path.join(tempDir("pse-out-"), "reviewed");
  fs.copyFileSync(samplePath, path.join(inDir, "a.xlsx"));
  fs.copyFileSync(samplePath, path.join(inDir, "a.evaluated.xlsx"));
  fs.writeFileSync(path.join(inDir, "a.report.json"), "{}");
  fs.writeFileSync(path.join(inDir, "~$a.xlsx"), "lock");
  fs.writeFileSync(path.join(inDir, "old.xls"), encryptedWorkbook().subarray(0, 512));
  fs.writeFileSync(path.join(inDir, "table.csv"), "项目,全年预算数\n");
  fs.writeFileSync(path.join(inDir, "locked.xlsx"), encryptedWorkbook());
  fs.writeFileSync(path.join(inDir, "legacy.xlsx"), encryptedWorkbook().subarray(0, 512));
  fs.writeFileSync(path.join(inDir, "notes.txt"), "");
  fs.mkdirSync(path.join(inDir, "2020"));
  const r = cli("evaluate", inDir, "--out", outDir);
  expect(r.code).toBe(0);
  const skipped = Object.fromEntries(
    r.err
      .trim()
      .split("\n")
      .map((line) => {
        const m = /^(.+): skipped: (.+)$/.exec(line);
        if (!m) throw new Error(`not a skip line: ${line}`);
        return [path.relative(inDir, m[1]), m[2]];
      }),
  );
  expect(skipped).toEqual({
    "2020": expect.stringMatching(/^a folder/),
    "a.evaluated.xlsx": expect.stringMatching(/^an output of pse/),
    "a.report.json": expect.stringMatching(/^a report written by pse/),
    "legacy.xlsx": expect.stringMatching(/legacy \.xls .*save it as \.xlsx/),
    "locked.xlsx": expect.stringMatching(/^encrypted workbook: remove the password/),
    "notes.txt": "not an .xlsx workbook",
    "old.xls": "legacy .xls workbook: save it as .xlsx",
    "table.csv": "CSV file: open it in Excel and save as .xlsx",
    "~$a.xlsx": expect.stringMatching(/^Excel lock file/),
  });
  expect(new Set(Object.values(skipped)).size).toBe(Object.keys(skipped).length);
  expect(fs.readdirSync(outDir).sort()).toEqual(["a.report.json", "a.xlsx"]);
  expect(r.out).toContain("1 of 1 file(s) evaluated");
});

test("a folder with nothing to evaluate is a usage error; a named .xls or .csv fails with its reason", () => {
  const dir = tempDir("pse-in-");
  fs.writeFileSync(path.join(dir, "old.xls"), "");
  const none = cli("evaluate", dir);
  expect(none.code).toBe(2);
  expect(none.err).toMatch(/old\.xls: skipped: legacy \.xls workbook/);
  expect(none.err).toMatch(/error: no \.xlsx workbook to evaluate in the inputs/);
  const named = cli("evaluate", path.join(dir, "old.xls"));
  expect(named.code).toBe(1);
  expect(named.err.trim()).toBe(`${path.join(dir, "old.xls")}: legacy .xls workbook: save it as .xlsx`);
});

test("exit codes: 0 all evaluated, 1 any file failed, 2 usage error", () => {
  const dir = tempDir("pse-cli-");
  expect(cli("evaluate", samplePath, "--out", path.join(dir, "ok.xlsx")).code).toBe(0);
  const mixed = cli("evaluate", samplePath, path.join(dir, "nope.xlsx"), "--out", path.join(dir, "batch"));
  expect(mixed.code).toBe(1);
  expect(mixed.out).toContain("1 of 2 file(s) evaluated");
  const none = cli();
  expect(none.code).toBe(2);
  expect(none.out).toBe("");
  expect(none.err).toMatch(/^Usage: pse/);
  const typo = cli("evaluate", samplePath, "--jsn");
  expect(typo.code).toBe(2);
  expect(typo.err).toMatch(/Did you mean --json\?/);
});

test("a missing file, the input as output, and usage errors", () => {
  const dir = tempDir("pse-cli-");
  const missing = cli("evaluate", path.join(dir, "nope.xlsx"), "--out", path.join(dir, "x.xlsx"));
  expect(missing.code).toBe(1);
  expect(missing.err.trim()).toMatch(/nope\.xlsx: file not found$/);
  const copy = path.join(dir, "s.xlsx");
  fs.copyFileSync(samplePath, copy);
  const same = cli("evaluate", copy, "--out", copy, "--force");
  expect(same.code).toBe(1);
  expect(same.err).toMatch(/would overwrite the input/);
  expect(cli("evaluate", copy, "--rules", "bogus").code).toBe(2);
  expect(cli("frobnicate").code).toBe(2);
});

test("--json: the report alone on stdout, as documented; --quiet: nothing but problems", () => {
  const dir = tempDir("pse-cli-");
  const r = cli("evaluate", samplePath, "--out", path.join(dir, "o.xlsx"), "--json");
  expect(r.code).toBe(0);
  const report = JSON.parse(r.out);
  expect(Object.keys(report)).toEqual([
    "file",
    "rules",
    "rulesTitle",
    "rulesSource",
    "budgetRule",
    "flags",
    "evaluations",
  ]);
  expect(report.file).toBe("zengcheng-cast-2021.xlsx");
  expect(report.evaluations[0]).toMatchObject({ totalScore: 88.48, grade: "good", gradeLabel: "良" });
  expect(report.evaluations[0].budget.lines.length).toBeGreaterThan(0);
  expect(report.flags.length).toBe(report.evaluations[0].flags.length);
  // The human summary moves to stderr, so a terminal still shows it.
  expect(r.err).toContain("total 88.48, grade 良");

  const batch = cli("evaluate", samplePath, samplePath, "--out", path.join(dir, "b"), "--json", "--quiet");
  expect(batch.code).toBe(1); // the same name twice: the second output exists
  expect(batch.err.trim().split("\n")).toHaveLength(1);
  const reports = JSON.parse(batch.out);
  expect(Array.isArray(reports)).toBe(true);
  expect(reports).toHaveLength(1);

  const quiet = cli("evaluate", samplePath, "--out", path.join(dir, "q.xlsx"), "--quiet");
  expect(quiet).toEqual({ code: 0, out: "", err: "" });
});

test("messages show percent-formatted cells as percents", async () => {
  const { workbook, INDICATOR_HEADERS } = await import("../../scripts/reliability/build");
  const dir = tempDir("pse-cli-");
  const input = path.join(dir, "pct.xlsx");
  fs.writeFileSync(
    input,
    await workbook([
      {
        name: "绩效指标",
        rows: [
          [...INDICATOR_HEADERS],
          ["产出指标", "数量指标", "培训覆盖率", "≥80%", { num: 0.7, numFmt: "0%" }, 50, null, "原因"],
          ["效益指标", "社会效益", "满意度", "≥90%", { num: 0.95, numFmt: "0.0%" }, 50, null, ""],
        ],
      },
    ]),
  );
  const r = cli("evaluate", input, "--json", "--lang", "en-US");
  expect(r.code).toBe(0);
  const message = JSON.parse(r.out).flags.find((f: { code: string }) => f.code === "below-target").message;
  expect(message).toBe('"培训覆盖率": actual 70% is below the target ≥80%.');
  expect(r.err).toContain("actual 70% is below");
  expect(r.err).not.toMatch(/\b0\.7\b/);
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
  expect(cli("revert", twice, "--out", back).code).toBe(1); // exists, no --force
  expect(cli("revert", twice, "--out", back, "--force").code).toBe(0);
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

/** `script` (util-linux) runs a command on a pseudo-terminal, the way a user's shell does. */
const haveScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;

(haveScript ? test : test.skip)(
  "a progress bar on stderr when it is a terminal, for a folder run; nothing extra when not",
  () => {
    const inDir = tempDir("pse-in-");
    for (const name of ["a.xlsx", "b.xlsx", "c.xlsx"]) fs.copyFileSync(samplePath, path.join(inDir, name));
    const outDir = path.join(tempDir("pse-out-"), "o");
    const command = ["node", main, "evaluate", inDir, "--out", outDir, "--quiet"]
      .map((a) => `'${a.replace(/'/g, "'\\''")}'`)
      .join(" ");
    const tty = spawnSync("script", ["-qfec", command, "/dev/null"], { encoding: "utf8" });
    expect(tty.status).toBe(0);
    expect(tty.stdout).toMatch(/[░█]+ 0\/3 a\.xlsx/);
    // Every step is drawn, not only the last one the bar's own timer would catch.
    expect(tty.stdout).toMatch(/1\/3 b\.xlsx/);
    expect(tty.stdout).toMatch(/2\/3 c\.xlsx/);
    expect(tty.stdout).toMatch(/3\/3 done/);
    const piped = cli("evaluate", inDir, "--out", path.join(outDir, "again"), "--quiet");
    expect(piped).toEqual({ code: 0, out: "", err: "" });
  },
);

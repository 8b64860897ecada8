/**
 * `pse review` over the sample, the generated fixtures and the real corpus, plus a broken file:
 * the 汇总 rows carry each file's own `evaluate` total, the same seed draws the same sample, a
 * broken file is a row, the workbook passes the OOXML validation, and LibreOffice recalculates its
 * formulas (偏离度, the 合计 row's SUBTOTALs, the grade counts) to the figures written.
 */
import * as fs from "fs";
import * as path from "path";
import { a1 } from "../../src/core/cellRef";
import { runEngine } from "../../src/core/engine";
import { isCellError, type CellValue } from "../../src/core/grid";
import { reviewBatch, type ReviewedFile } from "../../src/core/review/batch";
import { reviewBook } from "../../src/core/review/reviewBook";
import { drawSample } from "../../src/core/review/sample";
import { loadPackage, loadPackageBuffer } from "../../src/workbook/ooxml";
import { reviewPackage } from "../../src/workbook/ooxml/reviewPackage";
import { corpusFiles, repoRoot, tempDir } from "../helpers/evaluateFile";
import { describeWithLibreOffice, recalculate, recalculatedValues } from "../helpers/libreoffice";
import { validateWorkbooks } from "../helpers/ooxml/validateXlsx";
import { buildCli, runCli } from "./run";

const inputs = corpusFiles();

let dir: string;
let main: string;
beforeAll(() => {
  dir = tempDir("pse-review-");
  fs.writeFileSync(path.join(dir, "broken.xlsx"), "not a zip");
  for (const f of inputs) fs.copyFileSync(f, path.join(dir, path.basename(f)));
  main = buildCli("review");
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const spec = { size: { kind: "count", n: 6 }, seed: 2024, keyBudget: 1000 } as const;

async function reviewed(files: readonly string[]): Promise<ReviewedFile[]> {
  return Promise.all(
    files.map(async (file): Promise<ReviewedFile> => {
      try {
        const doc = await loadPackage(file);
        return {
          kind: "read",
          file,
          wb: doc.data,
          result: runEngine(doc.data, { rules: "mof2020", lang: "zh-CN" }),
        };
      } catch (e) {
        return { kind: "failed", file, reason: String(e) };
      }
    }),
  );
}

test("pse review writes the workbook and its JSON; each row's 复核总分 is the file's own evaluate total", async () => {
  const out = path.join(dir, "out", "review.xlsx");
  const r = runCli(main, [
    "review",
    dir,
    "--out",
    out,
    "--sample",
    "6",
    "--seed",
    "2024",
    "--key-budget",
    "1000",
  ]);
  expect(r.err).toContain("broken.xlsx");
  expect(r.code).toBe(0);
  const summary = JSON.parse(fs.readFileSync(path.join(dir, "out", "review.json"), "utf8"));
  expect(summary.failed.map((f: { file: string }) => path.basename(f.file))).toEqual(["broken.xlsx"]);
  const totals = new Map<string, number[]>();
  for (const row of summary.rows.filter((x: { note: string }) => x.note === ""))
    totals.set(path.basename(row.file), [...(totals.get(path.basename(row.file)) ?? []), row.reviewTotal]);
  for (const f of inputs) {
    const doc = await loadPackage(f);
    const own = runEngine(doc.data, { rules: "mof2020", lang: "zh-CN" }).evaluations.map((e) => e.totalScore);
    expect([path.basename(f), totals.get(path.basename(f)) ?? []]).toEqual([path.basename(f), own]);
  }
  // The workbook's 汇总 shows the same figures, and the broken file as a row with its reason.
  const book = loadPackageBuffer(fs.readFileSync(out), "review.xlsx");
  const sheet = book.data.sheets.find((s) => s.name === "汇总")!;
  const shown = sheet.rows.slice(1, summary.rows.length + 1).map((row) => row[8]?.value ?? null);
  expect(shown).toEqual(summary.rows.map((x: { reviewTotal: number | null }) => x.reviewTotal));
  const broken = sheet.rows.find((row) => row[0]?.value === path.join(dir, "broken.xlsx"));
  expect(String(broken?.[14]?.value)).toMatch(/xlsx/);
  // A second run with the same seed draws the same sample.
  const again = path.join(dir, "out", "again.xlsx");
  expect(
    runCli(main, ["review", dir, "--out", again, "--sample", "6", "--seed", "2024", "--key-budget", "1000"])
      .code,
  ).toBe(0);
  const second = JSON.parse(fs.readFileSync(path.join(dir, "out", "again.json"), "utf8"));
  expect(second.sample.files).toEqual(summary.sample.files);
  expect(summary.sample.files.length).toBeGreaterThanOrEqual(6);
}, 240_000);

test("the sample: same seed, same files whatever the input order; key projects always in; a new seed draws anew", () => {
  const c = Array.from({ length: 40 }, (_, i) => ({
    file: `f${String(i).padStart(2, "0")}.xlsx`,
    budget: i * 10,
  }));
  const a = drawSample(c, { kind: "percent", p: 25 }, 99, 350);
  const b = drawSample([...c].reverse(), { kind: "percent", p: 25 }, 99, 350);
  expect(a).toEqual(b);
  expect(a).toHaveLength(10);
  expect(a.filter((d) => d.key).map((d) => d.file)).toEqual([
    "f35.xlsx",
    "f36.xlsx",
    "f37.xlsx",
    "f38.xlsx",
    "f39.xlsx",
  ]);
  expect(drawSample(c, { kind: "percent", p: 25 }, 100, 350)).not.toEqual(a);
  expect(drawSample(c, { kind: "count", n: 3 }, 1, 0)).toHaveLength(40);
});

test("the review workbook passes the OOXML validation", async () => {
  const batch = reviewBatch(
    [...(await reviewed(inputs)), { kind: "failed", file: "broken.xlsx", reason: "not an .xlsx workbook" }],
    spec,
    "zh-CN",
  );
  const data = reviewPackage(reviewBook(batch, (f) => path.basename(f)));
  const problems = await validateWorkbooks([{ name: "review", data }]);
  expect(problems.get("review")).toEqual([]);
}, 120_000);

function same(expected: number | string | null, got: CellValue | undefined): boolean {
  if (expected === null || expected === "") return got === null || got === undefined || got === "";
  if (typeof expected === "number")
    return typeof got === "number" && Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  return got === expected;
}

describeWithLibreOffice(
  "review workbook: LibreOffice recalculates its formulas to the figures written",
  () => {
    test("汇总, 合计 and 等级分布", async () => {
      const batch = reviewBatch(await reviewed(inputs), spec, "zh-CN");
      const sheets = reviewBook(batch, (f) => path.relative(repoRoot, f));
      const file = path.join(dir, "recalc.xlsx");
      fs.writeFileSync(file, reviewPackage(sheets));
      const values = await recalculatedValues(await recalculate(file));
      const wrong = sheets.flatMap((s) =>
        s.cells.flatMap((c) => {
          if (c.content.kind !== "formula") return [];
          const got = values.get(`${s.name}!${a1(c.row, c.col)}`);
          return same(c.content.value, got)
            ? []
            : [
                `${s.name}!${a1(c.row, c.col)} =${c.content.formula}: ${JSON.stringify(c.content.value)} vs ${isCellError(got) ? got.error : JSON.stringify(got)}`,
              ];
        }),
      );
      expect(wrong).toEqual([]);
    }, 180_000);
  },
);

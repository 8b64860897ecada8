/**
 * The real-table corpus (scripts/fixtures/real/, listed in docs/REAL-TABLES.md): every published
 * 自评表, transcribed as printed, read through the package adapter as the command line reads it,
 * must give the rates, scores, totals, grades, below-target sets and flags computed by hand; every
 * formula written into it, recalculated by LibreOffice, equals the engine's figure.
 */
import * as fs from "fs";
import * as path from "path";
import { runEngine } from "../../src/core/engine";
import { loadPackage } from "../../src/workbook/ooxml";
import { buildFixtureWorkbook } from "../../scripts/make-fixtures";
import { writeWorkbook } from "../../scripts/make-sample";
import { realFixtures } from "../../scripts/fixtures/real";
import { compareExpected } from "../../scripts/fixtures/real/compare";
import { FEATURES, type RealFeature } from "../../scripts/fixtures/real/types";
import { realTablesTable } from "../../scripts/real-tables";
import { evaluateFile, repoRoot, tempDir } from "../helpers/evaluateFile";
import { formulasLibreOfficeDisagreesWith } from "../helpers/formulaCheck";
import { describeWithLibreOffice } from "../helpers/libreoffice";

const FIXTURES = realFixtures();
const DIR = path.join(repoRoot, "test", "fixtures", "real");
const fileOf = (name: string): string => path.join(DIR, `${name}.xlsx`);

const REAL = FIXTURES.filter((f) => f.derived === undefined);

test("the corpus: at least 20 real tables from at least 8 provinces, both kinds, each with its source", () => {
  expect(REAL.length).toBeGreaterThanOrEqual(20);
  expect(new Set(REAL.map((f) => f.source.province)).size).toBeGreaterThanOrEqual(8);
  expect(new Set(REAL.map((f) => f.source.kind))).toEqual(new Set(["项目支出", "部门整体支出"]));
  for (const f of FIXTURES) {
    expect(f.source.publisher).not.toBe("");
    expect(f.source.title).not.toBe("");
    expect(f.source.year).toBeGreaterThanOrEqual(2018);
  }
});

test("every layout feature and every flag real tables raise is covered; a derived fixture names its table", () => {
  const seen = new Set(FIXTURES.flatMap((f) => f.features));
  expect(Object.keys(FEATURES).filter((k) => !seen.has(k as RealFeature))).toEqual([]);
  const codes = new Set(FIXTURES.flatMap((f) => f.expected.flags.map((x) => x.code)));
  const wanted = ["missing-column", "missing-actual", "score-mismatch", "weight-total", "subtotal-mismatch"];
  expect(wanted.filter((c) => !codes.has(c))).toEqual([]);
  expect(codes.has("weight-unknown")).toBe(true);
  for (const f of FIXTURES.filter((x) => x.derived))
    expect(REAL.map((r) => r.name)).toContain(f.derived?.from);
});

test("docs/REAL-TABLES.md carries the corpus's table, every table and only those", () => {
  const doc = fs.readFileSync(path.join(repoRoot, "docs", "REAL-TABLES.md"), "utf8");
  const block = /<!-- tables:start -->\n([\s\S]*?)\n<!-- tables:end -->/.exec(doc);
  expect(block?.[1]).toBe(realTablesTable(FIXTURES));
});

describe.each(FIXTURES.map((f) => [f.name, f] as const))("%s", (name, f) => {
  test("the committed workbook is what its script writes", async () => {
    const out = path.join(tempDir("pse-real-"), `${name}.xlsx`);
    await writeWorkbook(buildFixtureWorkbook(f), out);
    const [committed, fresh] = await Promise.all([loadPackage(fileOf(name)), loadPackage(out)]);
    expect(committed.data).toEqual(fresh.data);
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  });

  test("read through the package adapter, the engine gives the hand computation", async () => {
    const doc = await loadPackage(fileOf(name));
    const result = runEngine(doc.data, { rules: f.expected.rules, lang: "zh-CN" });
    expect(compareExpected(f.expected, result)).toEqual([]);
  });
});

describeWithLibreOffice(
  "real tables: formulas recalculated by LibreOffice equal the engine's figures",
  () => {
    test.each(FIXTURES.map((f) => [f.name] as const))("%s", async (name) => {
      const dir = tempDir("pse-real-lo-");
      const { result, output } = await evaluateFile(fileOf(name), { lang: "zh-CN" }, dir);
      expect(await formulasLibreOfficeDisagreesWith(result, output)).toEqual([]);
      fs.rmSync(dir, { recursive: true, force: true });
    });
  },
);

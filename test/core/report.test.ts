/**
 * The JSON report is what schemas/report/report.schema.json says, for the sample, every fixture
 * and the real tables, and numbers every row from 1 as Excel shows it (blocks too).
 */
import Ajv2020 from "ajv/dist/2020";
import * as fs from "fs";
import * as path from "path";
import { runEngine } from "../../src/core/engine";
import { toReport, type Report } from "../../src/core/report";
import { loadPackage } from "../../src/workbook/ooxml";
import { corpusFiles, repoRoot, samplePath } from "../helpers/evaluateFile";

const schema = JSON.parse(
  fs.readFileSync(path.join(repoRoot, "schemas", "report", "report.schema.json"), "utf8"),
) as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

const inputs = corpusFiles();

async function reportOf(file: string, lang: "zh-CN" | "en-US", review = false): Promise<Report> {
  const doc = await loadPackage(file);
  const result = runEngine(doc.data, {
    rules: "mof2020",
    lang,
    summary: true,
    ...(review ? { review } : {}),
  });
  // Through JSON, as the command line writes it.
  return JSON.parse(JSON.stringify(toReport(path.basename(file), "mof2020", result))) as Report;
}

test(`every report matches the schema (${inputs.length} inputs, two languages)`, async () => {
  const problems: string[] = [];
  for (const file of inputs)
    for (const lang of ["zh-CN", "en-US"] as const) {
      const report = await reportOf(file, lang);
      if (!validate(report))
        problems.push(`${path.basename(file)} ${lang}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    }
  expect(problems).toEqual([]);
});

test(`every review-mode report matches the schema and gives the review cells and figures (${inputs.length} inputs)`, async () => {
  const problems: string[] = [];
  let rows = 0;
  for (const file of inputs) {
    const report = await reportOf(file, "zh-CN", true);
    if (!validate(report))
      problems.push(`${path.basename(file)}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
    for (const e of report.evaluations) {
      if (!e.review) problems.push(`${path.basename(file)}: no review part`);
      else rows += e.review.indicators.length;
    }
  }
  expect(problems).toEqual([]);
  expect(rows).toBeGreaterThan(100);
  // Outside review mode there is none.
  expect((await reportOf(samplePath, "zh-CN")).evaluations[0].review).toBeUndefined();
  const sample = (await reportOf(samplePath, "zh-CN", true)).evaluations[0].review!;
  expect(sample.cells).toEqual({ reviewTotal: "绩效指标!M36", deviation: "绩效指标!O36" });
  expect(sample.indicators[0]).toMatchObject({
    sheet: "绩效指标",
    row: 3,
    cells: { reviewScore: "绩效指标!M3", reason: "绩效指标!N3", deviation: "绩效指标!O3" },
  });
  expect(sample.findings).toEqual({ P0: 0, P1: 8, P2: 0 });
});

test("the schema refuses what a report must not hold", () => {
  const ok = {
    file: "a.xlsx",
    rules: "mof2020",
    rulesTitle: "财预〔2020〕10号",
    rulesSource: "财预〔2020〕10号",
    budgetRule: "预算执行率得分 = 分值 × 执行率，最高不超过分值",
    flags: [],
    evaluations: [],
  };
  expect(validate(ok)).toBe(true);
  const block = {
    level1: "产出指标",
    level2: "",
    weight: 50,
    score: 50,
    sheet: "S",
    firstRow: 0,
    lastRow: 3,
  };
  const evaluation = {
    title: "",
    totalScore: 50,
    grade: "poor",
    gradeLabel: "差",
    budget: null,
    indicators: [],
    blocks: [block],
    reportedTotal: null,
    flags: [],
  };
  expect(validate({ ...ok, evaluations: [evaluation] })).toBe(false); // row 0
  expect(validate({ ...ok, evaluations: [{ ...evaluation, blocks: [{ ...block, firstRow: 1 }] }] })).toBe(
    true,
  );
  const flag = { code: "below-target", sheet: "S", cell: "S!A1", message: "m", severity: "P1" };
  expect(validate({ ...ok, flags: [flag] })).toBe(true);
  expect(validate({ ...ok, flags: [{ ...flag, code: "nonsense" }] })).toBe(false);
  expect(validate({ ...ok, flags: [{ ...flag, severity: "P9" }] })).toBe(false);
  expect(validate({ ...ok, extra: 1 })).toBe(false);
});

test("blocks number their rows as the indicators do: from 1, spanning their indicators' rows", async () => {
  let blocks = 0;
  for (const file of inputs) {
    const report = await reportOf(file, "zh-CN");
    for (const ev of report.evaluations)
      for (const b of ev.blocks) {
        const rows = ev.indicators
          .filter((i) => i.sheet === b.sheet && i.level1 === b.level1 && (!b.level2 || i.level2 === b.level2))
          .map((i) => i.row);
        expect([path.basename(file), b.firstRow, b.lastRow]).toEqual([
          path.basename(file),
          Math.min(...rows),
          Math.max(...rows),
        ]);
        blocks++;
      }
  }
  expect(blocks).toBeGreaterThan(50);
});

/**
 * The engine against hand-computed expectations: every test/fixtures/NAME.xlsx with its
 * NAME.expected.json (written by scripts/make-fixtures.ts, arithmetic in scripts/fixtures/NAME.ts),
 * and the sample samples/zengcheng-cast-2021.xlsx against the figures printed in the real report.
 */
import * as fs from "fs";
import * as path from "path";
import { displayRef } from "../../src/core/cellRef";
import { sheetRow } from "../../scripts/fixtures/real/compare";
import { runEngine } from "../../src/core/engine";
import type { EvaluationResult, RunOptions } from "../../src/core/result";
import type { Flag } from "../../src/core/types";
import { loadPackage } from "../../src/workbook/ooxml";
import { SAMPLE_INDICATORS } from "../../scripts/sample-data";

interface Expected {
  readonly rules: RunOptions["rules"];
  readonly evaluations: readonly {
    readonly totalScore?: number;
    readonly grade?: string;
    readonly executionRate?: number | null;
    readonly lines?: readonly { readonly cell: string; readonly rate: number | null }[];
    readonly indicators?: readonly {
      readonly cell: string;
      readonly score: number | null;
      readonly belowTarget?: boolean;
    }[];
  }[];
  readonly flags: readonly { readonly code: string; readonly cell: string }[];
}

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "test", "fixtures");
const SAMPLE = path.join(ROOT, "samples", "zengcheng-cast-2021.xlsx");

const names = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".expected.json"))
  .map((f) => f.slice(0, -".expected.json".length))
  .sort();

function flagSet(flags: readonly { code: string; cell: string }[]): string[] {
  return [...new Set(flags.map((f) => `${f.code} @ ${f.cell}`))].sort();
}

const shown = (flags: readonly Flag[]) => flags.map((f) => ({ code: f.code, cell: displayRef(f.cell) }));

async function run(file: string, rules: RunOptions["rules"]) {
  const doc = await loadPackage(file);
  return runEngine(doc.data, { rules, lang: "zh-CN" });
}

test("there are fixtures to check", () => {
  expect(names.length).toBeGreaterThanOrEqual(9);
});

describe.each(names)("fixture %s", (name) => {
  const expected = JSON.parse(
    fs.readFileSync(path.join(FIXTURES, `${name}.expected.json`), "utf8"),
  ) as Expected;
  let result: ReturnType<typeof runEngine>;

  beforeAll(async () => {
    result = await run(path.join(FIXTURES, `${name}.xlsx`), expected.rules);
  });

  test("evaluations found", () => {
    expect(result.evaluations).toHaveLength(expected.evaluations.length);
  });

  expected.evaluations.forEach((exp, i) => {
    const evaluation = (): EvaluationResult => result.evaluations[i];

    if (exp.totalScore !== undefined) {
      test(`evaluation ${i}: total ${exp.totalScore}, grade ${exp.grade}`, () => {
        expect(evaluation().totalScore).toBeCloseTo(exp.totalScore as number, 10);
        if (exp.grade !== undefined) expect(evaluation().grade).toBe(exp.grade);
      });
    }

    if (exp.executionRate !== undefined) {
      test(`evaluation ${i}: execution rate`, () => {
        const rate = evaluation().budget?.executionRate ?? null;
        if (exp.executionRate === null) expect(rate).toBeNull();
        else {
          expect(rate).not.toBeNull();
          expect(rate as number).toBeCloseTo(exp.executionRate as number, 10);
        }
      });
    }

    for (const line of exp.lines ?? []) {
      test(`evaluation ${i}: line ${line.cell} rate ${line.rate}`, () => {
        const { sheet, row } = sheetRow(line.cell);
        const found = evaluation().budget?.lines.find((l) => l.sheet === sheet && l.row === row);
        expect(found).toBeDefined();
        if (line.rate === null) expect(found?.rate).toBeNull();
        else expect(found?.rate as number).toBeCloseTo(line.rate, 10);
      });
    }

    if (exp.indicators !== undefined) {
      test(`evaluation ${i}: indicators found`, () => {
        expect(evaluation().indicators.map((x) => `${x.sheet}!${x.row}`)).toEqual(
          (exp.indicators ?? []).map((x) => {
            const { sheet, row } = sheetRow(x.cell);
            return `${sheet}!${row}`;
          }),
        );
      });
    }

    for (const ind of exp.indicators ?? []) {
      test(`evaluation ${i}: indicator ${ind.cell} scores ${ind.score}`, () => {
        const { sheet, row } = sheetRow(ind.cell);
        const found = evaluation().indicators.find((x) => x.sheet === sheet && x.row === row);
        expect(found).toBeDefined();
        if (ind.score === null) expect(found?.score).toBeNull();
        else expect(found?.score as number).toBeCloseTo(ind.score, 10);
        if (ind.belowTarget !== undefined) expect(found?.belowTarget).toBe(ind.belowTarget);
      });
    }
  });

  test("flags: exactly the expected codes and cells", () => {
    expect(flagSet(shown(result.flags))).toEqual(flagSet(expected.flags));
  });
});

describe("sample: zengcheng-cast-2021.xlsx reproduces the printed report", () => {
  let result: ReturnType<typeof runEngine>;
  beforeAll(async () => {
    result = await run(SAMPLE, "mof2020");
  });

  const pct = (rate: number | null | undefined) => (rate == null ? null : Math.round(rate * 10000) / 100);
  const lineRate = (name: string) => {
    const line = result.evaluations[0].budget?.lines.find((l) => l.name === name);
    expect(line).toBeDefined();
    return pct(line?.rate);
  };

  test("one evaluation with the budget and the indicators", () => {
    expect(result.evaluations).toHaveLength(1);
    expect(result.evaluations[0].budget).not.toBeNull();
    expect(result.evaluations[0].indicators).toHaveLength(
      SAMPLE_INDICATORS.reduce((n, l1) => n + l1.groups.reduce((m, l2) => m + l2.indicators.length, 0), 0),
    );
  });

  test("基本支出 86.37 %, 项目支出 99.68 %", () => {
    expect(lineRate("一、基本支出")).toBe(86.37);
    expect(lineRate("二、项目支出")).toBe(99.68);
  });

  test.each([
    ["①其他运行经费", 98.14],
    ["②专项工作经费", 100],
    ["③编外人员聘用经费", 96.59],
    ["④编外人员公用经费", 100],
    ["①增城区科普专项经费", 99.89],
    ["②专项工作经费—政协划拨科协", 100],
    ["①区科协档案室、保密室整改经费", 100],
  ])("%s %d %%", (name, rate) => {
    expect(lineRate(name)).toBe(rate);
  });

  test("the department's 自评得分 are what the rules give, row by row", () => {
    const expected = SAMPLE_INDICATORS.flatMap((l1) =>
      l1.groups.flatMap((l2) => l2.indicators.map((i) => [i.name, i.selfScore])),
    );
    const got = result.evaluations[0].indicators.map((i) => [i.name, i.score]);
    expect(got).toEqual(expected);
  });

  test("管理效能 32.48, 履职效能 56", () => {
    const sum = (level1: string) =>
      Math.round(
        result.evaluations[0].indicators
          .filter((i) => i.level1 === level1)
          .reduce((s, i) => s + (i.score ?? 0), 0) * 100,
      ) / 100;
    expect(sum("管理效能")).toBe(32.48);
    expect(sum("履职效能")).toBe(56);
  });

  test("total 88.48, grade good (良)", () => {
    expect(result.evaluations[0].totalScore).toBeCloseTo(88.48, 10);
    expect(result.evaluations[0].grade).toBe("good");
    expect(result.evaluations[0].gradeLabel).toBe("良");
  });
});

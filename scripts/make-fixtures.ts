/**
 * Writes test/fixtures/NAME.xlsx and NAME.expected.json for every fixture in scripts/fixtures/:
 * data in, xlsx out, with ExcelJS directly. Expectations are computed by hand in each data file.
 *
 *   npx tsc -p tsconfig.cli.json && node build/cli/scripts/make-fixtures.js [OUT_DIR]
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { repoRoot, stampWorkbook, writeWorkbook } from "./make-sample";
import type { Fixture, FixtureSheet } from "./fixtures/types";
import { budgetOnly } from "./fixtures/budget-only";
import { english } from "./fixtures/english";
import { errorsZero } from "./fixtures/errors-zero";
import { hostile } from "./fixtures/hostile";
import { indicatorOnly } from "./fixtures/indicator-only";
import { lowerBetter } from "./fixtures/lower-better";
import { messy } from "./fixtures/messy";
import { mofProject } from "./fixtures/mof-project";
import { sichuan } from "./fixtures/sichuan";

export const FIXTURES: readonly Fixture[] = [
  mofProject,
  sichuan,
  english,
  budgetOnly,
  indicatorOnly,
  messy,
  hostile,
  errorsZero,
  lowerBetter,
];

function addSheet(wb: ExcelJS.Workbook, spec: FixtureSheet): void {
  const ws = wb.addWorksheet(spec.name);
  const header = new Set(spec.headerRows ?? []);
  spec.rows.forEach((cells, r) => {
    cells.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      // A string is written as a string value: ExcelJS makes formulas only from {formula} objects,
      // so "=HYPERLINK(…)" and "+1+1" stay text.
      cell.value = typeof v === "object" ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
      if (typeof v === "string" && v.length > 12) cell.alignment = { wrapText: true, vertical: "middle" };
      if (header.has(r + 1)) cell.font = { bold: true };
    });
  });
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  if (spec.widths) ws.columns = spec.widths.map((width) => ({ width }));
}

export function buildFixtureWorkbook(f: Fixture): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb);
  for (const s of f.sheets) addSheet(wb, s);
  return wb;
}

export function expectedJson(f: Fixture): string {
  return JSON.stringify({ description: f.description, ...f.expected }, null, 2) + "\n";
}

/** Writes every fixture into outDir (default test/fixtures); returns the files written. */
export async function writeFixtures(outDir = path.join(repoRoot(), "test", "fixtures")): Promise<string[]> {
  fs.mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (const f of FIXTURES) {
    const xlsx = path.join(outDir, `${f.name}.xlsx`);
    await writeWorkbook(buildFixtureWorkbook(f), xlsx);
    const json = path.join(outDir, `${f.name}.expected.json`);
    fs.writeFileSync(json, expectedJson(f));
    files.push(xlsx, json);
  }
  return files;
}

if (require.main === module) {
  writeFixtures(process.argv[2] ? path.resolve(process.argv[2]) : undefined).then(
    (files) => console.log(files.map((f) => `wrote ${path.relative(process.cwd(), f)}`).join("\n")),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}

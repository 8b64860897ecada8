/**
 * The package reader sees the same grids as the ExcelJS reader on every workbook we have: the
 * sample, the fixtures and the reliability catalogue's broken and hostile files.
 */
import * as fs from "fs";
import * as path from "path";
import type { Cell, WorkbookData } from "../../../src/core/grid";
import { loadPackage } from "../../../src/workbook/ooxml";
import { loadXlsx } from "../../helpers/excelJsReader";
import { fixtureFiles, samplePath, tempDir } from "../../helpers/evaluateFile";
import { writeCases } from "../../../scripts/reliability/make";

let files: string[] = [];

/**
 * ExcelJS reads a formula whose cached result is the empty string as null (a known ExcelJS limit,
 * see ../../../src/workbook/xlsx/readXlsx.ts); the package reader keeps the "". Compared as null.
 */
function comparable(data: WorkbookData): string {
  return JSON.stringify(data, (key, v: unknown) => {
    if (v && typeof v === "object" && "formula" in v && (v as Cell).value === "")
      return { ...v, value: null };
    return v;
  });
}

beforeAll(async () => {
  const dir = tempDir("pse-parity-");
  files = [samplePath, ...fixtureFiles(), ...(await writeCases(dir)).values()];
});

test("every workbook is read to the same grids by both readers", async () => {
  expect(files.length).toBeGreaterThan(20);
  const differ: string[] = [];
  for (const file of files) {
    let viaExcelJs;
    try {
      viaExcelJs = (await loadXlsx(file)).data;
    } catch {
      await expect(loadPackage(file)).rejects.toThrow(path.basename(file));
      continue;
    }
    const viaPackage = (await loadPackage(file)).data;
    if (comparable(viaPackage) !== comparable(viaExcelJs)) differ.push(path.basename(file));
  }
  expect(differ).toEqual([]);
});

test("files are kept by the test", () => {
  for (const f of files) expect(fs.existsSync(f)).toBe(true);
});

/**
 * Every .xlsx the package adapter writes opens in Excel without repair, as far as an offline test
 * can tell: each input (the sample, every generated fixture, the real-table corpus and the
 * Excel-like fixtures when present) evaluated, evaluated again, and reverted, and every XML part
 * of every output checked against the ECMA-376 schemas and Excel's cross-part rules
 * (test/helpers/ooxml/validateXlsx.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { runEngine } from "../../../src/core/engine";
import {
  applyPlanWithRecordToPackage,
  loadPackageBuffer,
  packageBuffer,
  revertPackage,
} from "../../../src/workbook/ooxml";
import { corpusFiles, fixturesDir, xlsxIn } from "../../helpers/evaluateFile";
import { handmadePackage, worksheet } from "../../helpers/handmadePackage";
import { validateWorkbooks, type Workbook } from "../../helpers/ooxml/validateXlsx";

const options = { rules: "mof2020", lang: "zh-CN", summary: true } as const;

const inputs = [...corpusFiles(), ...xlsxIn(path.join(fixturesDir, "excel-like"))];

function evaluate(buf: Buffer, name: string, review = false): Buffer {
  const doc = loadPackageBuffer(buf, name);
  applyPlanWithRecordToPackage(doc, runEngine(doc.data, review ? { ...options, review } : options).plan);
  return packageBuffer(doc);
}

function revert(buf: Buffer, name: string): Buffer {
  const doc = loadPackageBuffer(buf, name);
  expect(revertPackage(doc)).not.toBeNull();
  return packageBuffer(doc);
}

test("the validator sees what Excel would repair", async () => {
  const bad = worksheet(
    '<sheetData><row r="2" ht="500"><c r="B2" s="9"><v>1</v></c><c r="A2"><f>Gone!A1</f></c></row><row r="1"/></sheetData>' +
      '<extLst><ext uri="{x}"><conditionalFormatting sqref="A1"/></ext></extLst><bogus/>',
  );
  const problems = (
    await validateWorkbooks([{ name: "bad", data: await handmadePackage([{ name: "S", xml: bad }]) }])
  ).get("bad")!;
  for (const p of [
    /height 500/,
    /style 9/,
    /out of order/,
    /row 1 after row 2/,
    /missing sheet "Gone"/,
    /extLst ext holds main/,
    /bogus/,
  ])
    expect(problems.some((x) => p.test(x))).toBe(true);
});

test(`every output of evaluate, rerun and revert passes (${inputs.length} inputs)`, async () => {
  const books: Workbook[] = [];
  for (const file of inputs) {
    const name = path.relative(fixturesDir, file);
    const once = evaluate(fs.readFileSync(file), name);
    const twice = evaluate(once, name);
    books.push(
      { name: `${name} evaluated`, data: once },
      { name: `${name} rerun`, data: twice },
      { name: `${name} reverted`, data: revert(twice, name) },
    );
  }
  const result = await validateWorkbooks(books);
  const failing = [...result].filter(([, p]) => p.length > 0).map(([n, p]) => [n, p.slice(0, 10)]);
  expect(failing).toEqual([]);
}, 300_000);

test(`every output of evaluate --review, its rerun and revert passes (${inputs.length} inputs)`, async () => {
  const books: Workbook[] = [];
  for (const file of inputs) {
    const name = path.relative(fixturesDir, file);
    const once = evaluate(fs.readFileSync(file), name, true);
    const twice = evaluate(once, name, true);
    books.push(
      { name: `${name} review`, data: once },
      { name: `${name} review rerun`, data: twice },
      { name: `${name} review reverted`, data: revert(twice, name) },
    );
  }
  const result = await validateWorkbooks(books);
  const failing = [...result].filter(([, p]) => p.length > 0).map(([n, p]) => [n, p.slice(0, 10)]);
  expect(failing).toEqual([]);
  expect(books.length).toBe(inputs.length * 3);
}, 300_000);

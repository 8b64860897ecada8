/**
 * Writes test/fixtures/excel-like/excel-2016.xlsx: a workbook with what Excel writes and the
 * ExcelJS-made fixtures lack (x14 conditional formats and data validations in extLst, a table over
 * the indicator table, a comment, a frozen pane and print settings, rich shared strings, x14ac/xr
 * attributes under mc:Ignorable, a calculation chain and defined names, a dimension reaching row
 * 1,048,576). The XML is written by hand, as Excel lays it out, and zipped with fixed dates, so the
 * bytes are the same on every run. The theme is the sample's (ExcelJS writes Office's default).
 *
 *   npx tsc -p tsconfig.cli.json && node build/cli/scripts/make-excel-like.js [OUT_DIR]
 */
import * as fs from "fs";
import * as path from "path";
import { deflateEntry, entryData, readZip, writeZip } from "../src/workbook/ooxml/zip";
import { repoRoot } from "./make-sample";
import * as parts from "./excel-like/parts";
import { SharedStrings, indicatorSheet, notesSheet } from "./excel-like/sheets";

function theme(): Buffer {
  const sample = fs.readFileSync(path.join(repoRoot(), "samples", "zengcheng-cast-2021.xlsx"));
  const entry = readZip(sample).find((e) => e.name === "xl/theme/theme1.xml");
  if (!entry) throw new Error("the sample has no theme part");
  return entryData(entry);
}

export function excelLikeWorkbook(): Buffer {
  const ss = new SharedStrings();
  const sheet1 = indicatorSheet(ss);
  const sheet2 = notesSheet(ss);
  const files: [string, string | Buffer][] = [
    ["[Content_Types].xml", parts.contentTypes()],
    ["_rels/.rels", parts.packageRels()],
    ["docProps/app.xml", parts.app()],
    ["docProps/core.xml", parts.core()],
    ["xl/workbook.xml", parts.workbook()],
    ["xl/_rels/workbook.xml.rels", parts.workbookRels()],
    ["xl/worksheets/sheet1.xml", sheet1],
    ["xl/worksheets/sheet2.xml", sheet2],
    ["xl/worksheets/_rels/sheet1.xml.rels", parts.sheet1Rels()],
    ["xl/theme/theme1.xml", theme()],
    ["xl/styles.xml", parts.styles()],
    ["xl/sharedStrings.xml", ss.toXml()],
    ["xl/calcChain.xml", parts.calcChain()],
    ["xl/tables/table1.xml", parts.table()],
    ["xl/comments1.xml", parts.comments()],
    ["xl/drawings/vmlDrawing1.vml", parts.vmlDrawing()],
  ];
  return writeZip(files.map(([name, data]) => deflateEntry(name, data)));
}

export function writeExcelLike(outDir = path.join(repoRoot(), "test", "fixtures", "excel-like")): string {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, "excel-2016.xlsx");
  fs.writeFileSync(file, excelLikeWorkbook());
  return file;
}

if (require.main === module) {
  const file = writeExcelLike(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

/** Helpers for the xlsx adapter tests: temp dirs and small workbooks built with ExcelJS. */
import * as path from "path";
import ExcelJS from "exceljs";
import { makeTempDir } from "../../helpers/tempDirs";

export function tempDir(prefix = "xlsx-test-"): string {
  return makeTempDir(prefix);
}

export async function writeWorkbook(wb: ExcelJS.Workbook, dir: string, name: string): Promise<string> {
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A workbook with the features the reader must handle. */
export async function featureWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("预算 表");
  ws.getCell("A1").value = "项目";
  ws.getCell("B1").value = "预算数";
  ws.getCell("C1").value = "执行数";
  ws.getCell("D1").value = "执行率";
  ws.mergeCells("A1:A2");
  ws.mergeCells("B1:C1");
  ws.getCell("A3").value = "办公经费";
  ws.getCell("B3").value = 100;
  ws.getCell("C3").value = 80;
  ws.getCell("A4").value = "培训费";
  ws.getCell("B4").value = 50;
  ws.getCell("C4").value = 0;
  ws.getCell("A5").value = "合计";
  ws.getCell("B5").value = 0;
  ws.getCell("C5").value = 25;
  // Shared formula D3:D5 with a string literal that looks like a reference, and an absolute part.
  ws.fillFormula("D3:D5", 'IF(B3=0,"B3",C3/B3*$B$3/100)', [0.8, 0, "B3"] as unknown as number[]); // ExcelJS types results as numbers only
  ws.getCell("D3").numFmt = "0.00%";
  ws.getCell("E3").value = { error: "#DIV/0!" };
  ws.getCell("E4").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("F3").value = { richText: [{ text: "偏差", font: { bold: true } }, { text: "原因" }] };
  ws.getCell("F4").value = { text: "链接", hyperlink: "https://example.org" };
  ws.getCell("G3").value = new Date(Date.UTC(2021, 11, 31));
  ws.getCell("G3").numFmt = "yyyy-mm-dd";
  ws.getCell("G4").value = new Date(Date.UTC(2021, 0, 1, 12, 0, 0));
  ws.getCell("G4").numFmt = "yyyy-mm-dd hh:mm";
  ws.getCell("H3").value = true;
  ws.getCell("H4").value = false;
  ws.getCell("I3").value = 1234.5;
  ws.getCell("I3").numFmt = "#,##0.00";
  ws.getCell("J3").value = "=not a formula";

  const hidden = wb.addWorksheet("隐藏", { state: "hidden" });
  hidden.getCell("A1").value = "h";
  const vh = wb.addWorksheet("Backup", { state: "veryHidden" });
  vh.getCell("B2").value = 2;
  const prot = wb.addWorksheet("Locked");
  prot.getCell("A1").value = "p";
  await prot.protect("", {});
  return wb;
}

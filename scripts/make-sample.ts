/**
 * Writes samples/zengcheng-cast-2021.xlsx from the records in sample-data.ts: data in, xlsx out,
 * with ExcelJS directly (not the project's adapter). Deterministic: fixed creator and dates.
 *
 *   npx tsc -p tsconfig.cli.json && node build/cli/scripts/make-sample.js [OUT_DIR]
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
// ExcelJS's own zip library: used only to pin the zip entries' timestamps.
import JSZip from "jszip";
import {
  SAMPLE_BUDGET,
  SAMPLE_BUDGET_TITLE,
  SAMPLE_INDICATORS,
  SAMPLE_INDICATOR_TITLE,
  SAMPLE_TOTAL_SELF_SCORE,
  SAMPLE_INDICATOR_HEADER,
} from "./sample-data";

/** The repository root, whether run compiled (build/cli/scripts) or from source (ts-jest). */
export function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    dir = path.dirname(dir);
  }
  return path.resolve(__dirname, "../../..");
}

const FIXED_DATE = new Date(Date.UTC(2024, 0, 1, 0, 0, 0));

/** Fixed document properties so that a rerun writes the same workbook. */
export function stampWorkbook(wb: ExcelJS.Workbook): void {
  wb.creator = "perf-self-eval";
  wb.lastModifiedBy = "perf-self-eval";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
}

/** ExcelJS stamps every zip entry with the current time; rewrite them with FIXED_DATE (same bytes on every run). */
async function pinZipDates(buf: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const entries: { name: string; file: JSZip.JSZipObject }[] = [];
  zip.forEach((name, file) => {
    if (!file.dir) entries.push({ name, file });
  });
  for (const { name, file } of entries)
    out.file(name, await file.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  return out.generateAsync({
    type: "nodebuffer",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
    platform: "UNIX",
  });
}

export async function writeWorkbook(wb: ExcelJS.Workbook, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const buf = await wb.xlsx.writeBuffer();
  fs.writeFileSync(file, await pinZipDates(Buffer.from(buf as ArrayBuffer)));
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: "thin" },
  left: { style: "thin" },
  bottom: { style: "thin" },
  right: { style: "thin" },
};

function boxRange(ws: ExcelJS.Worksheet, top: number, bottom: number, left: number, right: number): void {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).border = THIN;
}

function budgetSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("支出");
  ws.getCell("A1").value = SAMPLE_BUDGET_TITLE;
  ws.mergeCells("A1:E1");
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.getCell("A2").value = "单位：万元";
  const header = ["项目", "年初预算数", "调整预算数", "全年执行数", "执行率"];
  header.forEach((h, i) => {
    const c = ws.getCell(3, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.alignment = { horizontal: "center", vertical: "middle" };
  });
  SAMPLE_BUDGET.forEach((line, i) => {
    const r = 4 + i;
    ws.getCell(r, 1).value = line.name;
    ws.getCell(r, 1).alignment = { wrapText: true, vertical: "middle" };
    const nums: (number | null)[] = [line.initial, line.budget, line.actual];
    nums.forEach((v, j) => {
      const c = ws.getCell(r, 2 + j);
      if (v !== null) c.value = v;
      c.numFmt = "0.00";
    });
    // 执行率 (column E) stays empty: the engine fills it.
    ws.getCell(r, 5).numFmt = "0.00%";
  });
  boxRange(ws, 3, 3 + SAMPLE_BUDGET.length, 1, 5);
  ws.columns = [{ width: 34 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 11 }];
}

function indicatorSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("绩效指标");
  ws.getCell("A1").value = SAMPLE_INDICATOR_TITLE;
  ws.mergeCells("A1:J1");
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  const header = SAMPLE_INDICATOR_HEADER;
  header.forEach((h, i) => {
    const c = ws.getCell(2, i + 1);
    c.value = h;
    c.font = { bold: true };
    c.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
  let r = 3;
  for (const l1 of SAMPLE_INDICATORS) {
    const l1Top = r;
    for (const l2 of l1.groups) {
      const l2Top = r;
      for (const ind of l2.indicators) {
        ws.getCell(r, 3).value = ind.name;
        ws.getCell(r, 4).value = ind.method;
        ws.getCell(r, 5).value = ind.target;
        ws.getCell(r, 6).value = ind.actual;
        ws.getCell(r, 7).value = ind.weight;
        ws.getCell(r, 8).value = ind.selfScore;
        ws.getCell(r, 8).numFmt = "0.00";
        ws.getCell(r, 9).numFmt = "0.00"; // 得分: empty, the engine fills it
        if (ind.reason) ws.getCell(r, 10).value = ind.reason;
        for (const col of [3, 5, 6, 10])
          ws.getCell(r, col).alignment = { wrapText: true, vertical: "middle" };
        r++;
      }
      ws.getCell(l2Top, 2).value = l2.name;
      ws.getCell(l2Top, 2).alignment = { wrapText: true, vertical: "middle" };
      if (r - 1 > l2Top) ws.mergeCells(l2Top, 2, r - 1, 2);
    }
    ws.getCell(l1Top, 1).value = l1.name;
    ws.getCell(l1Top, 1).alignment = { vertical: "middle", horizontal: "center" };
    if (r - 1 > l1Top) ws.mergeCells(l1Top, 1, r - 1, 1);
  }
  const total = r;
  ws.getCell(total, 1).value = "合计";
  ws.getCell(total, 1).font = { bold: true };
  ws.getCell(total, 1).alignment = { horizontal: "center" };
  ws.mergeCells(total, 1, total, 6);
  ws.getCell(total, 7).value = SAMPLE_INDICATORS.reduce((s, l) => s + l.weight, 0);
  ws.getCell(total, 8).value = SAMPLE_TOTAL_SELF_SCORE;
  ws.getCell(total, 8).numFmt = "0.00";
  ws.getCell(total, 9).numFmt = "0.00";
  boxRange(ws, 2, total, 1, 10);
  ws.columns = [
    { width: 10 },
    { width: 22 },
    { width: 36 },
    { width: 9 },
    { width: 18 },
    { width: 12 },
    { width: 7 },
    { width: 9 },
    { width: 8 },
    { width: 48 },
  ];
}

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  stampWorkbook(wb);
  budgetSheet(wb);
  indicatorSheet(wb);
  return wb;
}

export const SAMPLE_FILE = "zengcheng-cast-2021.xlsx";

/** Writes the sample into outDir (default: samples/ of the repository); returns the file path. */
export async function writeSample(outDir = path.join(repoRoot(), "samples")): Promise<string> {
  const file = path.join(outDir, SAMPLE_FILE);
  await writeWorkbook(buildSampleWorkbook(), file);
  return file;
}

if (require.main === module) {
  writeSample(process.argv[2] ? path.resolve(process.argv[2]) : undefined).then(
    (file) => console.log(`wrote ${path.relative(process.cwd(), file)}`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}

/**
 * Large workbooks in the layout of samples/zengcheng-cast-2021.xlsx, written with ExcelJS directly
 * (not the project's adapter): a 支出 budget sheet (title, unit line, header on row 3, a 合计 line,
 * 基本支出 / 项目支出 and numbered project lines with ① sub-lines that add up) and a 绩效指标 sheet
 * (title, header on row 2 with 一级/二级/三级指标, 计分方法, 年度指标值, 实际完成值, 分值, 自评得分,
 * 得分, 偏差原因分析及改进措施; 一级 and 二级 cells merged over their rows as in the sample; a 合计
 * row). The indicators cycle through the sample's own, so every parser path the sample meets is
 * met at scale. Deterministic.
 *
 *   node build/bench/bench/generate.js ROWS OUT.xlsx
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { SAMPLE_INDICATOR_HEADER, SAMPLE_INDICATORS, type SampleIndicator } from "../scripts/sample-data";

/** Rows per 二级指标 group and per 一级指标 block. */
const GROUP_ROWS = 5;
const BLOCK_ROWS = 100;

const TEMPLATES: readonly SampleIndicator[] = SAMPLE_INDICATORS.flatMap((l1) =>
  l1.groups.flatMap((g) => g.indicators),
);
const L1_NAMES = ["管理效能", "履职效能", "产出指标", "效益指标"];
const L2_NAMES = SAMPLE_INDICATORS.flatMap((l1) => l1.groups.map((g) => g.name));

const round2 = (x: number) => Math.round(x * 100) / 100;

function budgetSheet(wb: ExcelJS.Workbook, lines: number): void {
  const ws = wb.addWorksheet("支出");
  ws.getCell("A1").value = "基准测试单位部门整体支出情况表";
  ws.mergeCells("A1:E1");
  ws.getCell("A2").value = "单位：万元";
  ["项目", "年初预算数", "调整预算数", "全年执行数", "执行率"].forEach(
    (h, i) => (ws.getCell(3, i + 1).value = h),
  );
  // 合计, 一、基本支出, 二、项目支出, then projects of one "k、" line and four "①" sub-lines.
  const projects = Math.max(1, Math.round((lines - 3) / 5));
  const rows: { name: string; budget: number; actual: number }[] = [];
  let projBudget = 0;
  let projActual = 0;
  const projectRows: typeof rows = [];
  for (let p = 0; p < projects; p++) {
    const subs = [0, 1, 2, 3].map((s) => {
      const budget = round2(10 + ((p * 7 + s * 3) % 40) + s * 0.37);
      const actual = round2(budget * (0.8 + ((p + s) % 5) * 0.05));
      return { name: `${"①②③④"[s]}专项经费${p + 1}-${s + 1}`, budget, actual };
    });
    const budget = round2(subs.reduce((a, b) => a + b.budget, 0));
    const actual = round2(subs.reduce((a, b) => a + b.actual, 0));
    projBudget = round2(projBudget + budget);
    projActual = round2(projActual + actual);
    projectRows.push({ name: `${p + 1}、项目经费${p + 1}`, budget, actual }, ...subs);
  }
  const basic = { name: "一、基本支出", budget: 532.66, actual: 460.07 };
  const proj = { name: "二、项目支出", budget: projBudget, actual: projActual };
  rows.push(
    { name: "合计", budget: round2(basic.budget + proj.budget), actual: round2(basic.actual + proj.actual) },
    basic,
    proj,
    ...projectRows,
  );
  rows.forEach((line, i) => {
    const r = 4 + i;
    ws.getCell(r, 1).value = line.name;
    if (i === 0) ws.getCell(r, 2).value = round2(line.budget * 0.92);
    ws.getCell(r, 3).value = line.budget;
    ws.getCell(r, 4).value = line.actual;
    for (const c of [2, 3, 4]) ws.getCell(r, c).numFmt = "0.00";
    ws.getCell(r, 5).numFmt = "0.00%";
  });
  ws.columns = [{ width: 34 }, { width: 13 }, { width: 13 }, { width: 13 }, { width: 11 }];
}

function indicatorSheet(wb: ExcelJS.Workbook, n: number): void {
  const ws = wb.addWorksheet("绩效指标");
  ws.getCell("A1").value = "基准测试绩效自评指标表";
  ws.mergeCells("A1:J1");
  const header = SAMPLE_INDICATOR_HEADER;
  header.forEach((h, i) => (ws.getCell(2, i + 1).value = h));
  let selfTotal = 0;
  const first = 3;
  for (let i = 0; i < n; i++) {
    const r = first + i;
    const t = TEMPLATES[i % TEMPLATES.length];
    ws.getCell(r, 3).value = `${t.name}（${i + 1}）`;
    ws.getCell(r, 4).value = t.method;
    ws.getCell(r, 5).value = t.target;
    ws.getCell(r, 6).value = t.actual;
    ws.getCell(r, 7).value = t.weight;
    ws.getCell(r, 8).value = t.selfScore;
    ws.getCell(r, 8).numFmt = "0.00";
    ws.getCell(r, 9).numFmt = "0.00";
    if (t.reason) ws.getCell(r, 10).value = t.reason;
    selfTotal += t.selfScore;
    if (i % GROUP_ROWS === 0) {
      const last = Math.min(r + GROUP_ROWS - 1, first + n - 1);
      ws.getCell(r, 2).value = `${L2_NAMES[(i / GROUP_ROWS) % L2_NAMES.length]}`;
      if (last > r) ws.mergeCells(r, 2, last, 2);
    }
    if (i % BLOCK_ROWS === 0) {
      const k = i / BLOCK_ROWS;
      const last = Math.min(r + BLOCK_ROWS - 1, first + n - 1);
      ws.getCell(r, 1).value =
        `${L1_NAMES[k % L1_NAMES.length]}${k >= L1_NAMES.length ? `（${k + 1}）` : ""}`;
      if (last > r) ws.mergeCells(r, 1, last, 1);
    }
  }
  const total = first + n;
  ws.getCell(total, 1).value = "合计";
  ws.mergeCells(total, 1, total, 6);
  let weights = 0;
  for (let i = 0; i < n; i++) weights += TEMPLATES[i % TEMPLATES.length].weight;
  ws.getCell(total, 7).value = weights;
  ws.getCell(total, 8).value = round2(selfTotal);
  ws.getCell(total, 8).numFmt = "0.00";
  ws.getCell(total, 9).numFmt = "0.00";
  ws.columns = [10, 22, 36, 9, 18, 12, 7, 9, 8, 48].map((width) => ({ width }));
}

/** A workbook of `rows` indicator rows and rows / 5 budget lines. */
export function buildWorkbook(rows: number): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "bench";
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 1));
  budgetSheet(wb, Math.max(8, Math.round(rows / 5)));
  indicatorSheet(wb, rows);
  return wb;
}

export async function generate(rows: number, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await buildWorkbook(rows).xlsx.writeFile(file);
}

if (require.main === module) {
  const rows = Number(process.argv[2]);
  const out = process.argv[3];
  if (!Number.isInteger(rows) || rows <= 0 || !out) {
    console.error("usage: generate.js ROWS OUT.xlsx");
    process.exit(2);
  }
  generate(rows, out).then(() => console.log(`wrote ${out} (${rows} indicator rows)`));
}

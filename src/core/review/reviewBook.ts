/**
 * The batch review workbook laid out as data: 汇总 (an Excel table, a 合计 row of SUBTOTALs that
 * follow the filter, the grade distribution), 问题清单 and 抽查. Each formula carries the engine's
 * figure, as the plan's formulas do. An adapter writes it (src/workbook/ooxml/reviewPackage.ts).
 */
import { a1, a1Range } from "../cellRef";
import type { CellStyle } from "../plan/writePlan";
import type { Severity } from "../types";
import type { ReviewBatch, SummaryRow } from "./batch";
import { totalsOf } from "./batch";

export type BookContent =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "formula"; readonly formula: string; readonly value: number | string | null };

export interface BookCell {
  readonly row: number;
  readonly col: number;
  readonly content: BookContent;
  readonly numFmt?: string;
  readonly style?: CellStyle;
}

/** An Excel table (ListObject) over header row `top` and data rows below it, with filter buttons. */
export interface BookTable {
  readonly name: string;
  readonly top: number;
  readonly bottom: number;
  readonly columns: readonly string[];
}

export interface BookSheet {
  readonly name: string;
  readonly columnWidths: readonly number[];
  readonly cells: readonly BookCell[];
  readonly tables: readonly BookTable[];
}

const SEVERITIES: readonly Severity[] = ["P0", "P1", "P2"];
const SUMMARY_HEADERS = [
  "文件",
  "单位",
  "项目/部门",
  "年度",
  "预算数（万元）",
  "执行数（万元）",
  "执行率",
  "自评总分",
  "复核总分",
  "偏离度",
  "等级",
  "P0",
  "P1",
  "P2",
  "备注",
];
const ISSUE_HEADERS = ["文件", "单位", "项目/部门", "单元格", "代码", "严重程度", "问题", "处理建议"];
const SAMPLE_HEADERS = ["序号", "文件", "单位", "项目/部门", "预算数（万元）", "重点项目", "复核总分"];
const GRADES = ["优", "良", "中", "差"];

const text = (row: number, col: number, t: string, style?: CellStyle): BookCell => ({
  row,
  col,
  content: { kind: "text", text: t },
  ...(style ? { style } : {}),
});
const num = (row: number, col: number, v: number | null, numFmt?: string): BookCell[] =>
  v === null ? [] : [{ row, col, content: { kind: "number", value: v }, ...(numFmt ? { numFmt } : {}) }];
const formula = (
  row: number,
  col: number,
  f: string,
  value: number | string | null,
  numFmt?: string,
): BookCell => ({
  row,
  col,
  content: { kind: "formula", formula: f, value },
  ...(numFmt ? { numFmt } : {}),
});
const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function summaryRow(r: SummaryRow, row: number, link: (file: string) => string): BookCell[] {
  const x = a1(row, 7);
  const y = a1(row, 8);
  return [
    formula(row, 0, `HYPERLINK(${quoted(link(r.file))},${quoted(r.file)})`, r.file),
    text(row, 1, r.unit),
    text(row, 2, r.subject),
    ...num(row, 3, r.year),
    ...num(row, 4, r.budget, "#,##0.00"),
    ...num(row, 5, r.actual, "#,##0.00"),
    ...num(row, 6, r.rate, "0.00%"),
    ...num(row, 7, r.selfTotal, "0.00"),
    ...num(row, 8, r.reviewTotal, "0.00"),
    formula(row, 9, `IF(OR(${x}="",${x}=0,${y}=""),"",(${x}-${y})/${x})`, r.deviation ?? "", "0.00%"),
    text(row, 10, r.gradeLabel),
    ...SEVERITIES.flatMap((s, i) => (r.note === "" ? num(row, 11 + i, r.counts[s]) : [])),
    text(row, 14, r.note),
  ].filter((c) => !(c.content.kind === "text" && c.content.text === ""));
}

function summarySheet(batch: ReviewBatch, link: (file: string) => string): BookSheet {
  const rows = batch.rows;
  const n = rows.length;
  const cells: BookCell[] = SUMMARY_HEADERS.map((h, c) => text(0, c, h, "header"));
  rows.forEach((r, i) => cells.push(...summaryRow(r, i + 1, link)));
  const t = totalsOf(rows.filter((r) => r.note === ""));
  const total = n + 1;
  const range = (col: number): string => a1Range(1, col, Math.max(1, n), col);
  const e = a1(total, 4);
  const f = a1(total, 5);
  cells.push(
    text(total, 0, "合计（随筛选）", "heading"),
    formula(total, 4, `SUBTOTAL(109,${range(4)})`, t.budget, "#,##0.00"),
    formula(total, 5, `SUBTOTAL(109,${range(5)})`, t.actual, "#,##0.00"),
    formula(total, 6, `IF(${e}>0,${f}/${e},"")`, t.budget > 0 ? t.actual / t.budget : "", "0.00%"),
    formula(total, 7, `IFERROR(ROUND(SUBTOTAL(101,${range(7)}),2),"")`, t.self ?? "", "0.00"),
    formula(total, 8, `IFERROR(ROUND(SUBTOTAL(101,${range(8)}),2),"")`, t.review ?? "", "0.00"),
    ...SEVERITIES.map((s, i) => formula(total, 11 + i, `SUBTOTAL(109,${range(11 + i)})`, t.counts[s])),
  );
  const dist = total + 2;
  cells.push(
    text(dist, 0, "等级分布", "heading"),
    text(dist, 1, "个数", "header"),
    text(dist, 2, "占比", "header"),
  );
  const graded = rows.filter((r) => r.note === "").length;
  GRADES.forEach((g, i) => {
    const k = rows.filter((r) => r.note === "" && r.gradeLabel === g).length;
    const row = dist + 1 + i;
    cells.push(
      text(row, 0, g),
      formula(row, 1, `COUNTIF(${range(10)},${quoted(g)})`, k),
      formula(row, 2, `IF(${graded}=0,"",${a1(row, 1)}/${graded})`, graded === 0 ? "" : k / graded, "0.00%"),
    );
  });
  const failedRow = dist + 1 + GRADES.length;
  cells.push(
    text(failedRow, 0, "未能读取"),
    formula(failedRow, 1, `COUNTIF(${range(14)},"?*")`, n - graded),
    text(
      failedRow + 1,
      0,
      "偏离度 = (自评总分 − 复核总分) / 自评总分，按项目计；复核总分为按评分规则计算的总分（与 pse evaluate 相同）。",
      "note",
    ),
  );
  return {
    name: "汇总",
    columnWidths: [34, 24, 30, 7, 14, 14, 9, 9, 9, 9, 6, 5, 5, 5, 30],
    cells,
    tables: n > 0 ? [{ name: "ReviewSummary", top: 0, bottom: n, columns: SUMMARY_HEADERS }] : [],
  };
}

function issueSheet(batch: ReviewBatch): BookSheet {
  const cells: BookCell[] = ISSUE_HEADERS.map((h, c) => text(0, c, h, "header"));
  batch.issues.forEach((x, i) => {
    const row = i + 1;
    [x.file, x.unit, x.subject, x.cell, x.code, x.severity, x.message, x.advice].forEach((v, c) => {
      if (v !== "") cells.push(text(row, c, v));
    });
  });
  const n = batch.issues.length;
  return {
    name: "问题清单",
    columnWidths: [30, 22, 26, 22, 22, 8, 60, 44],
    cells,
    tables: n > 0 ? [{ name: "ReviewIssues", top: 0, bottom: n, columns: ISSUE_HEADERS }] : [],
  };
}

function sampleSheet(batch: ReviewBatch): BookSheet {
  const s = batch.sample;
  const size = s.size.kind === "count" ? `${s.size.n} 个` : `${s.size.p}%`;
  const method =
    `抽样方法：把可读取的文件按文件名排序，以种子 ${s.seed} 的 mulberry32 伪随机数做 Fisher–Yates 洗牌，` +
    `按顺序抽取至样本量；` +
    (s.keyBudget !== null
      ? `预算数不低于 ${s.keyBudget} 万元的重点项目全部纳入（计入样本量；以元、千元、亿元列示的表先折算为万元）。`
      : "未设重点项目阈值。") +
    `同一种子、同一批文件抽出的样本相同。`;
  const cells: BookCell[] = [
    text(0, 0, "抽查样本", "title"),
    text(1, 0, "种子"),
    ...num(1, 1, s.seed),
    text(2, 0, "样本量"),
    text(2, 1, `${size}（${s.count} 个文件）`),
    text(3, 0, "重点项目阈值（万元）"),
    ...(s.keyBudget !== null ? num(3, 1, s.keyBudget, "#,##0.00") : [text(3, 1, "无")]),
    text(4, 0, method, "note"),
  ];
  const top = 6;
  SAMPLE_HEADERS.forEach((h, c) => cells.push(text(top, c, h, "header")));
  s.drawn.forEach((d, i) => {
    const row = top + 1 + i;
    const r = batch.rows.find((x) => x.file === d.file && x.note === "");
    cells.push(...num(row, 0, i + 1), text(row, 1, d.file), text(row, 5, d.key ? "是" : "否"));
    if (r) {
      if (r.unit) cells.push(text(row, 2, r.unit));
      if (r.subject) cells.push(text(row, 3, r.subject));
      cells.push(...num(row, 4, r.budget, "#,##0.00"), ...num(row, 6, r.reviewTotal, "0.00"));
    }
  });
  return {
    name: "抽查",
    columnWidths: [14, 34, 24, 30, 14, 9, 9],
    cells,
    tables:
      s.drawn.length > 0
        ? [{ name: "ReviewSample", top, bottom: top + s.drawn.length, columns: SAMPLE_HEADERS }]
        : [],
  };
}

/** `link` turns a file as listed into the address its hyperlink opens (relative to the workbook). */
export function reviewBook(batch: ReviewBatch, link: (file: string) => string): BookSheet[] {
  return [summarySheet(batch, link), issueSheet(batch), sampleSheet(batch)];
}

/** Two overlapping runs and what they write, shared by the revert tests of both xlsx adapters. */
import { a1, quoteSheet } from "../../src/core/cellRef";
import type { WorkbookData } from "../../src/core/grid";
import type { NewSheet, WritePlan } from "../../src/core/plan/writePlan";

export const BUDGET = "预算 表";
export const SUMMARY = "绩效自评报告";
export const ref = (r: number, c: number) => `${quoteSheet(BUDGET)}!${a1(r, c)}`;

function summary(line: string): NewSheet {
  return {
    name: SUMMARY,
    columnWidths: [18, 60],
    pageSetup: { paper: "A4", orientation: "portrait", fitToWidth: true },
    cells: [
      { kind: "text", sheet: SUMMARY, row: 0, col: 0, text: "2021年度绩效自评报告", style: "title" },
      {
        kind: "formula",
        sheet: SUMMARY,
        row: 1,
        col: 1,
        formula: `"执行率"&TEXT(${ref(2, 3)}*100,"0.00")&"%"`,
        value: line,
      },
    ],
  };
}

export const cf = {
  sheet: BUDGET,
  area: { top: 2, left: 10, bottom: 4, right: 10 },
  formula: "AND(ISNUMBER(K3),K3<0.9)",
  fill: "FFC7CE",
  fontColor: "9C0006",
};

/** First run: new column K, overwrites a shared-formula master, a number with a format, a text. */
export const plan1: WritePlan = {
  removeSheets: [],
  cells: [
    { kind: "text", sheet: BUDGET, row: 0, col: 10, text: "得分", style: "header" },
    {
      kind: "formula",
      sheet: BUDGET,
      row: 2,
      col: 10,
      formula: "IF(N(B3)=0,0,C3/B3)",
      value: 0.8,
      numFmt: "0.00%",
    },
    { kind: "formula", sheet: BUDGET, row: 2, col: 3, formula: "C3/B3", value: 0.8, numFmt: "0.0%" },
    { kind: "formula", sheet: BUDGET, row: 2, col: 8, formula: "B3*2", value: 200 },
    { kind: "text", sheet: BUDGET, row: 2, col: 9, text: "=cmd|' /C calc'!A0" },
    { kind: "formula", sheet: BUDGET, row: 3, col: 11, formula: "C4/B4", value: 0 },
  ],
  conditionalFormats: [cf],
  newSheets: [summary("执行率80.00%")],
};

/** Second run: overlaps the first, adds cells, replaces the summary, repeats the format. */
export const plan2: WritePlan = {
  removeSheets: [SUMMARY],
  cells: [
    { kind: "text", sheet: BUDGET, row: 0, col: 10, text: "得分(2)", style: "header" },
    {
      kind: "formula",
      sheet: BUDGET,
      row: 2,
      col: 10,
      formula: "ROUND(C3/B3,2)",
      value: 0.8,
      numFmt: "0.00%",
    },
    { kind: "text", sheet: BUDGET, row: 2, col: 5, text: "改写的原因" },
    { kind: "formula", sheet: BUDGET, row: 3, col: 6, formula: "1+1", value: 2 },
    { kind: "text", sheet: "Backup", row: 1, col: 1, text: "隐藏表的单元格" },
  ],
  conditionalFormats: [cf, { ...cf, formula: "K3>1.3" }],
  newSheets: [summary("执行率 80.00%")],
};

export function shape(data: WorkbookData) {
  return data.sheets.map((s) => ({
    name: s.name,
    hidden: !!s.hidden,
    protected: !!s.protected,
    merges: s.merges,
    rows: s.rows.map((r) => Array.from(r, (c) => c ?? null)),
  }));
}

/**
 * Small builders for the reliability workbooks: sheets as rows of values, written with ExcelJS
 * directly (not the project's adapter), plus the standard tables most cases start from.
 */
import ExcelJS from "exceljs";

/** A cell as a case writes it. Strings are always written as text, never as formulas. */
export type Value =
  | string
  | number
  | boolean
  | null
  | { readonly error: "#DIV/0!" | "#N/A" | "#REF!" | "#VALUE!" | "#NAME?" | "#NUM!" }
  | { readonly date: Date; readonly numFmt?: string }
  | { readonly formula: string; readonly result?: number | string }
  | { readonly num: number; readonly numFmt: string };

export interface SheetSpec {
  readonly name: string;
  /** rows[0] is Excel row 1. */
  readonly rows: readonly (readonly Value[])[];
  readonly merges?: readonly string[];
  /** 1-based rows to hide. */
  readonly hiddenRows?: readonly number[];
  /** An AutoFilter range ("A1:H5"). */
  readonly autoFilter?: string;
  readonly state?: "visible" | "hidden" | "veryHidden";
  /** Protect the sheet (with this password, "" for none). */
  readonly protect?: string;
}

function toCellValue(v: Value): { value: ExcelJS.CellValue; numFmt?: string } {
  if (v === null || typeof v !== "object") return { value: v };
  if ("error" in v) return { value: { error: v.error } as ExcelJS.CellErrorValue };
  if ("date" in v) return { value: v.date, numFmt: v.numFmt ?? "yyyy-mm-dd" };
  if ("num" in v) return { value: v.num, numFmt: v.numFmt };
  return { value: { formula: v.formula, result: v.result } as ExcelJS.CellFormulaValue };
}

export async function addSheet(wb: ExcelJS.Workbook, spec: SheetSpec): Promise<ExcelJS.Worksheet> {
  const ws = wb.addWorksheet(spec.name, { state: spec.state ?? "visible" });
  spec.rows.forEach((cells, r) =>
    cells.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, c + 1);
      const { value, numFmt } = toCellValue(v);
      cell.value = value;
      if (numFmt) cell.numFmt = numFmt;
    }),
  );
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  for (const r of spec.hiddenRows ?? []) ws.getRow(r).hidden = true;
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
  if (spec.protect !== undefined) await ws.protect(spec.protect, {});
  return ws;
}

/** A workbook of the given sheets as .xlsx bytes. */
export async function workbook(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "reliability";
  for (const s of sheets) await addSheet(wb, s);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const BUDGET_HEADERS = ["项目", "全年预算数", "全年执行数", "执行率", "分值", "得分"] as const;
export const INDICATOR_HEADERS = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
] as const;

/**
 * The standard pair most cases start from. Hand computation (mof2020):
 *   execution 95 / 100 = 95 %, score 10 × 0.95 = 9.5;
 *   培训场次 ≥10场, 8场 -> 30 × 0.8 = 24, below target (E2), no reason;
 *   合格率 ≥95%, 96% -> 30;  群众满意度 ≥90%, 92% -> 30.
 *   Total 9.5 + 24 + 30 + 30 = 93.5 -> 优. Weights 10 + 90 = 100.
 */
export const STANDARD_TOTAL = 93.5;

export function budgetRows(
  lines: readonly (readonly Value[])[] = [["合计", 100, 95, null, 10, null]],
): Value[][] {
  return [[...BUDGET_HEADERS], ...lines.map((l) => [...l])];
}

export function indicatorRows(
  rows: readonly (readonly Value[])[] = [
    ["产出指标", "数量指标", "培训场次", "≥10场", "8场", 30, null, null],
    ["产出指标", "质量指标", "合格率", "≥95%", "96%", 30, null, null],
    ["效益指标", "社会效益", "群众满意度", "≥90%", "92%", 30, null, null],
  ],
): Value[][] {
  return [[...INDICATOR_HEADERS], ...rows.map((r) => [...r])];
}

export const standardSheets = (budget = "支出", indicators = "绩效指标"): SheetSpec[] => [
  { name: budget, rows: budgetRows() },
  { name: indicators, rows: indicatorRows() },
];

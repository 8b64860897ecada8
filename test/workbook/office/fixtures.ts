/** Workbooks and hosts for the Office adapter tests, over the recording fake. */
import { a1, quoteSheet, type CellRef } from "../../../src/core/cellRef";
import { gridFromValues, type CellValue, type WorkbookData } from "../../../src/core/grid";
import { runEngine } from "../../../src/core/engine";
import type { CellWrite, WritePlan } from "../../../src/core/plan/writePlan";
import { samplePreview } from "../../../src/workbook/memory";
import type { WorkbookHost } from "../../../src/workbook/host";
import { createExcelHost, type SettingsStore } from "../../../src/workbook/office";
import { FakeContext, stateFrom } from "./fakeExcel";

export const INDICATORS = "绩效指标";
export const BUDGET = "支出";
export const SUMMARY = "绩效自评报告";

/** An indicator table of `n` rows (header in row 1), and a small budget table. */
export function indicatorWorkbook(n: number): WorkbookData {
  const header: CellValue[] = [
    "一级指标",
    "二级指标",
    "三级指标",
    "分值",
    "年度指标值",
    "实际完成值",
    "得分",
    "偏差原因分析及改进措施",
  ];
  const rows: CellValue[][] = [header];
  for (let i = 0; i < n; i++) {
    rows.push([
      "产出指标",
      "数量指标",
      `举办科普活动${i + 1}`,
      2,
      `≥${10 + (i % 7)}场`,
      10 + (i % 9),
      null,
      i % 5 === 0 ? "活动受疫情影响延期" : null,
    ]);
  }
  const budget = gridFromValues(BUDGET, [
    ["项目", "年初预算数", "全年预算数", "全年执行数", "执行率"],
    ["基本支出", 100, 120, 110, null],
    ["项目支出", 50, 60, 40, null],
  ]);
  const sheets = [
    budget,
    gridFromValues(INDICATORS, rows, [{ top: 1, left: 0, bottom: Math.min(n, 3), right: 0 }]),
  ];
  return { sheets };
}

/** What a run writes for `n` indicators: a score formula each, header, a format, a 40-row summary. */
export function planFor(n: number, summaryRows = 40): WritePlan {
  const cells: CellWrite[] = [
    { kind: "text", sheet: INDICATORS, row: 0, col: 8, text: "复核标记", style: "header" },
  ];
  for (let r = 1; r <= n; r++) {
    cells.push({
      kind: "formula",
      sheet: INDICATORS,
      row: r,
      col: 6,
      formula: `ROUND(IF(F${r + 1}>=10,D${r + 1},D${r + 1}*F${r + 1}/10),2)`,
      value: 2,
      numFmt: "0.00",
      style: "computed",
    });
    cells.push({
      kind: "formula",
      sheet: INDICATORS,
      row: r,
      col: 8,
      formula: `IF(G${r + 1}<D${r + 1},"未达标","")`,
      value: "",
    });
  }
  cells.push({
    kind: "formula",
    sheet: BUDGET,
    row: 1,
    col: 4,
    formula: "IF(N(C2)=0,0,D2/C2)",
    value: 0.9167,
    numFmt: "0.00%",
  });
  cells.push({
    kind: "formula",
    sheet: BUDGET,
    row: 2,
    col: 4,
    formula: "IF(N(C3)=0,0,D3/C3)",
    value: 0.6667,
    numFmt: "0.00%",
  });
  const summary: CellWrite[] = [];
  for (let r = 0; r < summaryRows; r++) {
    if (r % 4 === 0)
      summary.push({
        kind: "text",
        sheet: SUMMARY,
        row: r,
        col: 0,
        text: `（${r / 4 + 1}）部分`,
        style: r === 0 ? "title" : "heading",
      });
    else
      summary.push({
        kind: "formula",
        sheet: SUMMARY,
        row: r,
        col: 1,
        formula: `"得分"&TEXT(${quoteSheet(INDICATORS)}!${a1(r % n || 1, 6)},"0.00")`,
        value: "得分2.00",
        style: "body",
      });
  }
  return {
    cells,
    conditionalFormats: [
      {
        sheet: INDICATORS,
        area: { top: 1, left: 6, bottom: n, right: 6 },
        formula: "G2<D2",
        fill: "FFC7CE",
        fontColor: "9C0006",
      },
    ],
    newSheets: [
      {
        name: SUMMARY,
        columnWidths: [16, 80],
        pageSetup: { paper: "A4", orientation: "portrait", fitToWidth: true },
        cells: summary,
      },
    ],
    removeSheets: [],
  };
}

export class MemorySettings implements SettingsStore {
  readonly values = new Map<string, unknown>();
  saves = 0;
  get(name: string): unknown {
    return this.values.get(name) ?? null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  saveAsync(...args: unknown[]): void {
    this.saves++;
    const cb = args.find((a) => typeof a === "function") as
      ((r: Office.AsyncResult<void>) => void) | undefined;
    cb?.({ status: "succeeded" } as unknown as Office.AsyncResult<void>);
  }
}

export interface Harness {
  readonly ctx: FakeContext;
  readonly host: WorkbookHost;
  readonly settings: MemorySettings;
}

export function harness(data: WorkbookData, budgetBytes?: number): Harness {
  const ctx = new FakeContext(stateFrom(data));
  const settings = new MemorySettings();
  const host = createExcelHost({
    run: ctx.run,
    settings: settings as unknown as SettingsStore,
    apply: { supports: () => true, budgetBytes },
  });
  return { ctx, host, settings };
}

/**
 * The sample run in review mode through the Office host; with `typed`, the reviewer has typed a
 * 复核得分 (3) over the second row's formula and a reason (佐证不足) in its empty column.
 */
export async function reviewedSample(typed: boolean): Promise<{
  ctx: FakeContext;
  host: WorkbookHost;
  score: CellRef;
  reason: CellRef;
}> {
  const data = samplePreview();
  const ctx = new FakeContext(stateFrom(data));
  const host = createExcelHost({
    run: ctx.run,
    settings: new MemorySettings() as unknown as SettingsStore,
    apply: { supports: () => true },
  });
  const run = runEngine(data, { rules: "mof2020", lang: "zh-CN", summary: true, review: true });
  await host.read();
  await host.apply(run.plan);
  const line = [...(run.details[0].cells.review?.indicators.values() ?? [])][1];
  const score = line.cells.score!;
  const reason = line.cells.reason!;
  if (typed)
    for (const [ref, value] of [
      [score, 3],
      [reason, "佐证不足"],
    ] as const) {
      const sheet = ctx.state.sheets.find((x) => x.name === ref.sheet)!;
      sheet.cells.set(`${ref.row},${ref.col}`, { value, numFmt: "General", format: {} });
    }
  return { ctx, host, score, reason };
}

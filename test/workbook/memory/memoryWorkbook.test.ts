/** MemoryWorkbook: apply writes the plan into grids, revert restores, select is observable. */
import { cellRef } from "../../../src/core/cellRef";
import { gridFromValues, type WorkbookData } from "../../../src/core/grid";
import type { WritePlan } from "../../../src/core/plan/writePlan";
import { HostError } from "../../../src/workbook/host";
import { MemoryWorkbook } from "../../../src/workbook/memory";

function workbook(): WorkbookData {
  return {
    sheets: [
      gridFromValues("指标", [
        ["指标", "分值", "得分"],
        ["培训场次", 10, null],
        ["满意度", 5, 4],
      ]),
      { ...gridFromValues("绩效自评报告", [["——本表由绩效自评加载项生成——"]]) },
    ],
  };
}

const plan: WritePlan = {
  cells: [
    { kind: "formula", sheet: "指标", row: 1, col: 2, formula: "ROUND(B2*1,2)", value: 10, numFmt: "0.00" },
    { kind: "text", sheet: "指标", row: 0, col: 4, text: "=not a formula" },
    { kind: "formula", sheet: "指标", row: 5, col: 3, formula: "SUM(C2:C3)", value: 14 },
  ],
  conditionalFormats: [
    {
      sheet: "指标",
      area: { top: 1, left: 2, bottom: 2, right: 2 },
      formula: "C2<B2",
      fill: "FFC7CE",
      fontColor: "9C0006",
    },
  ],
  newSheets: [
    {
      name: "绩效自评报告",
      columnWidths: [80],
      pageSetup: { paper: "A4", orientation: "portrait", fitToWidth: true },
      cells: [
        { kind: "text", sheet: "绩效自评报告", row: 0, col: 0, text: "报告" },
        { kind: "formula", sheet: "绩效自评报告", row: 1, col: 0, formula: "'指标'!C2", value: 10 },
      ],
    },
  ],
  removeSheets: ["绩效自评报告"],
};

describe("MemoryWorkbook", () => {
  it("applies formula cells with the engine's value, text as text, new and removed sheets", async () => {
    const wb = new MemoryWorkbook(workbook());
    await expect(wb.apply(plan)).resolves.toEqual({ kind: "written", syncs: 1 });
    const data = await wb.read();
    expect(data.sheets.map((s) => s.name)).toEqual(["指标", "绩效自评报告"]);
    const sheet = data.sheets[0];
    expect(sheet.rows[1][2]).toEqual({ value: 10, formula: "ROUND(B2*1,2)", numFmt: "0.00" });
    expect(sheet.rows[0][4]).toEqual({ value: "=not a formula" });
    expect(sheet.rows[0][4]?.formula).toBeUndefined();
    expect(sheet.rows[5][3]).toEqual({ value: 14, formula: "SUM(C2:C3)" });
    expect(sheet.rows[2]).toEqual(workbook().sheets[0].rows[2]);
    const summary = data.sheets[1];
    expect(summary.rows[0][0]).toEqual({ value: "报告" });
    expect(summary.rows[1][0]).toEqual({ value: 10, formula: "'指标'!C2" });
    expect(wb.conditionalFormats).toHaveLength(1);
  });

  it("never mutates the grids it was given", async () => {
    const original = workbook();
    const snapshot = JSON.stringify(original);
    const wb = new MemoryWorkbook(original);
    await wb.apply(plan);
    expect(JSON.stringify(original)).toBe(snapshot);
  });

  it("revert restores what the first apply replaced, across several applies", async () => {
    const original = workbook();
    const wb = new MemoryWorkbook(original);
    expect(await wb.hasRevertRecord()).toBe(false);
    await wb.apply(plan);
    await wb.apply(plan);
    expect(await wb.hasRevertRecord()).toBe(true);
    const outcome = await wb.revert();
    // The three cells of 指标, as the command line counts them: the summary sheet is removed whole.
    expect(outcome).toEqual({ kind: "reverted", cells: 3 });
    expect(await wb.read()).toEqual(original);
    expect(wb.conditionalFormats).toEqual([]);
    expect(await wb.hasRevertRecord()).toBe(false);
    await expect(wb.revert()).resolves.toEqual({ kind: "nothing-to-revert" });
  });

  it("refuses a plan for a protected sheet before writing anything", async () => {
    const data = workbook();
    const locked: WorkbookData = { sheets: [{ ...data.sheets[0], protected: true }, data.sheets[1]] };
    const wb = new MemoryWorkbook(locked);
    await expect(wb.apply(plan)).rejects.toMatchObject({ code: "protected-sheet", sheet: "指标" });
    await expect(wb.apply(plan)).rejects.toBeInstanceOf(HostError);
    expect(await wb.read()).toBe(locked);
    await expect(wb.revert()).resolves.toEqual({ kind: "nothing-to-revert" });
  });

  it("leaves the workbook untouched when a write names a missing sheet", async () => {
    const wb = new MemoryWorkbook(workbook());
    const bad: WritePlan = { ...plan, cells: [{ kind: "text", sheet: "无此表", row: 0, col: 0, text: "x" }] };
    const outcome = await wb.apply(bad);
    expect(outcome.kind).toBe("untouched");
    expect((await wb.read()).sheets[1].rows[0][0]).toEqual({ value: "——本表由绩效自评加载项生成——" });
  });

  it("records the selection and tells subscribers", async () => {
    const wb = new MemoryWorkbook(workbook());
    const seen: (string | undefined)[] = [];
    const unsubscribe = wb.subscribe(() => seen.push(wb.selection?.sheet));
    await wb.select(cellRef("指标", 2, 3));
    expect(wb.selection).toEqual({ sheet: "指标", row: 2, col: 3 });
    unsubscribe();
    await wb.select(cellRef("指标", 1, 1));
    expect(seen).toEqual(["指标"]);
    await expect(wb.select(cellRef("无此表", 0, 0))).rejects.toMatchObject({ code: "unknown" });
  });

  it("keeps settings in memory", async () => {
    const wb = new MemoryWorkbook(workbook());
    expect(await wb.loadSettings()).toEqual({ rules: "mof2020" });
    await wb.saveSettings({ rules: "pass-fail", lang: "en-US" });
    expect(await wb.loadSettings()).toEqual({ rules: "pass-fail", lang: "en-US" });
  });
});

describe("MemoryWorkbook with the bundled sample and the shared command", () => {
  it("runs, reruns to the same workbook, and reverts to the sample exactly", async () => {
    const { runEvaluation } = await import("../../../src/workbook/runCommand");
    const { samplePreview } = await import("../../../src/workbook/memory");
    const sample = samplePreview();
    const wb = new MemoryWorkbook(sample);
    const first = await runEvaluation(wb, { rules: "mof2020" }, "zh-CN");
    expect(first.result.evaluations.map((e) => [e.totalScore, e.gradeLabel])).toEqual([[88.48, "良"]]);
    expect(first.outcome.kind).toBe("written");
    const once = await wb.read();
    expect(once.sheets.length).toBe(sample.sheets.length + 1);
    const second = await runEvaluation(wb, { rules: "mof2020" }, "zh-CN");
    expect(second.result.evaluations[0].totalScore).toBe(88.48);
    expect(await wb.read()).toEqual(once);
    const reverted = await wb.revert();
    expect(reverted.kind).toBe("reverted");
    expect(await wb.read()).toBe(sample);
  });
});

import { runEvaluation } from "../../../src/workbook/runCommand";
import { defaultSettings } from "../../../src/workbook/host";
import type { CellWrite, NewSheet, WritePlan } from "../../../src/core/plan/writePlan";
import { REVERT_SHEET } from "../../../src/core/revert";
import { applyPlan, needsTextFormat, PAYLOAD_BUDGET, readWorkbook } from "../../../src/workbook/office";
import { loadPackage } from "../../../src/workbook/ooxml";
import { cellOf, FakeContext, stateFrom, valueAt } from "./fakeExcel";
import { harness, INDICATORS, indicatorWorkbook, planFor, SUMMARY } from "./fixtures";
import { figure } from "../../helpers/figure";

const MB = 1024 * 1024;

/** Read + apply through the host, as runEvaluation does; the syncs and bytes the fake saw. */
async function readAndApply(n: number) {
  const { ctx, host } = harness(indicatorWorkbook(n));
  await host.read();
  const outcome = await host.apply(planFor(n));
  return { ctx, outcome };
}

describe("Office adapter: round trips and request sizes", () => {
  // 2 syncs read the workbook, 1 reads the looks of the cells the run restyles (for the revert
  // record and the borrowed borders), 1 writes: 4, the same for any size up to the request limit.
  it("runs the sample workbook (engine plan, 40-row summary) in 4 syncs", async () => {
    const doc = await loadPackage("samples/zengcheng-cast-2021.xlsx");
    const { ctx, host } = harness(doc.data);
    const { result, outcome } = await runEvaluation(host, defaultSettings, "zh-CN");
    expect(result.plan.cells.length).toBeGreaterThan(50);
    expect(result.plan.newSheets[0].cells.length).toBeGreaterThanOrEqual(40);
    expect(outcome).toEqual({ kind: "written", syncs: 2 });
    expect(ctx.syncs).toBe(4);
    expect(Math.max(...ctx.syncBytes)).toBeLessThan(4 * MB);
    expect(ctx.state.sheets.map((s) => s.name)).toContain(result.plan.newSheets[0].name);
    expect(ctx.state.sheets.find((s) => s.name === REVERT_SHEET)?.visibility).toBe("VeryHidden");
    figure(`sample: ${ctx.syncs} syncs, bytes per sync ${ctx.syncBytes.join(", ")}`);
  });

  it("takes the same number of syncs for 60 and 2,000 indicator rows, each under 4 MB", async () => {
    const small = await readAndApply(60);
    const large = await readAndApply(2000);
    expect(small.ctx.syncs).toBe(4);
    expect(large.ctx.syncs).toBe(small.ctx.syncs);
    expect(small.outcome).toEqual({ kind: "written", syncs: 2 });
    expect(large.outcome).toEqual({ kind: "written", syncs: 2 });
    for (const b of [...small.ctx.syncBytes, ...large.ctx.syncBytes]) expect(b).toBeLessThan(4 * MB);
    for (const b of [...small.ctx.answerBytes, ...large.ctx.answerBytes]) expect(b).toBeLessThan(4 * MB);
    // Formulas are written in rectangles, not cell by cell.
    expect(large.ctx.setters.filter((s) => s === "formulas").length).toBeLessThan(60);
    figure(
      `60 rows: ${small.ctx.syncBytes.join(", ")} bytes; 2,000 rows: ${large.ctx.syncBytes.join(", ")} bytes; ` +
        `look answers ${Math.max(...small.ctx.answerBytes)} and ${Math.max(...large.ctx.answerBytes)} bytes`,
    );
    expect(cellOf(large.ctx.state, INDICATORS, 2000, 6)).toMatchObject({
      formula: "ROUND(IF(F2001>=10,D2001,D2001*F2001/10),2)",
      numFmt: "0.00",
    });
    expect(large.ctx.state.suspended).toBe(1);
  });

  it("splits a plan past 5 MB into several syncs, each under the budget", async () => {
    const n = 6000;
    const reason = "因疫情原因部分活动延期举办，下一步将加强计划管理并提前做好预案。".repeat(10);
    const cells: CellWrite[] = Array.from({ length: n }, (_, i) => ({
      kind: "text",
      sheet: INDICATORS,
      row: i + 1,
      col: 7,
      text: `${reason}${i}`,
    }));
    const plan: WritePlan = { cells, conditionalFormats: [], newSheets: [], removeSheets: [] };
    const bytes = Buffer.byteLength(JSON.stringify(cells.map((c) => (c.kind === "text" ? c.text : ""))));
    expect(bytes).toBeGreaterThan(5 * MB);

    const ctx = new FakeContext(stateFrom(indicatorWorkbook(n)));
    const before = await readWorkbook(ctx as unknown as Excel.RequestContext, { supports: () => true });
    const readSyncs = ctx.syncs;
    const outcome = await applyPlan(ctx as unknown as Excel.RequestContext, plan, before, {
      supports: () => true,
    });
    expect(outcome.kind).toBe("written");
    const writes = ctx.syncBytes.slice(readSyncs);
    expect(writes.length).toBeGreaterThan(1);
    for (const b of writes) expect(b).toBeLessThanOrEqual(PAYLOAD_BUDGET);
    if (outcome.kind === "written")
      for (const b of outcome.chunkBytes) expect(b).toBeLessThanOrEqual(PAYLOAD_BUDGET);
    expect(valueAt(ctx.state, INDICATORS, n, 7)).toBe(`${reason}${n - 1}`);
    expect(ctx.state.suspended).toBe(writes.length);
    figure(
      `${(bytes / MB).toFixed(1)} MB plan: write syncs of ${writes.map((b) => (b / MB).toFixed(2)).join(", ")} MB`,
    );
  });
});

describe("Office adapter: what is written", () => {
  const risky = ["=cmd|' /C calc'!A0", "+1+2", "-5", "@SUM(A1)", "001", "50%", "TRUE", "#N/A", "2021/1/1"];

  it("keeps text as text, whatever it starts with", async () => {
    const { ctx, host } = harness(indicatorWorkbook(10));
    await host.read();
    const cells: CellWrite[] = risky.map((text, i) => ({
      kind: "text",
      sheet: INDICATORS,
      row: i + 1,
      col: 7,
      text,
    }));
    cells.push({ kind: "text", sheet: INDICATORS, row: 11, col: 7, text: "正常的原因" });
    await host.apply({ cells, conditionalFormats: [], newSheets: [], removeSheets: [] });
    risky.forEach((text, i) => {
      const c = cellOf(ctx.state, INDICATORS, i + 1, 7);
      expect(c?.formula).toBeUndefined();
      expect(c?.value).toBe(text);
    });
    expect(cellOf(ctx.state, INDICATORS, 11, 7)).toMatchObject({ value: "正常的原因", numFmt: "General" });
    for (const t of risky) expect(needsTextFormat(t)).toBe(true);
    expect(needsTextFormat("偏差原因")).toBe(false);
  });

  it("writes formulas through range.formulas (en-US), never formulasLocal", async () => {
    const { ctx, host } = harness(indicatorWorkbook(60));
    await host.read();
    const plan = planFor(60);
    // Row heights (an optional NewSheet field) for the summary's wrapped text.
    const summarySheet = { ...plan.newSheets[0], rowHeights: [15, 30] } as NewSheet;
    await host.apply({ ...plan, newSheets: [summarySheet] });
    expect(ctx.setters).toContain("formulas");
    expect(ctx.setters).not.toContain("formulasLocal");
    expect(ctx.setters).not.toContain("values");
    expect(cellOf(ctx.state, "支出", 1, 4)).toMatchObject({
      formula: "IF(N(C2)=0,0,D2/C2)",
      numFmt: "0.00%",
    });
    const summary = ctx.state.sheets.find((s) => s.name === SUMMARY)!;
    expect(summary.pageLayout).toMatchObject({ paperSize: "A4", orientation: "Portrait" });
    expect(summary.columnWidths[1]).toBeGreaterThan(summary.columnWidths[0]);
    expect(summary.rowHeights).toEqual({ 0: 15, 1: 30 });
    expect(cellOf(ctx.state, SUMMARY, 0, 0)?.format).toMatchObject({ "font.bold": true, "font.size": 16 });
    const cfs = ctx.state.sheets.find((s) => s.name === INDICATORS)!.cfs;
    expect(cfs).toEqual([
      expect.objectContaining({ type: "Custom", formula: "=G2<D2", fill: "#FFC7CE", font: "#9C0006" }),
    ]);
  });

  it("writes a formula into a Text-formatted cell as a formula", async () => {
    const data = indicatorWorkbook(3);
    const { ctx, host } = harness(data);
    ctx.state.sheets[1].cells.set("1,6", { value: null, numFmt: "@", format: {} });
    await host.read();
    await host.apply({
      cells: [{ kind: "formula", sheet: INDICATORS, row: 1, col: 6, formula: "D2", value: 2 }],
      conditionalFormats: [],
      newSheets: [],
      removeSheets: [],
    });
    expect(cellOf(ctx.state, INDICATORS, 1, 6)).toMatchObject({ formula: "D2", numFmt: "General" });
  });

  it("does not add a conditional format twice when run twice", async () => {
    const { ctx, host } = harness(indicatorWorkbook(5));
    await host.read();
    await host.apply(planFor(5));
    await host.read();
    await host.apply({ ...planFor(5), removeSheets: [SUMMARY] });
    expect(ctx.state.sheets.find((s) => s.name === INDICATORS)!.cfs).toHaveLength(1);
    expect(ctx.state.sheets.filter((s) => s.name === SUMMARY)).toHaveLength(1);
  });

  it("refuses a protected sheet before writing anything", async () => {
    const data = indicatorWorkbook(3);
    const { ctx, host } = harness({
      sheets: data.sheets.map((s) => (s.name === INDICATORS ? { ...s, protected: true } : s)),
    });
    await host.read();
    const syncs = ctx.syncs;
    await expect(host.apply(planFor(3))).rejects.toMatchObject({
      code: "protected-sheet",
      sheet: INDICATORS,
    });
    expect(ctx.syncs).toBe(syncs);
  });
});

import type { WorkbookData } from "../../../src/core/grid";
import type { CellWrite, WritePlan } from "../../../src/core/plan/writePlan";
import { REVERT_SHEET } from "../../../src/core/revert";
import { applyPlan, hasRevertRecord, readWorkbook, revertWorkbook } from "../../../src/workbook/office";
import { cloneState, FakeContext, gridsOf, plainState, stateFrom } from "./fakeExcel";
import { BUDGET, harness, INDICATORS, indicatorWorkbook, planFor, SUMMARY } from "./fixtures";

const opts = { supports: () => true };
const asCtx = (ctx: FakeContext) => ctx as unknown as Excel.RequestContext;

/** An original with formulas, formats, an error, a pre-formatted empty cell and a risky text. */
function original(): WorkbookData {
  const data = indicatorWorkbook(8);
  const ind = data.sheets[1];
  const rows = ind.rows.map((r) => r.slice());
  rows[2][6] = { value: 0, formula: "D3*0.5", numFmt: "0.00" };
  rows[3][6] = { value: { error: "#N/A" } };
  rows[4][6] = { value: null, numFmt: "0.0%" };
  rows[5][7] = { value: "=cmd|' /C calc'!A0" };
  rows[6][7] = { value: "-" };
  rows[7][6] = { value: 1.5, numFmt: "#,##0.00" };
  return { sheets: [data.sheets[0], { ...ind, rows }] };
}

/** A second run that overlaps the first, writes new cells, and replaces the summary. */
function secondPlan(): WritePlan {
  const first = planFor(8);
  const extra: CellWrite[] = [
    { kind: "text", sheet: INDICATORS, row: 5, col: 7, text: "改写" },
    { kind: "text", sheet: INDICATORS, row: 6, col: 7, text: "=1+1 as text" },
    { kind: "formula", sheet: BUDGET, row: 0, col: 5, formula: "1+1", value: 2 },
  ];
  return { ...first, cells: [...first.cells, ...extra], removeSheets: [SUMMARY] };
}

describe("Office adapter: revert", () => {
  it("restores the original after two runs (grids, formats, conditional formats, sheets)", async () => {
    const { ctx, host } = harness(original());
    const start = cloneState(ctx.state);
    expect(await host.hasRevertRecord()).toBe(false);
    await host.read();
    await host.apply(planFor(8));
    await host.read();
    await host.apply(secondPlan());
    expect(await host.hasRevertRecord()).toBe(true);
    expect(ctx.state.sheets.map((s) => s.name)).toEqual([BUDGET, INDICATORS, REVERT_SHEET, SUMMARY]);
    expect(await host.revert()).toEqual({ kind: "reverted", cells: 22 });
    expect(gridsOf(ctx.state)).toEqual(gridsOf(start));
    expect(ctx.state.sheets.map((s) => s.name)).toEqual([BUDGET, INDICATORS]);
    expect(ctx.state.sheets[1].cfs).toEqual([]);
    // Styles the runs put on existing cells are reset (the header cell was plain and empty).
    expect(ctx.state.sheets[1].cells.get("0,8")).toBeUndefined();
    expect(await host.hasRevertRecord()).toBe(false);
    expect(await host.revert()).toEqual({ kind: "nothing-to-revert" });
  });

  it("leaves a user's conditional format on the same cells in place", async () => {
    const { ctx, host } = harness(original());
    ctx.state.sheets[1].cfs.push({
      id: 99,
      area: { top: 1, left: 6, bottom: 8, right: 6 },
      type: "Custom",
      formula: "=G2>100",
      fill: "#000000",
      font: "#FFFFFF",
    });
    await host.read();
    await host.apply(planFor(8));
    expect(ctx.state.sheets[1].cfs).toHaveLength(2);
    await host.revert();
    expect(ctx.state.sheets[1].cfs.map((f) => f.id)).toEqual([99]);
  });

  it("a first write sync that fails leaves the workbook untouched", async () => {
    const ctx = new FakeContext(stateFrom(original()));
    const before = await readWorkbook(asCtx(ctx), opts);
    const start = cloneState(ctx.state);
    ctx.fault = { sync: ctx.syncs + 1, code: "InvalidOperationInCellEditMode" };
    const outcome = await applyPlan(asCtx(ctx), planFor(8), before, opts);
    expect(outcome).toMatchObject({ kind: "untouched", error: { code: "cell-edit" } });
    expect(plainState(ctx.state)).toEqual(plainState(start));
  });

  it("the host reports a failed write with its code and says nothing was written", async () => {
    const { ctx, host } = harness(original());
    await host.read();
    ctx.fault = { sync: ctx.syncs + 1, code: "InvalidOperationInCellEditMode" };
    await expect(host.apply(planFor(8))).rejects.toMatchObject({
      code: "cell-edit",
      message: expect.stringContaining("Nothing was written"),
    });
  });

  it("a failure part-way through the first batch is undone by revert (the record is written first)", async () => {
    const ctx = new FakeContext(stateFrom(original()));
    const before = await readWorkbook(asCtx(ctx), opts);
    const start = cloneState(ctx.state);
    // Sync 1 of the write reads the looks; sync 2 writes.
    ctx.fault = { sync: ctx.syncs + 2, code: "AccessDenied", afterRequests: 40 };
    const outcome = await applyPlan(asCtx(ctx), planFor(8), before, opts);
    expect(outcome).toMatchObject({ kind: "untouched", error: { code: "protected-sheet" } });
    expect(plainState(ctx.state)).not.toEqual(plainState(start)); // Excel ran the requests before the failing one
    ctx.fault = null;
    expect(await revertWorkbook(asCtx(ctx))).not.toBeNull();
    expect(gridsOf(ctx.state)).toEqual(gridsOf(start));
    expect(ctx.state.sheets.map((s) => s.name)).toEqual([BUDGET, INDICATORS]);
  });

  it("a sync that fails on a later chunk: outcome partial, and revert restores the original", async () => {
    const ctx = new FakeContext(stateFrom(original()));
    const before = await readWorkbook(asCtx(ctx), opts);
    const start = cloneState(ctx.state);
    const small = { ...opts, budgetBytes: 8 * 1024 };
    ctx.fault = { sync: ctx.syncs + 3, code: "RequestPayloadSizeLimitExceeded" };
    const outcome = await applyPlan(asCtx(ctx), planFor(8), before, small);
    expect(outcome).toMatchObject({ kind: "partial", syncs: 2, error: { code: "too-large" } });
    ctx.fault = null;
    expect(await revertWorkbook(asCtx(ctx), small)).not.toBeNull();
    expect(gridsOf(ctx.state)).toEqual(gridsOf(start));
    expect(plainState(ctx.state)).toEqual(plainState(start));
  });

  it("revert finds nothing in a workbook without a record, or with garbage in it", async () => {
    const ctx = new FakeContext(stateFrom(original()));
    expect(await revertWorkbook(asCtx(ctx))).toBeNull();
    const ctx2 = new FakeContext(
      stateFrom({
        sheets: [...original().sheets, { name: REVERT_SHEET, rows: [[{ value: "{oops" }]], merges: [] }],
      }),
    );
    expect(await revertWorkbook(asCtx(ctx2))).toBeNull();
    expect(await hasRevertRecord(asCtx(ctx2))).toBe(false);
  });
});

import { gridFromValues } from "../../../src/core/grid";
import { REVERT_SHEET } from "../../../src/core/revert";
import { HostError } from "../../../src/workbook/host";
import { cellFrom, readWorkbook, SETTINGS_KEY, toHostError } from "../../../src/workbook/office";
import { FakeContext, stateFrom } from "./fakeExcel";
import { harness, indicatorWorkbook } from "./fixtures";

describe("readWorkbook", () => {
  it("reads every sheet in two syncs: values, formulas without '=', errors, formats, merges, visibility, protection", async () => {
    const data = {
      sheets: [
        gridFromValues(
          "表一",
          [
            [null, "名称", 1.5],
            [null, '=B1&"x"', { error: "#N/A" }],
          ],
          [{ top: 0, left: 1, bottom: 0, right: 2 }],
        ),
        { ...gridFromValues("隐藏", [["h"]]), hidden: true, protected: true },
        gridFromValues("空表", []),
      ],
    };
    const ctx = new FakeContext(stateFrom(data));
    ctx.state.sheets[0].cells.get("0,2")!.numFmt = "0.00";
    ctx.state.sheets[0].cells.set("3,0", { value: "=cmd|' /C calc'!A0", numFmt: "General", format: {} });
    const read = await readWorkbook(ctx as unknown as Excel.RequestContext, { supports: () => true });
    expect(ctx.syncs).toBe(2);
    const [one, hidden, empty] = read.sheets;
    expect(one.rows[0][1]).toEqual({ value: "名称" });
    expect(one.rows[0][2]).toEqual({ value: 1.5, numFmt: "0.00" });
    expect(one.rows[1][1]).toEqual({ value: 0, formula: 'B1&"x"' });
    expect(one.rows[1][2]).toEqual({ value: { error: "#N/A" } });
    expect(one.rows[3][0]).toEqual({ value: "=cmd|' /C calc'!A0" });
    expect(one.rows[0][0]).toBeUndefined();
    expect(one.merges).toEqual([{ top: 0, left: 1, bottom: 0, right: 2 }]);
    expect(one.hidden).toBe(false);
    expect(hidden).toMatchObject({ hidden: true, protected: true });
    expect(empty.rows).toEqual([]);
  });

  it("keeps an empty cell's number format, and leaves merges out without ExcelApi 1.13", async () => {
    expect(cellFrom("", "", "0.0%", "Empty")).toEqual({ value: null, numFmt: "0.0%" });
    expect(cellFrom("", "", "General", "Empty")).toBeUndefined();
    const ctx = new FakeContext(
      stateFrom({ sheets: [gridFromValues("s", [["a", "b"]], [{ top: 0, left: 0, bottom: 0, right: 1 }])] }),
    );
    const read = await readWorkbook(ctx as unknown as Excel.RequestContext, {
      supports: (_s, v) => v !== "1.13",
    });
    expect(read.sheets[0].merges).toEqual([]);
  });

  it("host.read hides the record sheet from the engine", async () => {
    const { host } = harness({
      sheets: [...indicatorWorkbook(2).sheets, { ...gridFromValues(REVERT_SHEET, [["{}"]]), hidden: true }],
    });
    const read = await host.read();
    expect(read.sheets.map((s) => s.name)).not.toContain(REVERT_SHEET);
  });
});

describe("errors", () => {
  it("maps Office error codes to HostError codes", () => {
    const code = (c: string) => toHostError(Object.assign(new Error("x"), { code: c })).code;
    expect(code("InvalidOperationInCellEditMode")).toBe("cell-edit");
    expect(code("AccessDenied")).toBe("protected-sheet");
    expect(code("RequestPayloadSizeLimitExceeded")).toBe("too-large");
    expect(code("GeneralException")).toBe("unknown");
    expect(toHostError("boom")).toBeInstanceOf(HostError);
    const own = new HostError("nothing-found", "n");
    expect(toHostError(own)).toBe(own);
  });

  it("a read refused by Excel surfaces as a HostError", async () => {
    const { ctx, host } = harness(indicatorWorkbook(2));
    ctx.fault = { sync: 1, code: "InvalidOperationInCellEditMode" };
    await expect(host.read()).rejects.toMatchObject({ code: "cell-edit" });
  });
});

describe("Excel host", () => {
  it("select activates the sheet and selects the cell", async () => {
    const { ctx, host } = harness(indicatorWorkbook(2));
    await host.select({ sheet: "绩效指标", row: 2, col: 6 });
    expect(ctx.state.active).toBe("绩效指标");
    expect(ctx.state.selection).toBe("绩效指标!G3");
    expect(ctx.syncs).toBe(1);
  });

  it("keeps settings as JSON under pse.settings and saves them", async () => {
    const { host, settings } = harness(indicatorWorkbook(2));
    expect(await host.loadSettings()).toEqual({ rules: "mof2020" });
    const s = {
      rules: "pass-fail" as const,
      lang: "en-US" as const,
      gradeBands: { excellent: 95, good: 85, fair: 60 },
    };
    await host.saveSettings(s);
    expect(settings.saves).toBe(1);
    expect(JSON.parse(settings.values.get(SETTINGS_KEY) as string)).toEqual(s);
    expect(await host.loadSettings()).toEqual(s);
    settings.set(SETTINGS_KEY, "{broken");
    expect(await host.loadSettings()).toEqual({ rules: "mof2020" });
  });
});

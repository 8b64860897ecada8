/**
 * Print settings through Office.js on the fake: the summary prints its report column (its print
 * area A1:A…, the page A4 portrait one page wide); the user's evaluated sheets get A4, one page
 * wide, a print area and print titles where they set none, keep what they set, and revert puts back
 * every page-layout property; nothing without ExcelApi 1.9.
 */
import { runEngine } from "../../../src/core/engine";
import { parseRecord, recordChunksOf, REVERT_SHEET } from "../../../src/core/revert";
import { samplePreview } from "../../../src/workbook/memory";
import { createExcelHost } from "../../../src/workbook/office/excelHost";
import type { SettingsStore } from "../../../src/workbook/office/excelHost";
import { FakeContext, gridsOf, PAGE_DEFAULTS, stateFrom, type FakeState } from "./fakeExcel";
import { MemorySettings } from "./fixtures";

function setup(has19: boolean, prepare: (s: FakeState) => void = () => {}) {
  const data = samplePreview();
  const ctx = new FakeContext(stateFrom(data));
  prepare(ctx.state);
  const host = createExcelHost({
    run: ctx.run,
    settings: new MemorySettings() as unknown as SettingsStore,
    apply: { supports: (_set, version) => has19 || version !== "1.9" },
  });
  const plan = runEngine(data, { rules: "mof2020", lang: "zh-CN", summary: true }).plan;
  return { ctx, host, plan };
}

async function applied(has19: boolean, prepare?: (s: FakeState) => void) {
  const s = setup(has19, prepare);
  await s.host.read();
  await s.host.apply(s.plan);
  return s;
}

const layoutOf = (ctx: FakeContext, name: string) =>
  ctx.state.sheets.find((s) => s.name === name)!.pageLayout;

function recordOf(ctx: FakeContext) {
  const grid = gridsOf(ctx.state).sheets.find((g) => g.name === REVERT_SHEET)!;
  return parseRecord(recordChunksOf(grid))!;
}

test("the summary's print area is its report column", async () => {
  const { ctx, plan } = await applied(true);
  const summary = plan.newSheets[0];
  const rows = summary.rowHeights!.length;
  expect(layoutOf(ctx, summary.name)).toMatchObject({
    paperSize: "A4",
    orientation: "Portrait",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    setPrintArea: [`A1:A${rows}`],
  });
});

test("an evaluated sheet left at Excel's defaults gets A4 portrait, one page wide, its print area and titles", async () => {
  const { ctx, plan } = await applied(true);
  // Independent of the adapter: the plan's own areas and header rows, written out by hand.
  const ind = plan.print!.find((p) => p.sheet === "绩效指标")!;
  const { bottom, right } = ind.area;
  const col = String.fromCharCode(65 + right);
  expect(layoutOf(ctx, "绩效指标")).toEqual({
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    setPrintArea: [`A1:${col}${bottom + 1}`],
    setPrintTitleRows: [`$${ind.titleRows!.top + 1}:$${ind.titleRows!.bottom + 1}`],
  });
  // Portrait is Excel's default and is not set: the sheet reads portrait.
  expect({ ...PAGE_DEFAULTS, ...layoutOf(ctx, "支出") }).toMatchObject({
    orientation: "Portrait",
    paperSize: "A4",
  });
  expect(recordOf(ctx).officePages).toEqual(
    expect.arrayContaining([
      { sheet: "绩效指标", paperSize: "Letter", zoom: { scale: 100 }, names: ["Print_Area", "Print_Titles"] },
    ]),
  );
});

test("a user's landscape A3, 80 % scale, print area and title columns are kept", async () => {
  const { ctx } = await applied(true, (s) => {
    const ind = s.sheets.find((x) => x.name === "绩效指标")!;
    ind.pageLayout = {
      paperSize: "A3",
      orientation: "Landscape",
      zoom: { scale: 80 },
      setPrintArea: ["B2:D9"],
      setPrintTitleColumns: ["$A:$A"],
    };
    s.sheets.find((x) => x.name === "支出")!.pageLayout = { orientation: "Landscape" };
  });
  expect(layoutOf(ctx, "绩效指标")).toEqual({
    paperSize: "A3",
    orientation: "Landscape",
    zoom: { scale: 80 },
    setPrintArea: ["B2:D9"],
    setPrintTitleColumns: ["$A:$A"],
  });
  // Landscape stays; the fit and the missing print settings are still added, as the package adapter does.
  expect(layoutOf(ctx, "支出")).toMatchObject({
    orientation: "Landscape",
    paperSize: "A4",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
  });
  expect(recordOf(ctx).officePages?.some((p) => p.sheet === "绩效指标")).toBe(false);
});

test("a rerun adds nothing; revert restores every page-layout property of the evaluated sheets", async () => {
  const mine = {
    paperSize: "Letter",
    orientation: "Landscape",
    zoom: { scale: 100 },
    setPrintTitleRows: ["$1:$2"],
  };
  const { ctx, host, plan } = await applied(true, (s) => {
    s.sheets.find((x) => x.name === "支出")!.pageLayout = structuredClone(mine);
  });
  const first = structuredClone(ctx.state.sheets.map((s) => [s.name, s.pageLayout]));
  const firstRecord = recordOf(ctx).officePages;
  await host.read();
  await host.apply({ ...plan, removeSheets: [plan.newSheets[0].name] });
  expect(recordOf(ctx).officePages).toEqual(firstRecord);
  expect(
    ctx.state.sheets.filter((s) => s.name !== plan.newSheets[0].name).map((s) => [s.name, s.pageLayout]),
  ).toEqual(first.filter(([n]) => n !== plan.newSheets[0].name));
  expect((await host.revert()).kind).toBe("reverted");
  expect(layoutOf(ctx, "支出")).toEqual(mine);
  // Set back to what Excel read (its defaults), the print names removed.
  expect(layoutOf(ctx, "绩效指标")).toEqual({ paperSize: "Letter", zoom: { scale: 100 } });
});

test("revert leaves alone a print name the user removed since the run", async () => {
  const { ctx, host } = await applied(true);
  delete layoutOf(ctx, "绩效指标").setPrintArea;
  expect((await host.revert()).kind).toBe("reverted");
  expect(layoutOf(ctx, "绩效指标")).toEqual({ paperSize: "Letter", zoom: { scale: 100 } });
});

test("the page layouts are read in the looks' sync: the run still takes 4 syncs", async () => {
  const { ctx } = await applied(true);
  expect(ctx.syncs).toBe(4);
});

test("without ExcelApi 1.9 nothing of the page is set", async () => {
  const { ctx, plan } = await applied(false);
  expect(layoutOf(ctx, plan.newSheets[0].name)).toEqual({});
  for (const name of ["支出", "绩效指标"]) expect(layoutOf(ctx, name)).toEqual({});
});

test("a zoom read with null fit options is a 100 % scale: fitted, and put back without the nulls", async () => {
  const { ctx, host } = await applied(true, (s) => {
    s.sheets.find((x) => x.name === "绩效指标")!.pageLayout = {
      zoom: { scale: 100, horizontalFitToPages: null, verticalFitToPages: null },
    };
  });
  expect(layoutOf(ctx, "绩效指标").zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  expect((await host.revert()).kind).toBe("reverted");
  expect(layoutOf(ctx, "绩效指标")).toEqual({ paperSize: "Letter", zoom: { scale: 100 } });
});

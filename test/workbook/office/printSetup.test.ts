/**
 * Print settings through Office.js on the fake: the summary prints its report column (its print
 * area A1:A…, the page A4 portrait one page wide); the user's evaluated sheets keep their page
 * layout untouched (the Office revert record holds none yet); nothing without ExcelApi 1.9.
 */
import { runEngine } from "../../../src/core/engine";
import { samplePreview } from "../../../src/workbook/memory";
import { createExcelHost } from "../../../src/workbook/office/excelHost";
import type { SettingsStore } from "../../../src/workbook/office/excelHost";
import { FakeContext, stateFrom } from "./fakeExcel";
import { MemorySettings } from "./fixtures";

async function applied(has19: boolean) {
  const data = samplePreview();
  const ctx = new FakeContext(stateFrom(data));
  const host = createExcelHost({
    run: ctx.run,
    settings: new MemorySettings() as unknown as SettingsStore,
    apply: { supports: (_set, version) => has19 || version !== "1.9" },
  });
  const plan = runEngine(data, { rules: "mof2020", lang: "zh-CN", summary: true }).plan;
  await host.read();
  await host.apply(plan);
  return { ctx, plan };
}

test("the summary's print area is its report column; the evaluated sheets are left as they were", async () => {
  const { ctx, plan } = await applied(true);
  const summary = plan.newSheets[0];
  const rows = summary.rowHeights!.length;
  const layout = ctx.state.sheets.find((s) => s.name === summary.name)!.pageLayout;
  expect(layout).toMatchObject({
    paperSize: "A4",
    orientation: "Portrait",
    zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    setPrintArea: [`A1:A${rows}`],
  });
  for (const name of ["支出", "绩效指标"])
    expect(ctx.state.sheets.find((s) => s.name === name)!.pageLayout).toEqual({});
});

test("without ExcelApi 1.9 nothing of the page is set", async () => {
  const { ctx, plan } = await applied(false);
  expect(ctx.state.sheets.find((s) => s.name === plan.newSheets[0].name)!.pageLayout).toEqual({});
});

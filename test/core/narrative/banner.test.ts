/**
 * The pane's reading of the stale banner (staleSummaries): on the sample's output recalculated by
 * LibreOffice it finds no stale summary; after a source figure is edited and the workbook
 * recalculated, it names the summary sheet. A user's sheet with "⚠" in A2 is not a summary.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { a1 } from "../../../src/core/cellRef";
import { BANNER_COL, BANNER_ROW, staleSummaries } from "../../../src/core/narrative/banner";
import { loadPackage } from "../../../src/workbook/ooxml";
import { evaluateFile, samplePath, tempDir } from "../../helpers/evaluateFile";
import { describeWithLibreOffice, recalculate } from "../../helpers/libreoffice";

test("a user's sheet with ⚠ in A2 and no banner formula is not a summary", () => {
  const rows = [[{ value: "标题" }], [{ value: "⚠ 注意" }]];
  expect(staleSummaries({ sheets: [{ name: "备注", rows, merges: [] }] })).toEqual([]);
  const banner = [
    [{ value: "标题" }],
    [{ value: "⚠ 数据已修改", formula: 'IF(COUNTIF($B$1:$B$2,"⚠")>0,"⚠ 数据已修改","")' }],
  ];
  expect(staleSummaries({ sheets: [{ name: "报告", rows: banner, merges: [] }] })).toEqual(["报告"]);
  expect(BANNER_ROW).toBe(1);
  expect(BANNER_COL).toBe(0);
});

describeWithLibreOffice("the stale banner as the pane reads it", () => {
  test("up to date: none; a source figure edited and recalculated: the summary sheet", async () => {
    const { result, output } = await evaluateFile(samplePath, { lang: "zh-CN" });
    const fresh = await loadPackage(await recalculate(output));
    expect(staleSummaries(fresh.data)).toEqual([]);

    const total = result.evaluations[0].budget?.lines.find((l) => l.level === 0);
    const table = result.tables.find((t) => t.kind === "budget");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    wb.getWorksheet("支出")!.getCell(a1((total?.row ?? 1) - 1, table?.columns.actual ?? 0)).value = 700;
    const edited = path.join(tempDir("pse-banner-"), "edited.xlsx");
    await wb.xlsx.writeFile(edited);
    const stale = await loadPackage(await recalculate(edited));
    expect(staleSummaries(stale.data)).toEqual(["绩效自评报告"]);
  });
});

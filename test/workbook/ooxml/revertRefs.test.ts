/**
 * Revert removes the summary sheet; a user's formula or defined name that came to refer to it
 * would otherwise point at a sheet that is not there (Excel repairs such a file). As Excel does when
 * a sheet is deleted, the reference becomes #REF!, and revert names what it changed.
 */
import * as fs from "fs";
import JSZip from "jszip";
import { runEngine } from "../../../src/core/engine";
import { cellAt } from "../../../src/core/grid";
import {
  applyPlanToPackage,
  applyPlanWithRecordToPackage,
  loadPackageBuffer,
  packageBuffer,
  revertPackage,
} from "../../../src/workbook/ooxml";
import { breakSheetRefs } from "../../../src/workbook/ooxml/sheetRefs";
import { samplePath } from "../../helpers/evaluateFile";

const options = { rules: "mof2020", lang: "zh-CN", summary: true } as const;

describe("breakSheetRefs", () => {
  const gone = new Set(["绩效自评报告", "my sheet"]);
  test.each([
    ["绩效自评报告!A1*2", "#REF!A1*2"],
    ["SUM('My Sheet'!A1:B2)+Other!A1", "SUM(#REF!A1:B2)+Other!A1"],
    ['"绩效自评报告!A1"&绩效自评报告!$B$3', '"绩效自评报告!A1"&#REF!$B$3'],
    ["[1]绩效自评报告!A1", undefined],
    ["#REF!A1", undefined],
    ["A1+B2", undefined],
    ["x绩效自评报告!A1", undefined],
  ])("%s", (formula, expected) => {
    expect(breakSheetRefs(formula, gone)).toBe(expected);
  });
});

test("revert: a user's formula and defined name on the summary become #REF!, and are reported", async () => {
  const doc = loadPackageBuffer(fs.readFileSync(samplePath));
  const plan = runEngine(doc.data, options).plan;
  const summary = plan.newSheets[0].name;
  const user = doc.data.sheets[0].name;
  applyPlanWithRecordToPackage(doc, plan);
  // The user, after the run: a cell on their own sheet and a defined name quote the summary.
  const edited = loadPackageBuffer(packageBuffer(doc));
  applyPlanToPackage(edited, {
    cells: [{ kind: "formula", sheet: user, row: 40, col: 0, formula: `'${summary}'!A1&"!"`, value: "x" }],
    conditionalFormats: [],
    newSheets: [],
    removeSheets: [],
  });
  const zip = await JSZip.loadAsync(packageBuffer(edited));
  const wbXml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    wbXml.replace(
      /<\/sheets>/,
      `</sheets><definedNames><definedName name="报告">'${summary}'!$A$1:$A$3</definedName><definedName name="Keep">'${user}'!$A$1</definedName></definedNames>`,
    ),
  );
  const back = loadPackageBuffer(await zip.generateAsync({ type: "nodebuffer" }));

  const result = revertPackage(back)!;
  expect(result.brokenRefs).toEqual([`${user}!A41`, "name 报告"]);
  const out = packageBuffer(back);
  const reverted = loadPackageBuffer(out);
  expect(reverted.data.sheets.map((s) => s.name)).not.toContain(summary);
  expect(cellAt(reverted.data.sheets[0], 40, 0)).toEqual({
    value: { error: "#REF!" },
    formula: '#REF!A1&"!"',
  });
  const names = await (await JSZip.loadAsync(out)).file("xl/workbook.xml")!.async("string");
  expect(names).toContain('<definedName name="报告">#REF!$A$1:$A$3</definedName>');
  expect(names).toContain(`<definedName name="Keep">'${user}'!$A$1</definedName>`);
});

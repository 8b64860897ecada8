/**
 * docProps/app.xml lists the sheets (TitlesOfParts, counted in HeadingPairs): after a run adds the
 * summary and the record sheet, and after revert removes them, the list and its counts follow the
 * workbook; a removed sheet's named ranges leave the list too.
 */
import * as fs from "fs";
import { runEngine } from "../../../src/core/engine";
import {
  applyPlanToPackage,
  applyPlanWithRecordToPackage,
  loadPackageBuffer,
  packageBuffer,
  revertPackage,
} from "../../../src/workbook/ooxml";
import { samplePath } from "../../helpers/evaluateFile";
import { handmadePackage, partText, worksheet } from "../../helpers/handmadePackage";

const options = { rules: "mof2020", lang: "zh-CN", summary: true } as const;

/** [label, titles] per HeadingPairs group, and the vector sizes as written. */
function listOf(app: string): { groups: [string, string[]][]; sizes: number[] } {
  const labels = [
    ...app.matchAll(/<vt:variant><vt:lpstr>([^<]*)<\/vt:lpstr><\/vt:variant><vt:variant><vt:i4>(\d+)</g),
  ];
  const titles = [...app.split("<TitlesOfParts>")[1].matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map(
    (m) => m[1],
  );
  let at = 0;
  const groups = labels.map((m): [string, string[]] => {
    const n = Number(m[2]);
    at += n;
    return [m[1], titles.slice(at - n, at)];
  });
  const sizes = [...app.matchAll(/<vt:vector size="(\d+)"/g)].map((m) => Number(m[1]));
  return { groups, sizes };
}

test("evaluate lists the added sheets; revert lists the original ones again", async () => {
  const input = fs.readFileSync(samplePath);
  const original = listOf((await partText(input, "docProps/app.xml"))!);
  const doc = loadPackageBuffer(input);
  const plan = runEngine(doc.data, options).plan;
  applyPlanWithRecordToPackage(doc, plan);
  const out = packageBuffer(doc);
  const after = listOf((await partText(out, "docProps/app.xml"))!);
  const names = loadPackageBuffer(out).data.sheets.map((s) => s.name);
  expect(after.groups).toEqual([["Worksheets", names]]);
  expect(after.sizes).toEqual([2, names.length]);

  const back = loadPackageBuffer(out);
  revertPackage(back);
  expect(listOf((await partText(packageBuffer(back), "docProps/app.xml"))!)).toEqual(original);
});

test("a removed sheet leaves the worksheet and named-range groups; counts follow", async () => {
  const app =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="4" baseType="variant">' +
    "<vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>" +
    "<vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant>" +
    '</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="4" baseType="lpstr">' +
    "<vt:lpstr>Old</vt:lpstr><vt:lpstr>Data</vt:lpstr><vt:lpstr>Old!Print_Area</vt:lpstr><vt:lpstr>Rate</vt:lpstr>" +
    "</vt:vector></TitlesOfParts><AppVersion>16.0300</AppVersion></Properties>";
  const sheet = worksheet("<sheetData/>");
  const buf = await handmadePackage(
    [
      { name: "Old", xml: sheet },
      { name: "Data", xml: sheet },
    ],
    { app },
  );
  const doc = loadPackageBuffer(buf);
  applyPlanToPackage(doc, {
    cells: [],
    conditionalFormats: [],
    removeSheets: ["Old"],
    newSheets: [
      {
        name: "报告",
        columnWidths: [70],
        pageSetup: { paper: "A4", orientation: "portrait", fitToWidth: true },
        cells: [],
      },
    ],
  });
  const out = listOf((await partText(packageBuffer(doc), "docProps/app.xml"))!);
  expect(out.groups).toEqual([
    ["工作表", ["Data", "报告"]],
    ["命名范围", ["Rate"]],
  ]);
  expect(out.sizes).toEqual([4, 3]);
});

/**
 * The below-target marking colours the row's own cells: never a merged cell spanning several rows
 * (a 一级/二级 block shared with rows that met their target), which Excel would colour whole by its
 * top row's condition. Over the sample, every fixture and the real tables.
 */
import * as path from "path";
import { runEngine } from "../../../src/core/engine";
import type { Area } from "../../../src/core/grid";
import { loadPackage } from "../../../src/workbook/ooxml";
import { corpusFiles, samplePath } from "../../helpers/evaluateFile";

const inputs = corpusFiles();

const meets = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

test("no marked area covers a merge of several rows; every marked row keeps its own cells", async () => {
  const found: string[] = [];
  let withBlocks = 0;
  for (const file of inputs) {
    const doc = await loadPackage(file);
    const { plan } = runEngine(doc.data, { rules: "mof2020", lang: "zh-CN" });
    const tall = new Map(
      doc.data.sheets.map((g) => [g.name, g.merges.filter((m) => m.bottom > m.top)] as const),
    );
    for (const cf of plan.conditionalFormats) {
      const merges = tall.get(cf.sheet) ?? [];
      for (const m of merges)
        if (meets(cf.area, m)) found.push(`${path.basename(file)} ${cf.sheet} ${JSON.stringify(m)}`);
    }
    if ([...tall.values()].some((ms) => ms.length > 0) && plan.conditionalFormats.length > 0) withBlocks++;
  }
  expect(found.slice(0, 5)).toEqual([]);
  expect(withBlocks).toBeGreaterThan(5);
});

test("the sample's below-target rows are marked from the indicator name to the flag column", async () => {
  const doc = await loadPackage(samplePath);
  const { plan } = runEngine(doc.data, { rules: "mof2020", lang: "zh-CN" });
  // Row 16 (绩效指标!F16) is below target; its merged 一级 cell A3:A15… is not its own.
  const covering = plan.conditionalFormats.filter((f) => f.area.top <= 15 && f.area.bottom >= 15);
  const cols = new Set(
    covering.flatMap((f) =>
      Array.from({ length: f.area.right - f.area.left + 1 }, (_, i) => f.area.left + i),
    ),
  );
  expect(cols.size).toBeGreaterThan(5);
});

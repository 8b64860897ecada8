/**
 * What the tool wrote is plain to see: every formula it put in a user's sheet wears a light fill and
 * the named cell style 绩效自评公式, the unit's own cells do not, the summary sheet says so in one
 * line, and appended columns carry the table's borders and header look. Read back from the package.
 */
import * as fs from "fs";
import * as path from "path";
import { runEngine } from "../../../src/core/engine";
import { COMPUTED_STYLE_NAME } from "../../../src/core/plan/cellLooks";
import { mainChild } from "../../../src/workbook/ooxml/children";
import { applyPlanWithRecordToPackage, loadPackageBuffer, packageBuffer } from "../../../src/workbook/ooxml";
import { samplePath } from "../../helpers/evaluateFile";

const attrOf = (a: string, n: string): string | undefined =>
  new RegExp(`(?:^|\\s)${n}\\s*=\\s*"([^"]*)"`).exec(a)?.[1];
const items = (xml: string, name: string, item: string): string[] =>
  (mainChild(xml, name)?.inner ?? "").match(
    new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g"),
  ) ?? [];

function evaluated(file: string) {
  const input = loadPackageBuffer(fs.readFileSync(file), path.basename(file));
  const result = runEngine(input.data, { rules: "mof2020", lang: "zh-CN", summary: true });
  applyPlanWithRecordToPackage(input, result.plan);
  const doc = loadPackageBuffer(packageBuffer(input), path.basename(file));
  const styles = doc.pkg.text(doc.stylesPath!)!;
  const xfs = items(styles, "cellXfs", "xf");
  const fills = items(styles, "fills", "fill");
  const borders = items(styles, "borders", "border");
  const named = items(styles, "cellStyles", "cellStyle").find(
    (s) => attrOf(s, "name") === COMPUTED_STYLE_NAME,
  );
  /** The style of each cell of a sheet, by A1 reference. */
  const cellStyles = (sheet: string): Map<string, number> => {
    const entry = doc.sheets.find((s) => s.name === sheet)!;
    const xml = doc.pkg.text(entry.path!)!;
    return new Map(
      [...xml.matchAll(/<c\b([^>]*?)(?:\/>|>)/g)].map((m) => [
        attrOf(m[1], "r")!,
        Number(attrOf(m[1], "s") ?? 0),
      ]),
    );
  };
  return { result, doc, xfs, fills, borders, named, cellStyles };
}

const isComputed = (xf: string, xfId: string | undefined, fills: string[]): boolean =>
  attrOf(xf, "xfId") === xfId && /FFF2CC/.test(fills[Number(attrOf(xf, "fillId"))] ?? "");

test("the sample: every formula cell it wrote is tinted and in the named style; no cell of the unit's is", () => {
  const { result, xfs, fills, named, cellStyles } = evaluated(samplePath);
  expect(named).toBeDefined();
  const xfId = attrOf(named!, "xfId");
  const written = new Set(
    result.plan.cells
      .filter((c) => c.kind === "formula")
      .map((c) => `${c.sheet}\u0000${c.row}\u0000${c.col}`),
  );
  let tinted = 0;
  for (const sheet of new Set(result.plan.cells.map((c) => c.sheet))) {
    for (const [ref, s] of cellStyles(sheet)) {
      const m = /^([A-Z]+)(\d+)$/.exec(ref)!;
      const col = [...m[1]].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      const ours = written.has(`${sheet}\u0000${Number(m[2]) - 1}\u0000${col}`);
      expect([sheet, ref, isComputed(xfs[s], xfId, fills)]).toEqual([sheet, ref, ours]);
      if (ours) tinted++;
    }
  }
  expect(tinted).toBe(written.size);
  expect(tinted).toBeGreaterThan(20);
});

test("the summary sheet has a one-line legend naming the look", () => {
  const { result } = evaluated(samplePath);
  const summary = result.plan.newSheets[0];
  const legend = summary.cells.filter((c) => c.style === "legend");
  expect(legend).toHaveLength(1);
  expect(legend[0].kind === "text" && legend[0].text).toMatch(/浅黄底色.*绩效自评公式.*未达标/);
});

test("appended columns carry the table's header look and borders", () => {
  // The sample's indicator table, ruled in thin lines, gets 完成率 and 核查标记 right of its last column.
  const { result, xfs, cellStyles } = evaluated(samplePath);
  const headers = result.plan.cells.filter((c) => c.kind === "text" && c.style === "header" && c.borrow);
  expect(headers.length).toBeGreaterThan(0);
  let bordered = 0;
  for (const h of headers) {
    const styles = cellStyles(h.sheet);
    const ref = (r: number, c: number) => `${String.fromCharCode(65 + c)}${r + 1}`;
    const own = styles.get(ref(h.row, h.col))!;
    const table = styles.get(ref(h.borrow!.row, h.borrow!.col))!;
    expect(own).toBe(table);
    const cells = result.plan.cells.filter(
      (c) => c.kind === "formula" && c.sheet === h.sheet && c.col === h.col,
    );
    expect(cells.length).toBeGreaterThan(0);
    for (const c of cells) {
      const left = xfs[styles.get(ref(c.row, h.borrow!.col)) ?? 0];
      const mine = xfs[styles.get(ref(c.row, c.col))!];
      expect([ref(c.row, c.col), attrOf(mine, "borderId")]).toEqual([
        ref(c.row, c.col),
        attrOf(left, "borderId"),
      ]);
      if ((attrOf(mine, "borderId") ?? "0") !== "0") bordered++;
    }
  }
  expect(bordered).toBeGreaterThan(0);
});

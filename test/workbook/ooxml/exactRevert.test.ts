/**
 * Revert is exact: the restored workbook's cells (value, formula, style index, and which cells
 * exist at all), rows, styles, merges, conditional formats, dimensions, print settings (sheetPr,
 * pageSetup) and defined names (print areas and titles among them) equal the
 * original's, for the sample, every fixture, the real tables and the Excel-like fixtures, after
 * one run and after two (a rerun with the other language appends nothing new, but records again).
 */
import * as fs from "fs";
import * as path from "path";
import { runEngine } from "../../../src/core/engine";
import { mainChild } from "../../../src/workbook/ooxml/children";
import {
  applyPlanWithRecordToPackage,
  loadPackageBuffer,
  packageBuffer,
  revertPackage,
} from "../../../src/workbook/ooxml";
import { corpusFiles, fixturesDir, xlsxIn } from "../../helpers/evaluateFile";

const inputs = [...corpusFiles(), ...xlsxIn(path.join(fixturesDir, "excel-like"))];

const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?c>)/g;
const ROW = /<(?:[\w.-]+:)?row\b([^>]*?)\/?>/g;
const attrOf = (a: string, n: string): string | undefined =>
  new RegExp(`(?:^|\\s)${n}\\s*=\\s*"([^"]*)"`).exec(a)?.[1];

/** Everything revert must give back, in comparable form. */
function snapshot(buf: Buffer, name: string): Record<string, unknown> {
  const doc = loadPackageBuffer(buf, name);
  const out: Record<string, unknown> = {};
  for (const s of doc.sheets) {
    if (!s.path) continue;
    const xml = doc.pkg.text(s.path) ?? "";
    const grid = doc.data.sheets.find((g) => g.name === s.name);
    const cells: Record<string, unknown> = {};
    let m: RegExpExecArray | null;
    CELL.lastIndex = 0;
    while ((m = CELL.exec(xml))) {
      const ref = attrOf(m[1], "r") ?? "?";
      cells[ref] = attrOf(m[1], "s") ?? "0";
    }
    const rows: string[] = [];
    ROW.lastIndex = 0;
    while ((m = ROW.exec(xml))) rows.push(m[1].replace(/\s*spans="[^"]*"/, "").trim());
    const tail = xml.slice(xml.search(/<\/(?:[\w.-]+:)?sheetData>|<(?:[\w.-]+:)?sheetData\/>/));
    out[s.name] = {
      cells,
      rows,
      values: grid?.rows.map((r) =>
        r?.map((c) => (c ? [c.value, c.formula ?? null, c.numFmt ?? null] : null)),
      ),
      merges: grid?.merges,
      formats: tail.match(
        /<(?:[\w.-]+:)?conditionalFormatting\b[\s\S]*?<\/(?:[\w.-]+:)?conditionalFormatting>/g,
      ),
      dimension: /<(?:[\w.-]+:)?dimension\b[^>]*>/.exec(xml)?.[0] ?? null,
      // Print settings (printSetup.ts): the elements a run sets where the user set none.
      sheetPr: /<(?:[\w.-]+:)?sheetPr\b(?:[^>]*\/>|[\s\S]*?<\/(?:[\w.-]+:)?sheetPr>)/.exec(xml)?.[0] ?? null,
      pageSetup: /<(?:[\w.-]+:)?pageSetup\b[^>]*>/.exec(xml)?.[0] ?? null,
    };
  }
  const wb = doc.pkg.text(doc.workbookPath) ?? "";
  out["definedNames"] = mainChild(wb, "definedNames")?.inner ?? null;
  out["sheets"] = doc.sheets.map((s) => s.name);
  // Style indexes are kept, so the original's cell formats must still be the first ones, unchanged.
  const styles = doc.stylesPath ? (doc.pkg.text(doc.stylesPath) ?? "") : "";
  out["cellXfs"] = mainChild(styles, "cellXfs")?.inner;
  return out;
}

function evaluate(buf: Buffer, name: string, lang: "zh-CN" | "en-US", review = false): Buffer {
  const doc = loadPackageBuffer(buf, name);
  const options = { rules: "mof2020", lang, summary: true, ...(review ? { review } : {}) } as const;
  applyPlanWithRecordToPackage(doc, runEngine(doc.data, options).plan);
  return packageBuffer(doc);
}

function revert(buf: Buffer, name: string): Buffer {
  const doc = loadPackageBuffer(buf, name);
  expect(revertPackage(doc)).not.toBeNull();
  return packageBuffer(doc);
}

/** The original's cellXfs are a prefix of the restored ones (a run only appends formats). */
function withOriginalXfs(restored: Record<string, unknown>, original: Record<string, unknown>) {
  const a = String(restored["cellXfs"] ?? "");
  const b = String(original["cellXfs"] ?? "");
  return { ...restored, cellXfs: a.startsWith(b) ? b : a };
}

test.each(inputs.map((f) => [path.relative(fixturesDir, f), f]))("revert of %s is exact", (name, file) => {
  const input = fs.readFileSync(file);
  const before = snapshot(input, name);
  const once = evaluate(input, name, "zh-CN");
  expect(withOriginalXfs(snapshot(revert(once, name), name), before)).toEqual(before);
  const twice = evaluate(once, name, "zh-CN");
  expect(withOriginalXfs(snapshot(revert(twice, name), name), before)).toEqual(before);
});

// Review mode's columns (复核得分, 复核扣分原因, 偏离度) are tool cells like the others: revert removes them exactly.
test.each(inputs.map((f) => [path.relative(fixturesDir, f), f]))(
  "review mode: revert of %s is exact",
  (name, file) => {
    const input = fs.readFileSync(file);
    const before = snapshot(input, name);
    const once = evaluate(input, name, "zh-CN", true);
    expect(withOriginalXfs(snapshot(revert(once, name), name), before)).toEqual(before);
    const twice = evaluate(once, name, "zh-CN", true);
    expect(withOriginalXfs(snapshot(revert(twice, name), name), before)).toEqual(before);
  },
);

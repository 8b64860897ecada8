/**
 * Printing, as LibreOffice prints it: the sample and a real table, evaluated in zh-CN and en-US,
 * converted to PDF (soffice --convert-to pdf; pdfinfo and pdftotext from poppler-utils). Every page
 * is A4 portrait; each evaluated table's header prints whole on one page — its first and its last
 * column (the run's appended ones included) on the same page, so no column prints on a page of its
 * own — and the summary's title and headings print. The input as it was splits the sample's
 * indicator table over pages, which shows the check can fail.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import type { WorkbookData } from "../../../src/core/grid";
import { cellAt } from "../../../src/core/grid";
import type { NewSheet } from "../../../src/core/plan/writePlan";
import type { TableMapping } from "../../../src/core/types";
import { loadPackage } from "../../../src/workbook/ooxml";
import { evaluateFile, fixturesDir, samplePath } from "../../helpers/evaluateFile";
import { convertToPdf, describeWithLibreOffice } from "../../helpers/libreoffice";

const squeeze = (s: string): string => s.replace(/\s+/g, "");

function pages(pdf: string): { sizes: string[]; texts: string[] } {
  const info = spawnSync("pdfinfo", ["-f", "1", "-l", "9999", pdf], { encoding: "utf8" }).stdout;
  const sizes = Array.from(info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm), (m) => m[1]);
  const texts = sizes.map(
    (_, i) =>
      spawnSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"], {
        encoding: "utf8",
      }).stdout,
  );
  return { sizes, texts };
}

/**
 * A header cell's label as a probe of the page text: its first word (its first four characters, in
 * Chinese), which a wrapped header cell prints on one line.
 */
const label = (v: string): string => squeeze(v.trim().split(/[\s(（]/)[0]).slice(0, 4);

/** The header's labels from left to right (the header rows' cells with text, leftmost per column). */
function headerLabels(data: WorkbookData, t: TableMapping): string[] {
  const grid = data.sheets.find((g) => g.name === t.sheet)!;
  const byCol = new Map<number, string>();
  for (let r = t.headerTop; r <= t.headerBottom; r++)
    for (let c = 0; c < (grid.rows[r]?.length ?? 0); c++) {
      const v = cellAt(grid, r, c)?.value;
      if (typeof v === "string" && v.trim() !== "" && !byCol.has(c)) byCol.set(c, label(v));
    }
  return [...byCol].sort((a, b) => a[0] - b[0]).map(([, l]) => l);
}

/**
 * Pages of the table's sheet that hold its last column's label but not its first one: a column
 * printed apart from the rows it belongs to. `pages` are the evaluated sheets' pages only.
 */
function splitPages(texts: readonly string[], labels: readonly string[]): number[] {
  const first = labels[0];
  const last = labels[labels.length - 1];
  const holding = texts.map((t, i) => [squeeze(t), i] as const).filter(([t]) => t.includes(last));
  expect(holding.length).toBeGreaterThan(0);
  return holding.filter(([t]) => !t.includes(first)).map(([, i]) => i);
}

/** The summary's column A as shown: every line of the report. */
function summaryLines(sheet: NewSheet): string[] {
  return sheet.cells
    .filter((c) => c.col === 0)
    .map((c) => (c.kind === "text" ? c.text : String(c.value ?? "")))
    .filter((t) => t.trim() !== "");
}

const real = path.join(fixturesDir, "real", "sichuan-zhongjiang-slj-2022-project.xlsx");

describeWithLibreOffice("printing the evaluated workbook (LibreOffice to PDF)", () => {
  test.each([
    ["the sample", "zh-CN", samplePath],
    ["the sample", "en-US", samplePath],
    ["a real table", "zh-CN", real],
    ["a real table", "en-US", real],
  ] as const)(
    "%s in %s: A4 portrait, every table's columns together, the summary uncut",
    async (_n, lang, file) => {
      const { result, output } = await evaluateFile(file, { lang });
      const { sizes, texts } = pages(await convertToPdf(output));
      for (const s of sizes) expect(s).toMatch(/^595\.\d+ x 841\.\d+ pts \(A4\)/);
      // Sheets print in order; the summary is the last one printed (the record sheet is very hidden).
      const summary = result.plan.newSheets[0];
      const lines = summaryLines(summary);
      const from = texts.findIndex((t) => squeeze(t).includes(squeeze(lines[0])));
      expect(from).toBeGreaterThan(0);
      const data = (await loadPackage(output)).data;
      for (const t of result.tables)
        expect({ table: t.sheet, split: splitPages(texts.slice(0, from), headerLabels(data, t)) }).toEqual({
          table: t.sheet,
          split: [],
        });
      // Every line of the report prints whole: nothing runs past column A, the print area.
      const printed = squeeze(texts.slice(from).join(""));
      expect(lines.map(squeeze).filter((l) => !printed.includes(l))).toEqual([]);
      // The stale checks in column B are not printed.
      expect(printed).not.toContain("⚠");
    },
    240_000,
  );

  test("the sample as it was (no print settings of the run) splits its indicator table's columns", async () => {
    const { result } = await evaluateFile(samplePath);
    const before = (await loadPackage(samplePath)).data;
    const t = result.tables.find((x) => x.kind === "indicator")!;
    const { texts } = pages(await convertToPdf(samplePath));
    // The input has no summary: every page is the tables'.
    expect(splitPages(texts, headerLabels(before, t)).length).toBeGreaterThan(0);
  }, 240_000);
});

/**
 * --overwrite replaces the unit's cells the tool owns with formulas, but never a cell the row's own
 * score is read from: on every real table, fixture and the sample, no written formula depends on
 * itself (a circular reference reads 0 in Excel and LibreOffice), and LibreOffice recalculates the
 * overwritten tables to the engine's figures.
 */
import * as path from "path";
import { runEngine, type RunResult } from "../../src/core/engine";
import { columnIndex } from "../../src/core/cellRef";
import { loadPackage } from "../../src/workbook/ooxml";
import { corpusFiles, evaluateFile, repoRoot } from "../helpers/evaluateFile";
import { formulasLibreOfficeDisagreesWith, writtenFormulas } from "../helpers/formulaCheck";
import { describeWithLibreOffice } from "../helpers/libreoffice";

const REAL_DIR = path.join(repoRoot, "test", "fixtures", "real");
const INPUTS = corpusFiles();

const REF =
  /(?:'((?:[^']|'')+)'|([A-Za-z_\u4e00-\u9fff][\w.\u4e00-\u9fff]*))?(!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![\w(])/g;

/** The cells a formula reads, as "sheet\0row\0col" keys (ranges expanded), string literals skipped. */
function readsOf(sheet: string, formula: string): string[] {
  const out: string[] = [];
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of code.matchAll(REF)) {
    const on = m[3] ? (m[1]?.replace(/''/g, "'") ?? m[2]) : sheet;
    if (!m[3] && m[2]) continue; // a function or name followed by digits, not a reference
    const [c1, r1] = [columnIndex(m[4]), Number(m[5]) - 1];
    const [c2, r2] = m[6] ? [columnIndex(m[6]), Number(m[7]) - 1] : [c1, r1];
    for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
      for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) out.push(`${on}\u0000${r}\u0000${c}`);
  }
  return out;
}

/** The written formulas that reach themselves through other written formulas. */
function circular(result: RunResult): string[] {
  const deps = new Map<string, string[]>();
  for (const w of writtenFormulas(result))
    deps.set(`${w.sheet}\u0000${w.row}\u0000${w.col}`, readsOf(w.sheet, w.formula));
  const state = new Map<string, "open" | "done">();
  const found: string[] = [];
  const visit = (k: string, trail: string[]): void => {
    if (state.get(k) === "done") return;
    if (state.get(k) === "open") {
      found.push([...trail.slice(trail.indexOf(k)), k].map((x) => x.split("\u0000").join(":")).join(" -> "));
      return;
    }
    state.set(k, "open");
    for (const d of deps.get(k) ?? []) if (deps.has(d)) visit(d, [...trail, k]);
    state.set(k, "done");
  };
  for (const k of deps.keys()) visit(k, []);
  return found;
}

test("the reference reader finds same-sheet, other-sheet and range references", () => {
  expect(readsOf("S", `IFERROR(N(C5)/'绩 效'!$D$7+SUM(A1:A2),"B9")`)).toEqual([
    "S\u00004\u00002",
    "绩 效\u00006\u00003",
    "S\u00000\u00000",
    "S\u00001\u00000",
  ]);
});

test.each(INPUTS.map((f) => [path.basename(f), f]))(
  "%s: no formula reads itself, with --overwrite and without",
  async (_n, file) => {
    const doc = await loadPackage(file);
    for (const overwrite of [false, true]) {
      const result = runEngine(doc.data, {
        rules: "mof2020",
        lang: "zh-CN",
        summary: true,
        review: true,
        overwrite,
      });
      expect([overwrite, circular(result)]).toEqual([overwrite, []]);
    }
  },
);

describeWithLibreOffice("--overwrite, recalculated", () => {
  // 松江 types its scores in the 得分 column itself and scores qualitative rows by them.
  const SONGJIANG = path.join(REAL_DIR, "shanghai-songjiang-jiuting-2020-project.xlsx");
  test("松江 with --overwrite: LibreOffice gives the engine's figure in every formula", async () => {
    const run = await evaluateFile(SONGJIANG, { overwrite: true, review: true });
    expect(await formulasLibreOfficeDisagreesWith(run.result, run.output)).toEqual([]);
  }, 120_000);
});

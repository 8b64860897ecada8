/**
 * Runs the engine over real tables and prints what it found beside the hand computation:
 *
 *   npx tsc -p tsconfig.cli.json && node build/cli/scripts/show-real.js [NAME ...]
 *
 * Builds each workbook from its script (no file written), reads it through the package adapter.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { displayRef } from "../src/core/cellRef";
import { runEngine } from "../src/core/engine";
import { loadPackage } from "../src/workbook/ooxml";
import { buildFixtureWorkbook } from "./make-fixtures";
import { writeWorkbook } from "./make-sample";
import { compareExpected } from "./fixtures/real/compare";
import { realFixtures } from "./fixtures/real";

async function main(only: readonly string[]): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pse-real-"));
  let failed = 0;
  for (const f of realFixtures()) {
    if (only.length > 0 && !only.includes(f.name)) continue;
    const file = path.join(dir, `${f.name}.xlsx`);
    await writeWorkbook(buildFixtureWorkbook(f), file);
    const doc = await loadPackage(file);
    const result = runEngine(doc.data, { rules: f.expected.rules, lang: "zh-CN" });
    console.log(`\n== ${f.name} (${f.source.province} ${f.source.year} ${f.source.kind})`);
    for (const ev of result.evaluations) {
      console.log(
        `  total ${ev.totalScore} ${ev.grade}  stated ${ev.reportedTotal}  execution ${ev.budget?.executionRate ?? "-"} score ${ev.budget?.executionScore ?? "-"}`,
      );
      for (const l of ev.budget?.lines ?? [])
        console.log(`    line ${l.sheet}!${l.row} "${l.name}" rate ${l.rate} weight ${l.weight}`);
      for (const x of ev.indicators)
        console.log(
          `    ind ${x.sheet}!${x.row} "${x.name}" w ${x.weight} score ${x.score}${x.belowTarget ? " BELOW" : ""}`,
        );
    }
    for (const fl of result.flags) console.log(`  flag ${fl.code} @ ${displayRef(fl.cell)}: ${fl.message}`);
    const diffs = compareExpected(f.expected, result);
    if (diffs.length > 0) failed++;
    console.log(
      diffs.length === 0 ? "  OK: as computed by hand" : diffs.map((d) => `  DIFF ${d}`).join("\n"),
    );
  }
  return failed;
}

main(process.argv.slice(2)).then(
  (failed) => {
    console.log(`\n${failed} table(s) differ from the hand computation`);
  },
  (e) => {
    console.error(e);
    process.exit(1);
  },
);

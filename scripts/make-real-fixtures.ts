/**
 * Writes test/fixtures/real/NAME.xlsx for every real table in scripts/fixtures/real/: data in,
 * xlsx out, with ExcelJS directly. The expectations stay in the scripts (the test imports them).
 *
 *   npx tsc -p tsconfig.cli.json && node build/cli/scripts/make-real-fixtures.js [OUT_DIR] [NAME ...]
 */
import * as path from "path";
import { buildFixtureWorkbook } from "./make-fixtures";
import { repoRoot, writeWorkbook } from "./make-sample";
import { realFixtures } from "./fixtures/real";

export async function writeRealFixtures(
  outDir = path.join(repoRoot(), "test", "fixtures", "real"),
  only: readonly string[] = [],
): Promise<string[]> {
  const files: string[] = [];
  for (const f of realFixtures()) {
    if (only.length > 0 && !only.includes(f.name)) continue;
    const file = path.join(outDir, `${f.name}.xlsx`);
    await writeWorkbook(buildFixtureWorkbook(f), file);
    files.push(file);
  }
  return files;
}

if (require.main === module) {
  const [out, ...only] = process.argv.slice(2);
  writeRealFixtures(out && out !== "-" ? path.resolve(out) : undefined, only).then(
    (files) => console.log(files.map((f) => `wrote ${path.relative(process.cwd(), f)}`).join("\n")),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}

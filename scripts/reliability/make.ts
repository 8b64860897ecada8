/**
 * Writes every reliability case's workbook to a folder, for looking at by hand or running the
 * command line on (the tests build them in a temp dir themselves; nothing is committed):
 *
 *   npx tsc -p tsconfig.cli.json && node build/cli/scripts/reliability/make.js [OUT_DIR]
 */
import * as fs from "fs";
import * as path from "path";
import { CASES } from "./index";

/** Builds each case into `dir` as ID.xlsx; returns the paths, in catalogue order. */
export async function writeCases(dir: string): Promise<Map<string, string>> {
  fs.mkdirSync(dir, { recursive: true });
  const files = new Map<string, string>();
  for (const c of CASES) {
    const file = path.join(dir, `${c.id}.xlsx`);
    fs.writeFileSync(file, await c.build());
    files.set(c.id, file);
  }
  return files;
}

if (require.main === module) {
  const dir = process.argv[2] ?? "out/reliability";
  void writeCases(dir).then((files) => console.log(`${files.size} workbooks in ${dir}`));
}

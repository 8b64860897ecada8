/**
 * A second floor, for the command line's own I/O: reads IN with the package adapter (every sheet
 * scanned into grids) and saves it as OUT with no plan applied. The command line's time over this
 * one is what the engine and the writes cost.
 *
 *   node build/bench/bench/floorPackage.js IN.xlsx OUT.xlsx
 */
import { loadPackage, savePackage } from "../src/workbook/ooxml";

async function main(input: string, output: string): Promise<void> {
  await savePackage(await loadPackage(input), output);
}

main(process.argv[2], process.argv[3]).catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});

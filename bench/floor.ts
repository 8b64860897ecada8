/**
 * The floor: what any command line built on ExcelJS must pay. Loads IN with ExcelJS and saves it as
 * OUT (through a buffer and a file write, as the command line's saveXlsx does), nothing else.
 *
 *   node build/bench/bench/floor.js IN.xlsx OUT.xlsx
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";

async function main(input: string, output: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await fs.readFile(input)) as unknown as ExcelJS.Buffer);
  const buf = await wb.xlsx.writeBuffer();
  await fs.writeFile(output, Buffer.from(buf as ArrayBuffer));
}

main(process.argv[2], process.argv[3]).catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});

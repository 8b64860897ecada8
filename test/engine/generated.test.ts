/**
 * The committed sample and fixtures are what their scripts write: regenerate into a temp dir and
 * compare every cell (value, number format), the merges and the expected JSON.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { SAMPLE_FILE, writeSample } from "../../scripts/make-sample";
import { FIXTURES, writeFixtures } from "../../scripts/make-fixtures";

const ROOT = path.resolve(__dirname, "../..");

async function contents(file: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((ws) => {
    const cells: [string, unknown, string | undefined][] = [];
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master !== cell) return;
        cells.push([cell.address, cell.value, cell.numFmt]);
      }),
    );
    const merges = Object.keys((ws as unknown as { _merges: Record<string, unknown> })._merges).sort();
    return { name: ws.name, cells, merges };
  });
}

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "perf-samples-"));
  await writeSample(path.join(dir, "samples"));
  await writeFixtures(path.join(dir, "fixtures"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the sample matches scripts/make-sample.ts", async () => {
  expect(await contents(path.join(ROOT, "samples", SAMPLE_FILE))).toEqual(
    await contents(path.join(dir, "samples", SAMPLE_FILE)),
  );
});

test.each(FIXTURES.map((f) => f.name))("fixture %s matches scripts/make-fixtures.ts", async (name) => {
  expect(await contents(path.join(ROOT, "test", "fixtures", `${name}.xlsx`))).toEqual(
    await contents(path.join(dir, "fixtures", `${name}.xlsx`)),
  );
  expect(fs.readFileSync(path.join(ROOT, "test", "fixtures", `${name}.expected.json`), "utf8")).toBe(
    fs.readFileSync(path.join(dir, "fixtures", `${name}.expected.json`), "utf8"),
  );
});

test("no stale fixture files", () => {
  const want = new Set(FIXTURES.flatMap((f) => [`${f.name}.xlsx`, `${f.name}.expected.json`]));
  const have = fs
    .readdirSync(path.join(ROOT, "test", "fixtures"))
    .filter((f) => f.endsWith(".xlsx") || f.endsWith(".json"));
  expect(have.filter((f) => !want.has(f))).toEqual([]);
});

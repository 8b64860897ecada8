/**
 * Converts samples/zengcheng-cast-2021.xlsx into src/workbook/memory/sampleData.json, the preview
 * workbook bundled into the task pane. Test/build-time only: it uses the ExcelJS reader, which must
 * never enter the bundle. Run through its test:
 *   UPDATE_SAMPLE_JSON=1 npx jest test/workbook/memory/sampleData.test.ts
 */
import { promises as fs } from "fs";
import path from "path";
import { toWorkbookJson, type WorkbookJson } from "../../../src/workbook/memory/sampleJson";
import { loadPackage } from "../../../src/workbook/ooxml";

const root = path.resolve(__dirname, "../../..");
export const SAMPLE_XLSX = "samples/zengcheng-cast-2021.xlsx";
export const SAMPLE_JSON = "src/workbook/memory/sampleData.json";

/** One row per line, so that a change of the sample reads as a small diff. */
export function formatWorkbookJson(json: WorkbookJson): string {
  const sheets = json.sheets.map((s) => {
    const head = JSON.stringify({ ...s, rows: undefined }).replace(/}$/, "");
    const rows = s.rows.map((r) => "   " + JSON.stringify(r)).join(",\n");
    return `  ${head},"rows":[\n${rows}\n  ]}`;
  });
  return `{"source":${JSON.stringify(json.source)},"sheets":[\n${sheets.join(",\n")}\n]}\n`;
}

export async function makeSampleJson(): Promise<string> {
  const doc = await loadPackage(path.join(root, SAMPLE_XLSX));
  return formatWorkbookJson(toWorkbookJson(doc.data, SAMPLE_XLSX));
}

export async function writeSampleJson(): Promise<void> {
  await fs.writeFile(path.join(root, SAMPLE_JSON), await makeSampleJson(), "utf8");
}

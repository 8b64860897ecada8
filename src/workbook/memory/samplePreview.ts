/**
 * The workbook the task pane shows in preview mode (a plain browser, outside Excel): the bundled
 * sample samples/zengcheng-cast-2021.xlsx, converted at build time into sampleData.json so that
 * ExcelJS never enters the bundle. test/workbook/memory/sampleData.test.ts holds the JSON equal to
 * a fresh conversion of the xlsx (regenerate: UPDATE_SAMPLE_JSON=1 npx jest test/workbook/memory).
 */
import type { WorkbookData } from "../../core/grid";
import sample from "./sampleData.json";
import { fromWorkbookJson, type WorkbookJson } from "./sampleJson";

export function samplePreview(): WorkbookData {
  return fromWorkbookJson(sample as unknown as WorkbookJson);
}

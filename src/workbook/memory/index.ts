/** The in-memory workbook: preview mode of the task pane, and tests. */
export { MemoryWorkbook } from "./memoryWorkbook";
export { samplePreview } from "./samplePreview";
export { fromWorkbookJson, toWorkbookJson, type WorkbookJson, type SheetJson } from "./sampleJson";

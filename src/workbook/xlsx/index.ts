/** The ExcelJS adapter: read an .xlsx into grids, apply a WritePlan, write it back. */
export {
  loadXlsx,
  loadXlsxBuffer,
  workbookToData,
  worksheetToGrid,
  dateToSerial,
  isDateNumFmt,
  XlsxError,
  type XlsxDocument,
} from "./readXlsx";
export { applyPlanToXlsx } from "./applyPlan";
export { saveXlsx, toBuffer } from "./writeXlsx";
export { slideFormula } from "./sharedFormula";
export { applyPlanWithRecord, readRevertRecord, revertXlsx, writeRevertRecord } from "./revert";

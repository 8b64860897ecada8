/** The Office.js adapter: the only code that touches the Excel and Office globals. */
export {
  createExcelHost,
  parseSettings,
  SETTINGS_KEY,
  type BatchRunner,
  type ExcelHostDeps,
  type SettingsStore,
} from "./excelHost";
export { readWorkbook, cellFrom, type ReadOptions } from "./readWorkbook";
export { applyPlan, planOps, type ApplyOptions, type ExcelApplyOutcome } from "./applyPlan";
export { revertWorkbook, type RevertOptions, type Reverted } from "./revertWorkbook";
export { hasRevertRecord } from "./recordSheet";
export { toHostError } from "./errors";
export { PAYLOAD_BUDGET, needsTextFormat } from "./writeBatch";
export { officeSupports, type Supports } from "./requirements";

/** The revert record: what a run replaced, so that revert restores the workbook before the first run. */
export {
  REVERT_SHEET,
  RECORD_CHUNK_CHARS,
  beforeOf,
  hasFormat,
  parseRecord,
  recordChunksOf,
  recordFor,
  recordFromData,
  serializeRecord,
  sheetKey,
  withoutRecordSheet,
  type CellBefore,
  type RecordedCell,
  type RecordedDimension,
  type RecordedFormat,
  type RecordedPrint,
  type RevertRecord,
} from "./revertRecord";
export { isRecordedLook, lookOfRecorded, withLooks, type LookValue, type RecordedLook } from "./officeLooks";
export {
  isRecordedPage,
  mergePages,
  type PrintName,
  type RecordedPage,
  type RecordedZoom,
} from "./officePages";

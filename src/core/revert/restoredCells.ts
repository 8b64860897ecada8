/**
 * Which recorded cells a revert puts back, so that every adapter — the command line's package
 * adapter, Office.js and the pane's in-memory preview — reports the same count of restored cells.
 */
import { sheetKey, type RecordedCell, type RevertRecord } from "./revertRecord";

/**
 * The record's cells on sheets that are still there and that the product did not add: a sheet it
 * added is removed whole, and a cell of a sheet the user deleted has nowhere to go back to.
 */
export function restoredCells(record: RevertRecord, sheetNames: Iterable<string>): RecordedCell[] {
  const present = new Set(Array.from(sheetNames, sheetKey));
  const added = new Set(record.addedSheets.map(sheetKey));
  return record.cells.filter((c) => present.has(sheetKey(c.sheet)) && !added.has(sheetKey(c.sheet)));
}

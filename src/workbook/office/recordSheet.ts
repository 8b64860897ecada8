/**
 * The revert record as the workbook holds it (column A of the very hidden REVERT_SHEET), read in
 * two round trips: what the pane asks on opening (is there anything to revert?) and what revert
 * starts from. Kept apart from revertWorkbook so that opening the pane does not load the writer.
 */
import type { Cell, Grid } from "../../core/grid";
import { parseRecord, recordChunksOf, REVERT_SHEET, sheetKey, type RevertRecord } from "../../core/revert";
import { toHostError } from "./errors";
import { cellFrom } from "./readWorkbook";
import { officeSupports, type Supports } from "./requirements";

export interface FoundRecord {
  /** Every sheet's name, keyed by sheetKey. */
  readonly names: ReadonlyMap<string, string>;
  /** The record sheet's name as the workbook spells it. */
  readonly recName: string;
  readonly record: RevertRecord;
  /** The workbook's style names (null: not read, Excel before ExcelApi 1.7). */
  readonly styles: ReadonlySet<string> | null;
}

/** The workbook's revert record, in two round trips (sheet list, record and style names); null when it has none. */
export async function loadRecord(
  context: Excel.RequestContext,
  supports: Supports = officeSupports,
): Promise<FoundRecord | null> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const names = new Map(sheets.items.map((s) => [sheetKey(s.name), s.name]));
  const recName = names.get(sheetKey(REVERT_SHEET));
  if (!recName) return null;
  const used = sheets.getItem(recName).getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,values");
  const styleItems = supports("ExcelApi", "1.7") ? context.workbook.styles : null;
  styleItems?.load("items/name");
  await context.sync();
  const record = used.isNullObject ? null : parseRecord(recordChunksOf(gridOf(used)));
  const styles = styleItems ? new Set(styleItems.items.map((s) => s.name)) : null;
  return record ? { names, recName, record, styles } : null;
}

/** True when the workbook holds a valid revert record, i.e. revertWorkbook would restore something. */
export async function hasRevertRecord(context: Excel.RequestContext): Promise<boolean> {
  try {
    return (await loadRecord(context)) !== null;
  } catch (e) {
    throw toHostError(e);
  }
}

function gridOf(used: Excel.Range): Grid {
  const rows: (Cell | undefined)[][] = [];
  used.values.forEach((row, r) => {
    const cells: (Cell | undefined)[] = [];
    row.forEach((v, c) => {
      cells[used.columnIndex + c] = cellFrom(v, undefined, undefined, undefined);
    });
    rows[used.rowIndex + r] = cells;
  });
  return {
    name: REVERT_SHEET,
    rows: Array.from({ length: rows.length }, (_, r) => rows[r] ?? []),
    merges: [],
  };
}

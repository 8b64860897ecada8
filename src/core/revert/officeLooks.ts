/**
 * What the Office adapter records of a cell's look before a run changes it, so that revert puts
 * back the exact original instead of Excel's plain look. Looks are kept once in a table on the
 * record (most cells of a table share a handful) and cells point into it, which keeps the record
 * small. A look is held as the adapter read it (Excel's cell properties: a style name and a tree
 * of format properties); the core only stores, validates and deduplicates it.
 */
import type { RecordedCell, RevertRecord } from "./revertRecord";

/** A leaf or branch of a recorded format: Excel's property names and values, as read. */
export type LookValue = string | number | boolean | { readonly [name: string]: LookValue };

export interface RecordedLook {
  /** The cell's named style ("Normal" …). */
  readonly style?: string;
  /** Format properties (fill, font, alignment, borders, protection), nested as Excel names them. */
  readonly format?: { readonly [name: string]: LookValue };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function isLookValue(v: unknown, depth: number): boolean {
  if (typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v);
  return depth > 0 && isObject(v) && Object.values(v).every((x) => isLookValue(x, depth - 1));
}

/** A recorded look as JSON gives it back: a style name and a format tree at most four levels deep. */
export function isRecordedLook(v: unknown): v is RecordedLook {
  if (!isObject(v)) return false;
  if (v.style !== undefined && typeof v.style !== "string") return false;
  return v.format === undefined || (isObject(v.format) && isLookValue(v.format, 4));
}

/** Sheet names compare case-insensitively, as sheetKey does (not imported: revertRecord imports this file). */
function cellKey(c: { readonly sheet: string; readonly row: number; readonly col: number }): string {
  return `${c.sheet.toLowerCase()}\u0000${c.row}\u0000${c.col}`;
}

/**
 * The record with the looks of the cells this run records for the first time (`lookOf` gives
 * each cell's look before the run; undefined where it was not read), and the named styles this run
 * added to the workbook. Cells an earlier run recorded keep their first look, as their values do.
 */
export function withLooks(
  record: RevertRecord,
  previous: RevertRecord | null,
  lookOf: (cell: RecordedCell) => RecordedLook | undefined,
  addedStyles: readonly string[] = [],
): RevertRecord {
  const looks: RecordedLook[] = [...(previous?.officeLooks ?? [])];
  const index = new Map(looks.map((l, i) => [JSON.stringify(l), i]));
  const earlier = new Set((previous?.cells ?? []).map(cellKey));
  const cells = record.cells.map((c): RecordedCell => {
    if (c.office !== undefined || earlier.has(cellKey(c))) return c;
    const look = lookOf(c);
    if (!look) return c;
    const k = JSON.stringify(look);
    let i = index.get(k);
    if (i === undefined) {
      i = looks.length;
      looks.push(look);
      index.set(k, i);
    }
    return { ...c, office: i };
  });
  const styles = [...new Set([...(previous?.officeStyles ?? []), ...addedStyles])];
  return {
    ...record,
    cells,
    ...(looks.length > 0 ? { officeLooks: looks } : {}),
    ...(styles.length > 0 ? { officeStyles: styles } : {}),
  };
}

/** The look recorded for a cell, if any. */
export function lookOfRecorded(record: RevertRecord, cell: RecordedCell): RecordedLook | undefined {
  return cell.office === undefined ? undefined : record.officeLooks?.[cell.office];
}

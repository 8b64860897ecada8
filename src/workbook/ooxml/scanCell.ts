/** What a worksheet part holds at one cell before an edit: its style index, and whether the cell and its row exist. */
import { CELL_RE, type RowSlot, type SheetScan } from "./readSheet";
import { parseA1 } from "../../core/cellRef";
import { attr } from "./xml";

export interface ScannedCell {
  /** The cell's style index (the row's or column's style for a cell with no element). */
  readonly s: number;
  readonly cell: boolean;
  readonly row: boolean;
}

/** The row's slot by binary search: scanned rows are in ascending order. */
export function slotOf(scan: SheetScan, row: number): RowSlot | undefined {
  let lo = 0;
  let hi = scan.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = scan.rows[mid].index;
    if (r === row) return scan.rows[mid];
    if (r < row) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

export function colStyle(scan: SheetScan, col: number): number {
  for (const [a, b, s] of scan.colStyles) if (col >= a && col <= b) return s;
  return 0;
}

export function scanCell(scan: SheetScan, row: number, col: number): ScannedCell {
  const slot = slotOf(scan, row);
  if (slot && slot.end > slot.tagEnd) {
    CELL_RE.lastIndex = slot.tagEnd;
    let next = 0;
    let m: RegExpExecArray | null;
    while ((m = CELL_RE.exec(scan.xml)) && m.index < slot.end) {
      const ref = attr(m[1], "r");
      const c = (ref !== undefined ? parseA1(ref)?.col : undefined) ?? next;
      next = c + 1;
      if (c === col) return { s: Number(attr(m[1], "s") ?? 0), cell: true, row: true };
      if (c > col) break;
    }
  }
  return { s: slot?.style ?? colStyle(scan, col), cell: false, row: slot !== undefined };
}

/**
 * What an appended column's cell takes from the table (Borrow in core/plan/writePlan), from the
 * looks read before the write: the borders of its row's last table cell, or the header cell's
 * whole look, as the package adapter does with style indexes.
 */
import type { CellWrite } from "../../core/plan/writePlan";
import type { LookValue, RecordedLook } from "../../core/revert";
import { formatOf, hasNoFill, sameFormat } from "./cellLooks";
import { lookKey, type Looks } from "./readLooks";
import type { Borrowed } from "./writeBatch";

/** A header look borrowed whole: everything but protection, which is the sheet owner's to set. */
const WHOLE = [
  "fill",
  "font",
  "horizontalAlignment",
  "verticalAlignment",
  "wrapText",
  "indentLevel",
  "borders",
];

export interface BorrowOutcome {
  readonly borrowed?: Borrowed;
  /** False when the borrowed look replaces the plan's style for this cell. */
  readonly keepStyle: boolean;
}

/** The look `c` (on the sheet the workbook names `sheet`) borrows; nothing when none, or not read. */
export function borrowFor(c: CellWrite, sheet: string, looks: Looks): BorrowOutcome {
  if (!c.borrow) return { keepStyle: true };
  const from = looks.cells.get(lookKey(sheet, c.borrow.row, c.borrow.col));
  if (!from) return { keepStyle: true };
  switch (c.borrow.part) {
    case "borders": {
      // Only the edges the cell does not have already: most cells beside a plain table need none.
      const own = looks.cells.get(lookKey(sheet, c.row, c.col));
      const edges = (l: RecordedLook | undefined) => (l?.format?.borders ?? {}) as Record<string, LookValue>;
      const mine = edges(own);
      const differ = Object.entries(edges(from)).filter(
        ([e, v]) => JSON.stringify(v) !== JSON.stringify(mine[e]),
      );
      if (differ.length === 0) return { keepStyle: true };
      return {
        borrowed: {
          format: { borders: Object.fromEntries(differ) } as Excel.CellPropertiesFormat,
          clearFill: false,
        },
        keepStyle: true,
      };
    }
    case "style": {
      // The plan's own look applies where the header cell has none: where it looks like the cell
      // the column is appended into (an untouched cell beside the table).
      const own = looks.cells.get(lookKey(sheet, c.row, c.col));
      if (own && sameFormat(from, own)) return { keepStyle: true };
      return { borrowed: { format: formatOf(from, WHOLE), clearFill: hasNoFill(from) }, keepStyle: false };
    }
  }
}

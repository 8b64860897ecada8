/**
 * Read-only helpers over one grid for detection: shown text with merges resolved through a per-row
 * index (Grid.merges is a list; a linear search per cell would be quadratic on big sheets).
 */
import { cellAt, colCount, type Area, type Grid } from "../grid";
import { valueText } from "./normalize";

export class SheetView {
  readonly grid: Grid;
  readonly rows: number;
  readonly cols: number;
  private readonly mergesByRow = new Map<number, Area[]>();

  constructor(grid: Grid) {
    this.grid = grid;
    this.rows = grid.rows.length;
    this.cols = colCount(grid);
    for (const m of grid.merges) {
      // Ignore malformed or out-of-grid areas rather than trust them.
      if (!(m.top <= m.bottom && m.left <= m.right && m.top >= 0 && m.left >= 0)) continue;
      const last = Math.min(m.bottom, this.rows - 1);
      for (let r = m.top; r <= last; r++) {
        const list = this.mergesByRow.get(r);
        if (list) list.push(m);
        else this.mergesByRow.set(r, [m]);
      }
    }
  }

  mergeAt(row: number, col: number): Area | undefined {
    const list = this.mergesByRow.get(row);
    if (!list) return undefined;
    // A loop, not find(): no closure per cell read.
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** Text shown at (row, col): a merged area shows its top-left value; trimmed. */
  shown(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    const cell = m ? cellAt(this.grid, m.top, m.left) : cellAt(this.grid, row, col);
    if (!cell) return "";
    const t = valueText(cell.value).trim();
    // A formula with no cached value still counts as content ("=" keeps it non-empty).
    return t === "" && cell.formula ? "=" : t;
  }

  /** Text shown at (row, col) unless it comes from a merge that starts above `fromRow`. */
  shownFrom(row: number, col: number, fromRow: number): string {
    const m = this.mergeAt(row, col);
    if (m && m.top < fromRow) return "";
    return this.shown(row, col);
  }

  /** Raw value text of the cell itself (no merge), trimmed. */
  own(row: number, col: number): string {
    const cell = cellAt(this.grid, row, col);
    return cell ? valueText(cell.value).trim() : "";
  }

  /** A number shown at (row, col): never a header text. */
  isNumberCell(row: number, col: number): boolean {
    const m = this.mergeAt(row, col);
    const cell = m ? cellAt(this.grid, m.top, m.left) : cellAt(this.grid, row, col);
    return typeof cell?.value === "number";
  }
}

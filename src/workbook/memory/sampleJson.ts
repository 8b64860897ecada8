/**
 * WorkbookData as plain JSON, for the preview sample bundled into the task pane: JSON has no
 * `undefined`, so an absent cell is written as null and read back as undefined. Nothing else
 * changes: values, formulas, number formats, merges, hidden and protected flags round-trip.
 */
import type { Area, Cell, Grid, WorkbookData } from "../../core/grid";

export interface SheetJson {
  readonly name: string;
  readonly rows: ReadonlyArray<ReadonlyArray<Cell | null>>;
  readonly merges: readonly Area[];
  readonly hidden?: boolean;
  readonly protected?: boolean;
}

export interface WorkbookJson {
  /** Where the data came from, e.g. "samples/zengcheng-cast-2021.xlsx". */
  readonly source: string;
  readonly sheets: readonly SheetJson[];
}

function cellJson(cell: Cell): Cell {
  const out: { value: Cell["value"]; formula?: string; numFmt?: string } = { value: cell.value ?? null };
  if (cell.formula !== undefined) out.formula = cell.formula;
  if (cell.numFmt !== undefined) out.numFmt = cell.numFmt;
  return out;
}

export function toWorkbookJson(data: WorkbookData, source: string): WorkbookJson {
  return {
    source,
    sheets: data.sheets.map((g) => {
      const sheet: { -readonly [K in keyof SheetJson]: SheetJson[K] } = {
        name: g.name,
        rows: g.rows.map((r) => Array.from(r ?? [], (c) => (c ? cellJson(c) : null))),
        merges: g.merges.map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right })),
      };
      if (g.hidden !== undefined) sheet.hidden = g.hidden;
      if (g.protected !== undefined) sheet.protected = g.protected;
      return sheet;
    }),
  };
}

export function fromWorkbookJson(json: WorkbookJson): WorkbookData {
  return {
    sheets: json.sheets.map((s): Grid => ({
      name: s.name,
      rows: s.rows.map((r) => r.map((c) => c ?? undefined)),
      merges: s.merges,
      ...(s.hidden !== undefined ? { hidden: s.hidden } : {}),
      ...(s.protected !== undefined ? { protected: s.protected } : {}),
    })),
  };
}

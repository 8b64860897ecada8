/**
 * A WorkbookHost over WorkbookData held in memory: the task pane's preview mode (outside Excel)
 * and tests. It applies a WritePlan the way the Excel adapter does, as far as grids can show it:
 * - formula cells keep the formula and the engine's value as their computed value (there is no
 *   spreadsheet engine here: HyperFormula is GPL and never bundled);
 * - text cells stay text, even when the text begins with "=";
 * - removeSheets are removed first, then newSheets appended in order;
 * - a plan touching a protected or missing sheet is refused before anything is written.
 * The first apply keeps the workbook it started from; revert() restores it exactly. Each apply also
 * keeps the revert record the other adapters write into the workbook (core recordFor), so revert()
 * counts its restored cells as the command line does.
 */
import type { CellRef } from "../../core/cellRef";
import type { Cell, Grid, WorkbookData } from "../../core/grid";
import type { CellWrite, ConditionalFormat, WritePlan } from "../../core/plan/writePlan";
import { recordFor, type RevertRecord } from "../../core/revert";
import { restoredCells } from "../../core/revert/restoredCells";
import {
  defaultSettings,
  HostError,
  type ApplyOutcome,
  type RevertOutcome,
  type Settings,
  type WorkbookHost,
} from "../host";

type Listener = () => void;

function cellOf(w: CellWrite): Cell {
  switch (w.kind) {
    case "formula":
      return w.numFmt === undefined
        ? { value: w.value, formula: w.formula }
        : { value: w.value, formula: w.formula, numFmt: w.numFmt };
    case "text":
      return { value: w.text };
  }
}

/** Writes cells into a grid, copying only the rows it changes (grids are never mutated). */
function writeCells(grid: Grid, writes: readonly CellWrite[]): Grid {
  if (writes.length === 0) return grid;
  const rows: (ReadonlyArray<Cell | undefined> | undefined)[] = grid.rows.slice();
  const copied = new Set<number>();
  for (const w of writes) {
    while (rows.length <= w.row) rows.push(undefined);
    if (!copied.has(w.row)) {
      rows[w.row] = (rows[w.row] ?? []).slice();
      copied.add(w.row);
    }
    const row = rows[w.row] as (Cell | undefined)[];
    while (row.length < w.col) row.push(undefined);
    row[w.col] = cellOf(w);
  }
  return { ...grid, rows: rows.map((r) => r ?? []) };
}

function sheetKey(name: string): string {
  return name.toLowerCase();
}

export class MemoryWorkbook implements WorkbookHost {
  readonly kind = "preview" as const;
  /** The preview runs in a browser tab, which downloads files. */
  readonly canSaveFiles = true;
  private data: WorkbookData;
  private backup: { readonly data: WorkbookData; readonly formats: readonly ConditionalFormat[] } | null =
    null;
  private record: RevertRecord | null = null;
  private formats: ConditionalFormat[] = [];
  private selected: CellRef | null = null;
  private settings: Settings;
  private readonly listeners = new Set<Listener>();

  constructor(data: WorkbookData, settings: Settings = defaultSettings) {
    this.data = data;
    this.settings = settings;
  }

  /** The workbook as it is now (the same value read() resolves to). */
  get workbook(): WorkbookData {
    return this.data;
  }

  /** Conditional formats applied so far (grids do not carry them). */
  get conditionalFormats(): readonly ConditionalFormat[] {
    return this.formats;
  }

  /** The cell last selected, or null. */
  get selection(): CellRef | null {
    return this.selected;
  }

  /** Called after every change of the selection or of the workbook; returns the unsubscribe. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  async read(): Promise<WorkbookData> {
    return this.data;
  }

  async apply(plan: WritePlan): Promise<ApplyOutcome> {
    const removed = new Set(plan.removeSheets.map(sheetKey));
    const kept = this.data.sheets.filter((s) => !removed.has(sheetKey(s.name)));
    const added: Grid[] = plan.newSheets.map((ns) =>
      writeCells({ name: ns.name, rows: [], merges: [] }, ns.cells),
    );
    const names = new Set<string>();
    for (const s of [...kept, ...added]) {
      if (names.has(sheetKey(s.name)))
        return { kind: "untouched", reason: `sheet "${s.name}" already exists` };
      names.add(sheetKey(s.name));
    }
    const bySheet = new Map<string, CellWrite[]>();
    for (const w of plan.cells) {
      const list = bySheet.get(sheetKey(w.sheet)) ?? [];
      list.push(w);
      bySheet.set(sheetKey(w.sheet), list);
    }
    for (const key of bySheet.keys()) {
      const sheet = [...kept, ...added].find((s) => sheetKey(s.name) === key);
      if (!sheet) return { kind: "untouched", reason: `no sheet named "${bySheet.get(key)?.[0]?.sheet}"` };
      if (sheet.protected)
        throw new HostError("protected-sheet", `sheet "${sheet.name}" is protected`, sheet.name);
    }
    for (const s of this.data.sheets) {
      if (removed.has(sheetKey(s.name)) && s.protected) {
        throw new HostError("protected-sheet", `sheet "${s.name}" is protected`, s.name);
      }
    }

    if (!this.backup) this.backup = { data: this.data, formats: this.formats };
    this.record = recordFor(plan, this.data, this.record);
    const sheets = [...kept, ...added].map((s) => writeCells(s, bySheet.get(sheetKey(s.name)) ?? []));
    this.data = { sheets };
    this.formats = [...this.formats, ...plan.conditionalFormats];
    this.notify();
    return { kind: "written", syncs: 1 };
  }

  async revert(): Promise<RevertOutcome> {
    if (!this.backup || !this.record) return { kind: "nothing-to-revert" };
    const cells = restoredCells(
      this.record,
      this.data.sheets.map((s) => s.name),
    ).length;
    this.data = this.backup.data;
    this.formats = [...this.backup.formats];
    this.backup = null;
    this.record = null;
    this.notify();
    return { kind: "reverted", cells };
  }

  async hasRevertRecord(): Promise<boolean> {
    return this.record !== null;
  }

  async select(cell: CellRef): Promise<void> {
    if (!this.data.sheets.some((s) => sheetKey(s.name) === sheetKey(cell.sheet))) {
      throw new HostError("unknown", `no sheet named "${cell.sheet}"`, cell.sheet);
    }
    this.selected = cell;
    this.notify();
  }

  async loadSettings(): Promise<Settings> {
    return this.settings;
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.settings = settings;
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }
}

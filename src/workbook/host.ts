/**
 * The port between the shells (task pane, ribbon command) and a workbook: Excel through Office.js,
 * or the in-memory preview. Implementations live in workbook/office and workbook/memory.
 */
import type { CellRef } from "../core/cellRef";
import type { WorkbookData } from "../core/grid";
import type { WritePlan } from "../core/plan/writePlan";
import type { RunOptions } from "../core/result";
import type { Lang, TableMapping } from "../core/types";

/** What the user chose, remembered in the workbook so that the ribbon button uses it too. */
export interface Settings {
  readonly rules: RunOptions["rules"];
  readonly gradeBands?: RunOptions["gradeBands"];
  readonly lang?: Lang;
  /** Column mappings the user edited in the pane. */
  readonly mappings?: readonly TableMapping[];
  /** Review mode (复核): the run appends 复核得分, 复核扣分原因 and 偏离度 (RunOptions.review). */
  readonly review?: boolean;
}

export const defaultSettings: Settings = { rules: "mof2020" };

/** How a write went: all of it, or none of it (a failure before anything was committed). */
export type ApplyOutcome =
  | { readonly kind: "written"; readonly syncs: number }
  | { readonly kind: "untouched"; readonly reason: string };

/** cells: the recorded cells put back, counted as the command line counts them (core restoredCells). */
export type RevertOutcome =
  | {
      readonly kind: "reverted";
      readonly cells: number;
      /** Cells that could not be put back exactly (Sheet!A1), when there are any. */
      readonly unrestored?: readonly string[];
      /** Review mode: the reviewer's entries the revert removed (typed over the tool's cells) and left, when there are any. */
      readonly reviewer?: { readonly removed: readonly string[]; readonly left: readonly string[] };
    }
  | { readonly kind: "nothing-to-revert" };

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /** Whether the pane can save a file (a blob download); where not, it copies the report instead. */
  readonly canSaveFiles?: boolean;
  /** Every sheet's used range as grids (values, formulas, number formats, merges). */
  read(): Promise<WorkbookData>;
  /** Applies the plan in as few round trips as possible and records what it replaced, for revert. */
  apply(plan: WritePlan): Promise<ApplyOutcome>;
  /** Restores the workbook as it was before the first run. */
  revert(): Promise<RevertOutcome>;
  /** Whether the workbook holds a record of an earlier run, so that revert() would restore something. */
  hasRevertRecord(): Promise<boolean>;
  select(cell: CellRef): Promise<void>;
  loadSettings(): Promise<Settings>;
  saveSettings(settings: Settings): Promise<void>;
}

/** A problem a host reports to the user; the code picks the message and what to do. */
export type HostErrorCode = "protected-sheet" | "cell-edit" | "too-large" | "nothing-found" | "unknown";

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
    readonly sheet?: string,
  ) {
    super(message);
  }
}

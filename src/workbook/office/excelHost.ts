/**
 * The WorkbookHost for Excel: the one place that calls Excel.run and Office.context. Every batch
 * runs with delayForCellEdit, so Excel waits for the user to leave cell-edit mode instead of failing.
 *
 * Round trips of a run (runEvaluation: read, then apply): 2 for the read (sheet list; everything
 * else), then the apply: 1 to read the looks of the cells it restyles (readLooks; none before
 * ExcelApi 1.9) and 1 to write below 4 MB of requests. apply() reuses the workbook the last read() saw
 * (runEvaluation reads just before it applies); without a read it reads first.
 */
import { a1 } from "../../core/cellRef";
import type { WorkbookData } from "../../core/grid";
import type { WritePlan } from "../../core/plan/writePlan";
import { withoutRecordSheet } from "../../core/revert";
import {
  defaultSettings,
  HostError,
  type ApplyOutcome,
  type RevertOutcome,
  type Settings,
  type WorkbookHost,
} from "../host";
import type { ApplyOptions } from "./applyPlan";
import { toHostError } from "./errors";
import { canSaveFiles } from "./platform";
import { readWorkbook } from "./readWorkbook";
import { hasRevertRecord } from "./recordSheet";

export const SETTINGS_KEY = "pse.settings";

/** Runs a batch against the workbook (Excel.run in Excel; a fake in tests). */
export type BatchRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The slice of Office.Settings the host uses. */
export type SettingsStore = Pick<Office.Settings, "get" | "set" | "saveAsync">;

export interface ExcelHostDeps {
  readonly run?: BatchRunner;
  readonly settings?: SettingsStore;
  readonly apply?: ApplyOptions;
}

const excelRun: BatchRunner = (batch) => Excel.run({ delayForCellEdit: true }, batch);

/** Settings as stored (JSON text); anything unreadable falls back to the defaults. */
export function parseSettings(raw: unknown): Settings {
  let v: unknown = raw;
  if (typeof raw === "string") {
    try {
      v = JSON.parse(raw);
    } catch {
      return defaultSettings;
    }
  }
  if (typeof v !== "object" || v === null) return defaultSettings;
  const s = v as Record<string, unknown>;
  // A shipped pack's name, or a pack read from a file (checked again by loadSettings before use).
  const rules = s.rules;
  const pack =
    typeof rules === "object" && rules !== null && typeof (rules as { name?: unknown }).name === "string";
  // A name is checked when the engine looks it up (the pack list stays out of this chunk).
  const named = typeof rules === "string" && /^[a-z0-9][a-z0-9-]{0,63}$/.test(rules);
  if (!named && !pack) return defaultSettings;
  const out: { -readonly [K in keyof Settings]: Settings[K] } = { rules: rules as Settings["rules"] };
  if (s.lang === "zh-CN" || s.lang === "en-US") out.lang = s.lang;
  const g = s.gradeBands as Record<string, unknown> | undefined;
  if (g && typeof g.excellent === "number" && typeof g.good === "number" && typeof g.fair === "number") {
    out.gradeBands = { excellent: g.excellent, good: g.good, fair: g.fair };
  }
  if (Array.isArray(s.mappings)) out.mappings = s.mappings as Settings["mappings"];
  if (s.review === true) out.review = true;
  return out;
}

export function createExcelHost(deps: ExcelHostDeps = {}): WorkbookHost {
  const run: BatchRunner = async (batch) => {
    try {
      return await (deps.run ?? excelRun)(batch);
    } catch (e) {
      throw toHostError(e);
    }
  };
  const store = (): SettingsStore => deps.settings ?? Office.context.document.settings;
  /** The workbook the last read() returned, with the record sheet; used once by apply(). */
  let lastRead: WorkbookData | null = null;

  return {
    kind: "excel",
    canSaveFiles: canSaveFiles(),

    async read() {
      const data = await run((ctx) => readWorkbook(ctx, deps.apply));
      lastRead = data;
      return withoutRecordSheet(data);
    },

    /**
     * Throws a HostError when the write fails: its message says whether nothing was written, or
     * part of it (then Revert restores the workbook from the record written first).
     */
    async apply(plan: WritePlan): Promise<ApplyOutcome> {
      const cached = lastRead;
      lastRead = null;
      // The writer (looks, styles, record) loads at the first Run: opening the pane needs only the reads.
      const { applyPlan } = await import(/* webpackChunkName: "excel-write" */ "./applyPlan");
      const outcome = await run(async (ctx) =>
        applyPlan(ctx, plan, cached ?? (await readWorkbook(ctx, deps.apply)), deps.apply),
      );
      switch (outcome.kind) {
        case "written":
          return { kind: "written", syncs: outcome.syncs };
        case "untouched":
          throw new HostError(
            outcome.error.code,
            `${outcome.error.message}. Nothing was written.`,
            outcome.error.sheet,
          );
        case "partial":
          throw new HostError(
            outcome.error.code,
            `${outcome.error.message}. Part of the results was written; Revert restores the workbook.`,
            outcome.error.sheet,
          );
      }
    },

    async revert(): Promise<RevertOutcome> {
      lastRead = null;
      const { revertWorkbook } = await import(/* webpackChunkName: "excel-write" */ "./revertWorkbook");
      const done = await run((ctx) => revertWorkbook(ctx, deps.apply));
      if (!done) return { kind: "nothing-to-revert" };
      const { removed, left } = done.reviewer;
      return {
        kind: "reverted",
        cells: done.cells,
        ...(done.unrestored.length > 0 ? { unrestored: done.unrestored } : {}),
        ...(removed.length + left.length > 0 ? { reviewer: done.reviewer } : {}),
      };
    },

    hasRevertRecord() {
      return run((ctx) => hasRevertRecord(ctx));
    },

    async select(cell) {
      await run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(cell.sheet);
        ws.activate();
        ws.getRange(a1(cell.row, cell.col)).select();
        await ctx.sync();
      });
    },

    async loadSettings() {
      const settings = parseSettings(store().get(SETTINGS_KEY));
      if (typeof settings.rules === "string") return settings;
      // A stored pack passes the same checks as a file; its checker loads only for such a workbook.
      const { checkPackValue } = await import(/* webpackChunkName: "rule-pack" */ "../../packs/readPack");
      const read = checkPackValue(settings.rules, "settings");
      return read.ok ? { ...settings, rules: read.pack } : { ...settings, rules: defaultSettings.rules };
    },

    async saveSettings(settings: Settings) {
      const s = store();
      s.set(SETTINGS_KEY, JSON.stringify(settings));
      await new Promise<void>((resolve, reject) => {
        s.saveAsync((result) => {
          if (String(result.status) === "failed")
            reject(
              new HostError("unknown", `settings not saved: ${result.error?.message ?? "unknown error"}`),
            );
          else resolve();
        });
      });
    },
  };
}

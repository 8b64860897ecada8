/**
 * Flag messages quote the flagged cell's value. The engine quotes a number as stored, so a cell
 * formatted as a percentage reads "0.7" where the sheet shows "70%"; a reviewer searching the sheet
 * for the figure finds nothing. Here such a figure is put back as the sheet shows it, before the
 * message is printed or written to the report.
 */
import { cellAt, type WorkbookData } from "../core/grid";
import type { RunResult } from "../core/engine";
import type { Flag } from "../core/types";

/** 0.7 with "0%" -> "70%"; with "0.00%" -> "70.00%". Null for cells not shown as percentages. */
export function percentShown(value: unknown, numFmt: string | undefined): string | null {
  if (typeof value !== "number" || !numFmt) return null;
  // Quoted text and [colour]/[condition] sections may hold a "%" that is not the format's.
  const code = numFmt.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  if (!code.includes("%")) return null;
  const decimals = /\.([0#?]+)/.exec(code)?.[1].length ?? 0;
  return `${(value * 100).toFixed(decimals)}%`;
}

function shownFlag(flag: Flag, data: WorkbookData): Flag {
  const grid = data.sheets.find((s) => s.name === flag.cell.sheet);
  const cell = grid && cellAt(grid, flag.cell.row, flag.cell.col);
  const shown = cell ? percentShown(cell.value, cell.numFmt) : null;
  if (!cell || shown === null) return flag;
  const stored = String(cell.value);
  // The stored figure as a whole number only: "0.7" must not match inside "10.75" or "0.75".
  const pattern = new RegExp(`(?<![\\d.])${stored.replace(/[.+-]/g, "\\$&")}(?![\\d.]*\\d|%)`, "g");
  const message = flag.message.replace(pattern, shown);
  return message === flag.message ? flag : { ...flag, message };
}

/** The result with every flag message showing percent-formatted cells as percents. */
export function withPercentsShown(result: RunResult, data: WorkbookData): RunResult {
  const shown = new Map<Flag, Flag>(result.flags.map((f) => [f, shownFlag(f, data)]));
  const map = (f: Flag): Flag => shown.get(f) ?? shownFlag(f, data);
  return {
    ...result,
    flags: result.flags.map(map),
    evaluations: result.evaluations.map((ev) => ({ ...ev, flags: ev.flags.map(map) })),
  };
}

/** Reading a cell as text for names, reasons and messages. */
import { isCellError, type Cell, type CellValue } from "../grid";
import { shiftPoint } from "../parse/decimal";
import { roundHalfAway } from "../round";

export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.replace(/\s+/g, " ").trim();
}

/**
 * A percent format's decimals ("0%" 0, "0.00%" 2), or null when the format shows no percentage.
 * Quoted text and [colour]/[condition] sections may hold a "%" that is not the format's.
 */
function percentDecimals(numFmt: string | undefined): number | null {
  if (!numFmt) return null;
  const code = numFmt.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  if (!code.includes("%")) return null;
  return /\.([0#?]+)/.exec(code)?.[1].length ?? 0;
}

/**
 * A cell's value as the sheet shows it where that matters to a reader searching for the figure:
 * a number formatted as a percentage reads "70%", not "0.7" (rounded as Excel shows it).
 */
export function shownText(cell: Cell | undefined): string {
  const v = cell?.value;
  const decimals = typeof v === "number" ? percentDecimals(cell?.numFmt) : null;
  if (typeof v !== "number" || decimals === null) return cellText(v);
  return `${roundHalfAway(shiftPoint(v, 2), decimals).toFixed(decimals)}%`;
}

/** Reading a cell as text for names, reasons and messages. */
import { isCellError, type CellValue } from "../grid";

export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.replace(/\s+/g, " ").trim();
}

const totalNames = /^(合计|总计|总分|合\s*计|总\s*分|total|totalscore|grandtotal)$/i;

/** A total row (合计, 总分, Total) is read for the stated total, not scored. */
export function isTotalName(text: string): boolean {
  return totalNames.test(text.replace(/[\s:：]/g, ""));
}

/** Reading a cell as text for names, reasons and messages. */
import { isCellError, type CellValue } from "../grid";

export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (isCellError(v)) return v.error;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v.replace(/\s+/g, " ").trim();
}

/** Cells that mean "nothing here" in real tables. */
import { normaliseText } from "./text";

const placeholders = new Set(["", "—", "——", "-", "--", "－", "/", "／", "*", "＊", "无", "n/a", "na", "/ "]);

export function isPlaceholder(text: string): boolean {
  return placeholders.has(normaliseText(text).toLowerCase());
}

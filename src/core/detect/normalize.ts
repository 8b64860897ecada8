/** Text normalisation for header and label matching: one place, so vocabulary and cells agree. */
import { isCellError, type CellValue } from "../grid";
import { memoByString } from "../memo";

/** A cell value as plain text; errors and booleans read as empty (they never name a column). */
export function valueText(v: CellValue | undefined): string {
  if (v === null || v === undefined || isCellError(v) || typeof v === "boolean") return "";
  return typeof v === "number" ? String(v) : v;
}

/**
 * Header text for matching: NFKC (full-width letters, digits and brackets become ASCII), bracketed
 * parts dropped (units such as （万元）(分)(%) or formula hints such as (C/B)), spaces, line breaks,
 * required-field stars and colons removed, lower-cased.
 */
export const normaliseHeader: (text: string) => string = memoByString((text) =>
  text
    // Circled numbers and the formulas built from them ("小计③=①+②", "支出实现率(%)⑤=④/③") are
    // hints on how a column is computed, not its name; NFKC would turn ① into a plain 1.
    .replace(/[\u2460-\u2473\u24ea\u3251-\u325f]/g, "")
    .replace(/[=＝][\s+\-*/×÷]*$/, "")
    .normalize("NFKC")
    .replace(/\([^()]*\)|\[[^[\]]*\]|【[^【】]*】|〔[^〔〕]*〕/g, "")
    .replace(/[\s\u00a0\u3000*:：]/g, "")
    .toLowerCase(),
);

/** Loose text for row labels (总分, 合计, 注：): spaces dropped, NFKC, lower-cased; brackets kept. */
export const normaliseLabel: (text: string) => string = memoByString((text) =>
  text
    .normalize("NFKC")
    .replace(/[\s\u00a0\u3000]/g, "")
    .toLowerCase(),
);

/** True for text with Latin letters only (no CJK): such phrases match as whole headers only when short. */
export function isLatin(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * Numbers as they appear in real tables: stray spaces from PDF conversion ("766. 17"), thousands
 * separators, full-width digits, units ("89.974万元", "26次"), percentages ("86.37%", "100百分比").
 */
import type { CellValue } from "../grid";
import { percentToFraction, plainDecimal } from "./decimal";
import { memoByString } from "../memo";
import { isPlaceholder } from "./placeholder";
import { normaliseText } from "./text";
import type { ParsedNumber } from "./types";

const numberPattern = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(.*)$/;

/**
 * A unit is short text without digits; words such as 前/底/内 mark a date or phrase, not a unit.
 * Latin units may be longer ("workshops", "participants").
 */
function isUnit(u: string): boolean {
  if (/^[A-Za-z]{1,12}$/.test(u)) return true;
  return u.length <= 6 && /^[\p{L}%‰°·/]*$/u.test(u) && !/[前后底内完达到以]/.test(u);
}

// Excel shows -0 as 0; keeping -0 would make equal targets compare unequal.
const noNegativeZero = (x: number): number => (x === 0 ? 0 : x);

export function isPercentUnit(u: string): boolean {
  return u === "%" || u === "百分比" || u === "百分点";
}

// A sheet uses a handful of number formats, asked about for every number read.
const percentFormat = memoByString((numFmt) => /%/.test(numFmt.replace(/"[^"]*"/g, "")));

export function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && percentFormat(numFmt);
}

/** Number and unit from text; null when the text is not one number with an optional unit. */
export function parseNumberText(text: string): ParsedNumber | null {
  const t = normaliseText(text).replace(/\s+/g, "");
  const m = numberPattern.exec(t);
  if (!m) return null;
  const unit = m[3];
  if (!isUnit(unit)) return null;
  const digits = m[2].replace(/,/g, "").replace(/^\./, "0.");
  const signed = (m[1] === "-" ? "-" : "") + digits;
  if (isPercentUnit(unit)) return { value: noNegativeZero(percentToFraction(signed)), unit: "%" };
  const value = noNegativeZero(Number(signed));
  return Number.isFinite(value) ? { value, unit } : null;
}

const dateFormat = memoByString((numFmt) => {
  const code = numFmt
    .split(";")[0]
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "");
  return /[ymdhs]/i.test(code) || /\[(h|hh|m|mm|s|ss)\]/i.test(numFmt);
});

/**
 * True for number formats that show a date or time (ignores quoted text, colours and escapes). A
 * date typed where a figure belongs is Excel's serial number (2021-12-31 is 44561), not a figure.
 */
export function isDateFormat(numFmt: string | undefined): boolean {
  return numFmt ? dateFormat(numFmt) : false;
}

export function parseNumber(v: CellValue, numFmt?: string): ParsedNumber | null {
  if (typeof v === "number") {
    if (isDateFormat(numFmt)) return null;
    return Number.isFinite(v) ? { value: noNegativeZero(v), unit: isPercentFormat(numFmt) ? "%" : "" } : null;
  }
  if (typeof v !== "string" || isPlaceholder(v)) return null;
  return parseNumberText(v);
}

/** A plain number from a cell whose unit sits in its own column: "%" there turns 95 into 0.95. */
export function scaleByUnitColumn(p: ParsedNumber, unitColumn: string): ParsedNumber {
  if (p.unit !== "" || !isPercentUnit(unitColumn))
    return p.unit === "" && unitColumn ? { ...p, unit: unitColumn } : p;
  return { value: percentToFraction(plainDecimal(p.value)), unit: "%" };
}

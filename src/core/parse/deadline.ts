/**
 * Deadlines in 时效指标: targets such as "9月前", "11月底前", "2022年12月31日前完成", actuals such as
 * "7月", "10月底", "2022年11月20日" or a date cell. A deadline is lower-is-better on time: by month
 * ("月", the month number) when the target names a month, by day of the year ("月日", 1–366) when
 * it names a day, so that the written formula compares two plain numbers as the engine does.
 */
import { normaliseText } from "./text";

export const MONTH_UNIT = "月";
export const DAY_OF_YEAR_UNIT = "月日";

interface DatePart {
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
}

// 底/末/份/下旬 name the month itself; the day, when given, makes it a day deadline.
const CHINESE_DATE = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|底|末|份|上旬|中旬|下旬)?$/;
const NUMERIC_DATE = /^(\d{4})[.\-/](\d{1,2})(?:[.\-/](\d{1,2}))?$/;
const BEFORE = /(?:之前|以前|前|止|以内|内)(?:完成|完工|结束|实施|办结)?$/;

function datePart(text: string): DatePart | null {
  const m = CHINESE_DATE.exec(text) ?? NUMERIC_DATE.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { year: m[1] === undefined ? null : Number(m[1]), month, day };
}

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dayOfYear(year: number | null, month: number, day: number): number {
  let n = day;
  for (let m = 1; m < month; m++) n += MONTH_DAYS[m - 1] + (m === 2 && year !== null && isLeap(year) ? 1 : 0);
  return n;
}

function lastDay(year: number | null, month: number): number {
  return MONTH_DAYS[month - 1] + (month === 2 && year !== null && isLeap(year) ? 1 : 0);
}

const daysIn = (y: number): number => (isLeap(y) ? 366 : 365);

/**
 * A date in the deadline's unit, counted from the deadline's year when both name one: with the
 * target 2022年12月底前, 2023年1月 is month 13 (late), not month 1.
 */
function inUnit(d: DatePart, unit: string, from: number | undefined): number | null {
  const shift = from !== undefined && d.year !== null ? d.year - from : 0;
  if (unit === MONTH_UNIT) return d.month + 12 * shift;
  if (unit !== DAY_OF_YEAR_UNIT) return null;
  let days = dayOfYear(d.year, d.month, d.day ?? lastDay(d.year, d.month));
  for (let y = from ?? 0; y < (from ?? 0) + shift; y++) days += daysIn(y);
  for (let y = (from ?? 0) + shift; y < (from ?? 0); y++) days -= daysIn(y);
  return days;
}

export interface DeadlineTarget {
  readonly value: number;
  readonly unit: string;
  /** The year the deadline names, when it names one. */
  readonly year?: number;
}

const withYear = (t: { value: number; unit: string }, year: number | null): DeadlineTarget =>
  year === null ? t : { ...t, year };

/** A deadline target: the number to compare and its unit, or null when the text is no deadline. */
export function parseDeadlineTarget(text: string): DeadlineTarget | null {
  const t = normaliseText(text).replace(/\s+/g, "");
  const before = BEFORE.exec(t);
  if (!before) return null;
  const d = datePart(t.slice(0, before.index));
  if (!d) return null;
  return d.day === null
    ? withYear({ value: d.month, unit: MONTH_UNIT }, d.year)
    : withYear({ value: dayOfYear(d.year, d.month, d.day), unit: DAY_OF_YEAR_UNIT }, d.year);
}

/**
 * A date or month as an actual, in the deadline's unit (from the deadline's `year` when it names
 * one); null when the text is no date.
 */
export function parseDeadlineActual(text: string, unit: string, year?: number): number | null {
  const t = normaliseText(text)
    .replace(/\s+/g, "")
    .replace(/(?:已?完成|完工|结束|办结)$/, "");
  const d = datePart(t);
  return d ? inUnit(d, unit, year) : null;
}

function serialDate(serial: number): DatePart | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  // Excel counts 1900-02-29, which did not exist: serials from 61 on are one day ahead.
  const days = Math.floor(serial) - (serial >= 61 ? 1 : 0);
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86400000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** An Excel date serial (1900 system) in the deadline's unit, from the deadline's `year` if given. */
export function serialInDeadlineUnit(serial: number, unit: string, year?: number): number | null {
  const d = serialDate(serial);
  return d ? inUnit(d, unit, year) : null;
}

/** A date cell typed as the target (完成时间 2022-12-31): a day deadline in its own year. */
export function serialDeadlineTarget(serial: number): DeadlineTarget | null {
  const d = serialDate(serial);
  if (!d || d.year === null || d.day === null) return null;
  return { value: dayOfYear(d.year, d.month, d.day), unit: DAY_OF_YEAR_UNIT, year: d.year };
}

export function isDeadlineUnit(unit: string): boolean {
  return unit === MONTH_UNIT || unit === DAY_OF_YEAR_UNIT;
}

/**
 * The one place that formats and parses cell references. Rows and columns are 0-based in the core;
 * A1 text is 1-based as Excel shows it.
 */
import type { Area } from "./grid";

export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

export function cellRef(sheet: string, row: number, col: number): CellRef {
  return { sheet, row, col };
}

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "C5" (relative) or "$C$5" (absolute). */
export function a1(row: number, col: number, absolute = false): string {
  const d = absolute ? "$" : "";
  return `${d}${columnLetters(col)}${d}${row + 1}`;
}

/** "C5:E9". */
export function a1Range(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/** A sheet name quoted for a formula: always quoted, inner quotes doubled ('It''s'!A1 is valid Excel). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Reference for use inside a formula: 'Sheet'!C5. */
export function formulaRef(ref: CellRef, absolute = false): string {
  return `${quoteSheet(ref.sheet)}!${a1(ref.row, ref.col, absolute)}`;
}

/** Reference as shown to people and in the JSON report: Sheet!C5 (unquoted). */
export function displayRef(ref: CellRef): string {
  return `${ref.sheet}!${a1(ref.row, ref.col)}`;
}

/**
 * "C5" -> {row: 4, col: 2}; "$C$5" too; undefined when not an A1 reference. A character loop, not a
 * regex: readers call it for every cell of a sheet.
 */
export function parseA1(text: string): { row: number; col: number } | undefined {
  const t = text.trim();
  let i = t.charCodeAt(0) === 36 ? 1 : 0; // "$"
  let col = 0;
  const lettersFrom = i;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + c - 96;
  }
  if (i === lettersFrom || i - lettersFrom > 3) return undefined;
  if (t.charCodeAt(i) === 36) i++;
  if (i === t.length) return undefined;
  let row = 0;
  for (; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + c - 48;
  }
  return { row: row - 1, col: col - 1 };
}

/** "A1:C3" (or a single "B2") -> a 0-based area, corners in either order; undefined when not a range. */
export function parseA1Range(text: string): Area | undefined {
  const [a, b = a, extra] = text.split(":");
  if (extra !== undefined) return undefined;
  const p = parseA1(a);
  const q = parseA1(b);
  if (!p || !q) return undefined;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

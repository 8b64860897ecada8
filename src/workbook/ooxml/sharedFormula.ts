/**
 * Translates a shared formula from its master cell to a dependent cell, as Excel does when it
 * expands `<f t="shared" si="0"/>`: relative references move by the offset, absolute ($) parts stay.
 *
 * ExcelJS has its own `slideFormula`, but it also moves "A1" inside string literals and does not
 * know column (A:A) or row (1:1) ranges; this one tokenises enough of the formula to avoid that.
 */
import { columnIndex, columnLetters } from "../../core/cellRef";

const MAX_ROW = 1048576;
const MAX_COL = 16384; // XFD

/** Identifier characters of a formula token (names, functions, references). */
const IDENT = /[A-Za-z0-9_.\\$]/;
const CELL_RE = /^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_.(!\\[])/;
const COLS_RE = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(!\\[])/;
const ROWS_RE = /^(\$?)([0-9]+):(\$?)([0-9]+)(?![0-9.])/;
const NUMBER_RE = /^[0-9]*\.?[0-9]+(?:[eE][+-]?[0-9]+)?/;

function moveRow(abs: string, row: number, dRow: number): string | undefined {
  const r = abs ? row : row + dRow;
  return r >= 1 && r <= MAX_ROW ? `${abs}${r}` : undefined;
}

function moveCol(abs: string, letters: string, dCol: number): string | undefined {
  const c = columnIndex(letters) + (abs ? 0 : dCol);
  return c >= 0 && c < MAX_COL ? `${abs}${columnLetters(c)}` : undefined;
}

/** Copies a delimited run (string literal or quoted sheet name) where the delimiter doubles as escape. */
function quotedEnd(f: string, start: number, q: string): number {
  let i = start + 1;
  while (i < f.length) {
    if (f[i] === q) {
      if (f[i + 1] === q) i += 2;
      else return i + 1;
    } else i++;
  }
  return f.length;
}

function bracketEnd(f: string, start: number): number {
  let depth = 0;
  for (let i = start; i < f.length; i++) {
    if (f[i] === "[") depth++;
    else if (f[i] === "]" && --depth === 0) return i + 1;
  }
  return f.length;
}

/**
 * Moves the relative references of `formula` by dRow rows and dCol columns. A reference moved off
 * the sheet becomes #REF!, as in Excel.
 */
export function slideFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  const f = formula;
  let out = "";
  let i = 0;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(f, i, ch);
      out += f.slice(i, end);
      i = end;
      continue;
    }
    if (ch === "[") {
      const end = bracketEnd(f, i);
      out += f.slice(i, end);
      i = end;
      continue;
    }
    if (!IDENT.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    const rest = f.slice(i);
    let m: RegExpExecArray | null;
    if ((m = CELL_RE.exec(rest)) && columnIndex(m[2]) < MAX_COL) {
      const col = moveCol(m[1], m[2], dCol);
      const row = moveRow(m[3], Number(m[4]), dRow);
      out += col && row ? col + row : "#REF!";
      i += m[0].length;
    } else if ((m = COLS_RE.exec(rest)) && columnIndex(m[2]) < MAX_COL && columnIndex(m[4]) < MAX_COL) {
      const a = moveCol(m[1], m[2], dCol);
      const b = moveCol(m[3], m[4], dCol);
      out += a && b ? `${a}:${b}` : "#REF!";
      i += m[0].length;
    } else if ((m = ROWS_RE.exec(rest))) {
      const a = moveRow(m[1], Number(m[2]), dRow);
      const b = moveRow(m[3], Number(m[4]), dRow);
      out += a && b ? `${a}:${b}` : "#REF!";
      i += m[0].length;
    } else if (/[0-9.]/.test(ch) && (m = NUMBER_RE.exec(rest))) {
      out += m[0];
      i += m[0].length;
    } else {
      let j = i;
      while (j < f.length && IDENT.test(f[j])) j++;
      out += f.slice(i, j);
      i = j;
    }
  }
  return out;
}

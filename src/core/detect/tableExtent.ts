/**
 * Where a table's data rows end: before a blank row, another table's header, a notes row, or (for a
 * budget table) a row of text and no figure in its money columns or the end of a label merged down from its header;
 * an indicator table ends with its 总分 / 合计 row included.
 */
import { NOTE_ROW_PREFIXES, TOTAL_ROW_LABELS } from "./headerVocabulary";
import type { HeaderBand } from "./headerBands";
import { normaliseHeader, normaliseLabel } from "./normalize";
import type { SheetView } from "./sheetView";

/** Placeholders that stand for an empty number (—, /, *, 无). */
export function isPlaceholderText(text: string): boolean {
  return /^[-—–－_/／\\*＊.。…]+$|^(无|不适用|n\/?a)$/i.test(text.trim());
}

function firstText(
  view: SheetView,
  row: number,
  right: number,
  fromRow: number,
  skip: ReadonlySet<number>,
): string {
  for (let c = 0; c <= right; c++) {
    if (skip.has(c)) continue;
    const t = view.shownFrom(row, c, fromRow);
    if (t !== "") return t;
  }
  return "";
}

function isBlankRow(
  view: SheetView,
  row: number,
  right: number,
  fromRow: number,
  skip: ReadonlySet<number>,
): boolean {
  for (let c = 0; c <= right; c++) if (!skip.has(c) && view.shownFrom(row, c, fromRow) !== "") return false;
  return true;
}

export function isTotalLabel(text: string): boolean {
  return totalLabel(text) !== null;
}

/**
 * A closing row's label: 总分 / 合计 / 总计 …, alone or with the stated total in the same cell
 * ("总分:83", "合计：95.5分"); null when the text is no such label.
 */
export function totalLabel(text: string): { readonly stated: number | null } | null {
  const t = normaliseHeader(text);
  if (TOTAL_ROW_LABELS.includes(t)) return { stated: null };
  const m = /^(.+?)(\d+(?:\.\d+)?)分?$/.exec(t);
  return m && TOTAL_ROW_LABELS.includes(m[1]) ? { stated: Number(m[2]) } : null;
}

/** Some cell of the row reads 总分 / 合计 …: the first column in the MoF form, the 实际完成值 column in others. */
function closesTable(view: SheetView, row: number, right: number, fromRow: number): boolean {
  for (let c = 0; c <= right; c++) {
    const t = view.shownFrom(row, c, fromRow);
    if (t !== "" && isTotalLabel(t)) return true;
  }
  return false;
}

/**
 * A figure inside a label ("按支出性质分:1925.67", "其中:基本支出:900.47"): a breakdown written as
 * text under the lines, not a figure of a line.
 */
function isLabelledFigure(text: string): boolean {
  return /\p{Script=Han}[^\d]*[:：]\s*[\d,.]+\s*(?:万元|元)?$/u.test(text);
}

/**
 * A short token of Latin letters where a figure belongs ("O", "IO", "l0"): a figure mistyped or
 * misread, to be reported as a bad number, not a row of text that ends the lines.
 */
function isGarbledFigure(text: string): boolean {
  return /^[A-Za-z0-9.,%\s-]{1,8}$/.test(text) && !isPlaceholderText(text);
}

/** One text across the row (a merged title, or a single cell), and not a figure. */
function isTitleLine(view: SheetView, row: number, right: number): boolean {
  let text: string | undefined;
  for (let c = 0; c <= right; c++) {
    const t = view.shown(row, c);
    if (t === "") continue;
    if (text !== undefined && t !== text) return false;
    text = t;
  }
  return text !== undefined && !/^[\d\s.,%+-]+$/.test(text) && !isTotalLabel(text);
}

function isNoteRow(text: string): boolean {
  const t = normaliseLabel(text);
  return NOTE_ROW_PREFIXES.some(
    (p) => t.startsWith(p) && (p.length > 1 || /^注[:：\d、.]/.test(text.trim())),
  );
}

/** Bottom of the lowest merge that starts in the header and reaches into the data (a label column). */
function headerMergeEnd(view: SheetView, band: HeaderBand, right: number): number | undefined {
  let end: number | undefined;
  for (let r = band.top; r <= band.bottom; r++) {
    for (let c = 0; c <= right; c++) {
      const m = view.mergeAt(r, c);
      // Only a label ends the table: an empty merged cell (one the tool's own column may sit next to) does not.
      if (
        m &&
        m.top >= band.top &&
        m.top <= band.bottom &&
        m.bottom > band.bottom &&
        view.shown(m.top, m.left) !== ""
      )
        end = Math.max(end ?? 0, m.bottom);
    }
  }
  return end;
}

const MONEY_ROLES = ["initial", "budget", "actual"] as const;
const TITLE_ROWS = 2;

/** Last data row (inclusive), or undefined when the header has no data row under it. */
export function lastDataRow(
  view: SheetView,
  band: HeaderBand,
  right: number,
  otherBandTops: readonly number[],
): number | undefined {
  const first = band.bottom + 1;
  const nextHeader = otherBandTops.filter((t) => t >= first).reduce((a, b) => Math.min(a, b), view.rows);
  let limit = nextHeader - 1;
  if (band.kind === "budget") {
    const mergeEnd = headerMergeEnd(view, band, right);
    if (mergeEnd !== undefined) limit = Math.min(limit, mergeEnd);
  }
  // Columns the tool fills itself (appended on a first run, recognised on the next) do not decide
  // where the table ends: a stray value below the table in such a column would otherwise make a
  // rerun read one row more than the first run did.
  const computed = new Set(
    [
      ...(band.kind === "budget" ? [band.roles.rate] : [band.roles.completion, band.roles.flag]),
      band.roles.reviewScore,
      band.roles.reviewReason,
      band.roles.deviation,
    ].filter((c): c is number => c !== undefined),
  );
  let last: number | undefined;
  for (let r = first; r <= limit; r++) {
    // A title just above the next table's header is that table's ("年度绩效目标2（40分）").
    if (nextHeader < view.rows && r >= nextHeader - TITLE_ROWS && isTitleLine(view, r, right)) break;
    if (isBlankRow(view, r, right, first, computed)) break;
    const lead = firstText(view, r, right, first, computed);
    if (isNoteRow(lead)) break;
    if (band.kind === "budget") {
      const roles = band.roles;
      const shown = MONEY_ROLES.flatMap((role) => {
        const c = roles[role];
        return c === undefined ? [] : [view.shownFrom(r, c, first)];
      });
      // Text and no figure in the money columns: 年度总体目标 | 预期目标 | 实际完成情况, another
      // section of the form. A line with a figure and one text cell (40 | 待定) is still a budget line.
      const figure = (t: string): boolean => (/\d/.test(t) && !isLabelledFigure(t)) || isGarbledFigure(t);
      const texty =
        shown.some((t) => t !== "" && !figure(t) && t !== "=" && !isPlaceholderText(t)) &&
        !shown.some(figure);
      if (texty) break;
    }
    last = r;
    if (band.kind === "indicator" && closesTable(view, r, right, first)) break;
  }
  return last;
}

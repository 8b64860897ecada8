/**
 * Page layout of the summary: one wrapped column that fits A4 portrait at 100 % (about 70 digit
 * widths between default margins), and row heights estimated from the text, because spreadsheet
 * programs do not grow rows for wrapped text they did not lay out themselves.
 */
import type { CellStyle } from "../plan/writePlan";
import { renderText, type Part } from "./parts";

export const summaryColumnWidth = 70;

/** Display width in digit units: CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
      ch,
    )
      ? 2
      : 1;
  return w;
}

const lineHeight: Readonly<Record<CellStyle, number>> = {
  title: 24,
  heading: 18,
  body: 15,
  note: 15,
  header: 15,
  computed: 15,
  legend: 15,
};
const scale: Readonly<Record<CellStyle, number>> = {
  title: 16 / 11,
  heading: 12 / 11,
  body: 1,
  note: 1,
  header: 1,
  computed: 1,
  legend: 1,
};

/** Excel's largest row height: a taller row makes it repair the file. */
export const maxRowHeight = 409.5;

export function rowHeight(text: string, style: CellStyle): number {
  const perLine = summaryColumnWidth / scale[style];
  const lines = Math.max(1, Math.ceil((displayWidth(text) * 1.05) / perLine));
  return Math.min(maxRowHeight, lines * lineHeight[style] + 3);
}

/** The display width one row of `style` holds within maxRowHeight (the inverse of rowHeight). */
export function rowCapacity(style: CellStyle): number {
  const lines = Math.floor((maxRowHeight - 3) / lineHeight[style]);
  return Math.floor((lines * summaryColumnWidth) / scale[style] / 1.05);
}

// A row break after one of these reads as the end of a clause, not a word cut in two.
const BREAK_AFTER = /[。；！？，、;!?,.\s]/;

/** The longest prefix of `chars` within `room` display width, ending at a clause if one fits. */
function cut(chars: readonly string[], room: number, atClauseOnly: boolean): number {
  let w = 0;
  let fit = 0;
  let clause = 0;
  while (fit < chars.length && w + displayWidth(chars[fit]) <= room) {
    w += displayWidth(chars[fit]);
    fit++;
    if (BREAK_AFTER.test(chars[fit - 1])) clause = fit;
  }
  if (fit === chars.length) return fit;
  return clause > 0 || atClauseOnly ? clause : fit;
}

/**
 * A paragraph split over as many rows as it needs so that none is taller than Excel allows: text
 * parts are cut at a clause where possible; figures are never cut. Short paragraphs stay whole.
 */
export function splitParagraph(parts: readonly Part[], style: CellStyle): Part[][] {
  const cap = rowCapacity(style);
  const rows: Part[][] = [];
  let row: Part[] = [];
  let used = 0;
  const flush = () => {
    if (row.length > 0) rows.push(row);
    row = [];
    used = 0;
  };
  for (const part of parts) {
    const w = displayWidth(renderText([part]));
    if (used + w <= cap) {
      row.push(part);
      used += w;
      continue;
    }
    if (part.kind !== "text") {
      flush();
      row.push(part);
      used = w;
      continue;
    }
    let chars = Array.from(part.text);
    while (chars.length > 0) {
      // In a row already holding text, wait for a clause; an empty row takes what fits.
      const n = cut(chars, cap - used, row.length > 0);
      if (n === 0) {
        flush();
        continue;
      }
      const piece = chars.slice(0, n).join("");
      row.push({ kind: "text", text: piece });
      used += displayWidth(piece);
      chars = chars.slice(n);
      if (chars.length > 0) flush();
    }
  }
  flush();
  return rows.length > 0 ? rows : [[]];
}

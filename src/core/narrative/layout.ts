/**
 * Page layout of the summary: one wrapped column that fits A4 portrait at 100 % (about 70 digit
 * widths between default margins), and row heights estimated from the text, because spreadsheet
 * programs do not grow rows for wrapped text they did not lay out themselves.
 */
import type { CellStyle } from "../plan/writePlan";

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
};
const scale: Readonly<Record<CellStyle, number>> = {
  title: 16 / 11,
  heading: 12 / 11,
  body: 1,
  note: 1,
  header: 1,
};

export function rowHeight(text: string, style: CellStyle): number {
  const perLine = summaryColumnWidth / scale[style];
  const lines = Math.max(1, Math.ceil((displayWidth(text) * 1.05) / perLine));
  return lines * lineHeight[style] + 3;
}

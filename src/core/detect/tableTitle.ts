/** The title over a table and the subject it is about (the text right of 项目名称). */
import { NOT_TITLE_PREFIXES, SUBJECT_LABELS } from "./headerVocabulary";
import { normaliseHeader, normaliseLabel } from "./normalize";
import type { SheetView } from "./sheetView";

const NEAR_ROWS = 8;
const FIRST_ROWS = 5;
const SUBJECT_ROWS = 30;

function isMetadata(text: string): boolean {
  const t = normaliseLabel(text);
  return NOT_TITLE_PREFIXES.some((p) => t.startsWith(p.normalize("NFKC").toLowerCase())) || /^\d+$/.test(t);
}

/** The one text a row shows (merged titles show in every column), ignoring metadata; undefined otherwise. */
function titleOfRow(view: SheetView, row: number): string | undefined {
  const texts = new Set<string>();
  for (let c = 0; c < view.cols; c++) {
    const t = view.shown(row, c);
    if (t !== "" && t !== "=" && !isMetadata(t)) texts.add(t);
  }
  return texts.size === 1 ? [...texts][0] : undefined;
}

/**
 * Nearest single-text row above the header, not reaching back into the previous table; else the
 * sheet's title in its first rows; else the sheet name.
 */
export function findTitle(view: SheetView, headerTop: number, previousEnd: number): string {
  for (let r = headerTop - 1; r >= Math.max(previousEnd + 1, headerTop - NEAR_ROWS, 0); r--) {
    const t = titleOfRow(view, r);
    if (t !== undefined) return t;
  }
  for (let r = 0; r < Math.min(FIRST_ROWS, headerTop); r++) {
    const t = titleOfRow(view, r);
    if (t !== undefined) return t;
  }
  return view.grid.name;
}

/** Text right of the nearest 项目名称 / 单位名称 / Project name label above the header, if any. */
export function findSubject(view: SheetView, headerTop: number): string | undefined {
  for (let r = headerTop - 1; r >= Math.max(0, headerTop - SUBJECT_ROWS); r--) {
    for (let c = 0; c < view.cols; c++) {
      const label = view.shown(r, c);
      if (!SUBJECT_LABELS.includes(normaliseHeader(label))) continue;
      for (let k = c + 1; k < view.cols; k++) {
        const v = view.shown(r, k);
        if (v !== "" && v !== label) return v;
      }
    }
  }
  return undefined;
}

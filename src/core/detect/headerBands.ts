/**
 * Finds header bands: the one or two rows that head a table, with the role of each column.
 * A row qualifies on its own; the row above joins it when it carries a group label (项目资金（万元）,
 * 绩效指标) or cells merged down into it, and the row below joins it when header cells are merged
 * down over sub-headers (指标值 over 年初 | 调整).
 */
import type { BudgetRole, IndicatorRole } from "../types";
import { BUDGET_VOCABULARY, GROUP_LABELS, INDICATOR_VOCABULARY } from "./headerVocabulary";
import { assignRoles, meetsRequirements, namesSomeRole, roleCount, type ColumnHeader } from "./matchHeaders";
import { normaliseHeader } from "./normalize";
import type { SheetView } from "./sheetView";

export type HeaderBand =
  | {
      readonly kind: "budget";
      readonly top: number;
      readonly bottom: number;
      readonly roles: Partial<Record<BudgetRole, number>>;
    }
  | {
      readonly kind: "indicator";
      readonly top: number;
      readonly bottom: number;
      readonly roles: Partial<Record<IndicatorRole, number>>;
    };

type Roles = Partial<Record<string, number>>;

function rolesOf(b: HeaderBand): Roles {
  return b.roles;
}

/**
 * Header cells are short labels; a sentence (a note merged beside the lines, "1.预算执行率=预算执行数/
 * 调整后预算数，…") contains header words without naming a column.
 */
const HEADER_MAX_LENGTH = 24;
function isSentence(raw: string, normalised: string): boolean {
  return normalised.length > HEADER_MAX_LENGTH || /[。；;]|[,，].*[,，]/.test(raw);
}

/** Cells of a row that could name a role (numbers and unknown texts cannot, so are left out). */
function singleRowHeaders(view: SheetView, row: number): ColumnHeader[] {
  const out: ColumnHeader[] = [];
  for (let c = 0; c < view.cols; c++) {
    if (view.isNumberCell(row, c)) continue;
    const raw = view.shown(row, c);
    const t = normaliseHeader(raw);
    if (isSentence(raw, t)) continue;
    if (t !== "" && (namesSomeRole(INDICATOR_VOCABULARY, t) || namesSomeRole(BUDGET_VOCABULARY, t)))
      out.push({ col: c, bottom: t });
  }
  return out;
}

function twoRowHeaders(view: SheetView, top: number, bottom: number): ColumnHeader[] {
  const out: ColumnHeader[] = [];
  for (let c = 0; c < view.cols; c++) {
    const upRaw = view.shown(top, c);
    const downRaw = view.shown(bottom, c);
    const m = view.mergeAt(top, c);
    const sameCell = m !== undefined && m.bottom >= bottom; // one cell merged over both rows
    const groupLabel = m !== undefined && m.right > m.left && !sameCell;
    const b = isSentence(downRaw, normaliseHeader(downRaw)) ? "" : normaliseHeader(downRaw);
    if (sameCell) {
      if (b !== "") out.push({ col: c, bottom: b });
      continue;
    }
    const up = normaliseHeader(upRaw);
    const joins =
      up === "" || b === ""
        ? []
        : groupLabel
          ? [normaliseHeader(upRaw + downRaw), normaliseHeader(downRaw + upRaw)]
          : [normaliseHeader(upRaw + downRaw)];
    const h: ColumnHeader = { col: c, bottom: b, top: groupLabel || up === "" ? undefined : up, joins };
    if (h.bottom !== "" || h.top !== undefined || joins.length > 0) out.push(h);
  }
  return out;
}

/** The kind this row (or band) heads, if any; both kinds possible -> the one with more roles, else indicator. */
function classify(headers: readonly ColumnHeader[], top: number, bottom: number): HeaderBand | undefined {
  const ind = assignRoles(INDICATOR_VOCABULARY, headers);
  const bud = assignRoles(BUDGET_VOCABULARY, headers);
  // A budget name column may be unlabelled (MoF: the row labels sit under an empty header cell).
  const budOk = meetsRequirements(BUDGET_VOCABULARY, bud, ["name"]);
  const indOk = meetsRequirements(INDICATOR_VOCABULARY, ind);
  if (budOk && (!indOk || roleCount(bud) > roleCount(ind)))
    return { kind: "budget", top, bottom, roles: bud };
  if (indOk) return { kind: "indicator", top, bottom, roles: ind };
  return undefined;
}

/** Columns the header spans: from the assigned columns outwards while header cells are not empty. */
export function headerSpan(
  view: SheetView,
  top: number,
  bottom: number,
  roles: Roles,
): { left: number; right: number } {
  const cols = Object.values(roles).filter((c): c is number => c !== undefined);
  let left = Math.min(...cols);
  let right = Math.max(...cols);
  const filled = (c: number): boolean => {
    for (let r = top; r <= bottom; r++) if (view.shown(r, c) !== "") return true;
    return false;
  };
  while (right + 1 < view.cols && filled(right + 1)) right++;
  while (left - 1 >= 0 && filled(left - 1)) left--;
  return { left, right };
}

/** Row above `row` is part of the header: group labels over several header cells, or cells merged down into `row`. */
function joinsFromAbove(view: SheetView, row: number, left: number, right: number): boolean {
  const up = row - 1;
  if (up < 0) return false;
  let structural = false;
  let anyText = false;
  for (let c = left; c <= right; c++) {
    const text = view.shown(up, c);
    if (text === "") continue;
    anyText = true;
    const m = view.mergeAt(up, c);
    if (m && m.top === up && m.bottom >= row) {
      structural = true; // a header cell spanning both rows
      continue;
    }
    if (m && m.right > m.left && m.left >= left && m.right <= right) {
      let under = 0;
      for (let k = m.left; k <= m.right; k++) if (view.own(row, k) !== "") under++;
      const wholeWidth = m.left <= left && m.right >= right;
      // A merge over the full width is a title unless it reads like a group label (绩效指标).
      if (under >= 2 && (!wholeWidth || GROUP_LABELS.includes(normaliseHeader(text)))) {
        structural = true;
        continue;
      }
      return false;
    }
    // A label over a labelled cell: a separate row (主管部门 …). A unit alone ("（万元）") labels nothing.
    if (normaliseHeader(view.shown(row, c)) !== "") return false;
  }
  return anyText && structural;
}

/** Row below `row` is part of the header: cells merged down from `row`, sub-headers only under group merges. */
function joinsFromBelow(view: SheetView, row: number, left: number, right: number): boolean {
  const down = row + 1;
  if (down >= view.rows) return false;
  let mergedDown = false;
  for (let c = left; c <= right; c++) {
    const m = view.mergeAt(row, c);
    if (m && m.top === row && m.bottom >= down) mergedDown = true;
    if (view.own(down, c) === "") continue;
    const above = view.mergeAt(row, c);
    if (!(above && above.right > above.left && above.bottom === row)) return false;
  }
  return mergedDown;
}

/** True when at least two of the roles' header cells hold text of their own in `row` (not a merge from above). */
function ownsHeader(view: SheetView, row: number, roles: Roles): boolean {
  let n = 0;
  for (const c of Object.values(roles)) {
    if (c === undefined) continue;
    const m = view.mergeAt(row, c);
    if (!m || m.top === row) n++;
  }
  return n >= 2;
}

export function findHeaderBands(view: SheetView): HeaderBand[] {
  const bands: HeaderBand[] = [];
  let consumedTo = -1;
  for (let r = 0; r < view.rows; r++) {
    if (r <= consumedTo) continue;
    const single = singleRowHeaders(view, r);
    if (single.length < 2) continue;
    const band = classify(single, r, r);
    if (!band || !ownsHeader(view, r, rolesOf(band))) continue;
    const { left, right } = headerSpan(view, r, r, rolesOf(band));
    let chosen: HeaderBand = band;
    const tryBand = (top: number, bottom: number): HeaderBand | undefined => {
      const b = classify(twoRowHeaders(view, top, bottom), top, bottom);
      return b && b.kind === band.kind ? b : undefined;
    };
    if (r - 1 > consumedTo && joinsFromAbove(view, r, left, right)) chosen = tryBand(r - 1, r) ?? band;
    else if (joinsFromBelow(view, r, left, right)) chosen = tryBand(r, r + 1) ?? band;
    bands.push(chosen);
    consumedTo = chosen.bottom;
  }
  return bands;
}

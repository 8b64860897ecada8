/**
 * Budget line levels from their numbering (合计 0, 一、 1, 1、 2, （1）/① 3; 其中 one deeper than its
 * parent), and the direct children of a line, for subtotal checks.
 */
import { normaliseLabel } from "./normalize";

export interface LineLevel {
  readonly level: number;
  readonly isTotal: boolean;
}

const TOTAL_NAMES = [
  "合计",
  "总计",
  "总合计",
  "年度资金总额",
  "资金总额",
  "支出合计",
  "支出总计",
  "total",
  "grandtotal",
];

const CN_NUM = "[一二三四五六七八九十百零〇]+";
const NUMBERED: readonly { readonly re: RegExp; readonly level: number }[] = [
  { re: new RegExp(`^${CN_NUM}[、.．]`), level: 1 },
  // （一） sits between 一、 and 1、 in official numbering; the levels here have no slot for it, so it shares 2.
  { re: new RegExp(`^[(（]${CN_NUM}[)）]`), level: 2 },
  { re: /^\d+(?:[、．]|\.(?!\d))/, level: 2 },
  { re: /^[(（]\d+[)）]/, level: 3 },
];

function isTotalName(name: string): boolean {
  const t = normaliseLabel(name).replace(/[:：]$/, "");
  return TOTAL_NAMES.includes(t);
}

function isOfWhich(name: string): boolean {
  const t = name.trim();
  return /^其中[:：]?/.test(t) || /^of\s+which\b/i.test(t);
}

function numberedLevel(name: string): number | undefined {
  const raw = name.trim();
  if (/^[\u2460-\u2473]/.test(raw)) return 3; // before NFKC, which turns ① into "1"
  const t = raw.normalize("NFKC"); // full-width digits and brackets: １、 （1）
  return NUMBERED.find((n) => n.re.test(t))?.level;
}

export function budgetLevels(names: readonly string[]): LineLevel[] {
  const out: LineLevel[] = [];
  let numberedParent: number | undefined; // level of the nearest numbered (or total) line
  let lastPlain: number | undefined; // level of the nearest line that is not a 其中 line
  for (const name of names) {
    let level: number;
    let isTotal = false;
    const numbered = numberedLevel(name);
    if (isTotalName(name)) {
      level = 0;
      isTotal = true;
      numberedParent = 0;
    } else if (isOfWhich(name)) {
      level = (lastPlain ?? 0) + 1;
      out.push({ level, isTotal });
      continue;
    } else if (numbered !== undefined) {
      level = numbered;
      numberedParent = numbered;
    } else {
      // Un-numbered: a child of the nearest numbered line, or top level (1) at the start.
      level = numberedParent === undefined ? 1 : numberedParent + 1;
    }
    lastPlain = level;
    out.push({ level, isTotal });
  }
  return out;
}

/**
 * Direct children of line `index`: for a total, the top-level lines of the whole list (before or
 * after it); otherwise the following lines whose nearest shallower predecessor is this line.
 * Linear in the lines scanned (called for every line, a back-scan per line was quadratic).
 */
export function childrenOf(levels: readonly LineLevel[], index: number): number[] {
  const me = levels[index];
  if (!me) return [];
  const kids: number[] = [];
  if (me.isTotal) {
    // Top level: no preceding non-total line is shallower, i.e. none is below the running minimum.
    let shallowest = Infinity;
    for (let i = 0; i < levels.length; i++) {
      const l = levels[i];
      if (i !== index && !l.isTotal && !(shallowest < l.level)) kids.push(i);
      if (!l.isTotal && l.level < shallowest) shallowest = l.level;
    }
    return kids;
  }
  // A following line is a child when no line between this one and it is shallower than it.
  let shallowest = Infinity;
  for (let j = index + 1; j < levels.length; j++) {
    const l = levels[j];
    if (l.level <= me.level) break;
    if (!(shallowest < l.level)) kids.push(j);
    if (l.level < shallowest) shallowest = l.level;
  }
  return kids;
}

/** Comparators as written in tables: symbols (half- and full-width), Chinese words and English. */
import { isCellError, type CellValue } from "../grid";
import { normaliseText } from "./text";
import type { Comparator } from "./types";

/** Prefixes, longest first when matched. NFKC has already turned ＞＝ into >= and ﹦ into =. */
const prefixes: readonly (readonly [string, Comparator])[] = [
  [">=", "ge"],
  ["≥", "ge"],
  ["≧", "ge"],
  ["=>", "ge"],
  ["不少于", "ge"],
  ["不低于", "ge"],
  ["不小于", "ge"],
  ["大于等于", "ge"],
  ["大于或等于", "ge"],
  ["达到", "ge"],
  ["至少", "ge"],
  ["at least", "ge"],
  ["no less than", "ge"],
  ["not less than", "ge"],
  ["min.", "ge"],
  ["minimum", "ge"],
  ["<=", "le"],
  ["≤", "le"],
  ["≦", "le"],
  ["=<", "le"],
  ["不高于", "le"],
  ["不超过", "le"],
  ["不大于", "le"],
  ["小于等于", "le"],
  ["小于或等于", "le"],
  ["控制在", "le"],
  ["最多", "le"],
  ["at most", "le"],
  ["no more than", "le"],
  ["not more than", "le"],
  ["up to", "le"],
  ["max.", "le"],
  ["maximum", "le"],
  [">", "gt"],
  ["大于", "gt"],
  ["高于", "gt"],
  ["超过", "gt"],
  ["more than", "gt"],
  ["above", "gt"],
  ["<", "lt"],
  ["小于", "lt"],
  ["低于", "lt"],
  ["少于", "lt"],
  ["less than", "lt"],
  ["below", "lt"],
  ["=", "eq"],
  ["＝", "eq"],
  ["等于", "eq"],
  ["equal to", "eq"],
];

const sortedPrefixes = [...prefixes].sort((a, b) => b[0].length - a[0].length);

/** Suffixes such as 95%以上 or 5%以内. */
const suffixes: readonly (readonly [string, Comparator])[] = [
  ["及以上", "ge"],
  ["以上", "ge"],
  ["及以下", "le"],
  ["以下", "le"],
  ["以内", "le"],
  ["之内", "le"],
  ["内", "le"], // 2天内, 3个工作日内
  ["or more", "ge"],
  ["or less", "le"],
];

export interface ComparatorSplit {
  readonly comparator: Comparator | null;
  readonly rest: string;
}

/** Splits a leading (or trailing) comparator from the text; `rest` is what remains, trimmed. */
export function splitComparator(text: string): ComparatorSplit {
  const t = normaliseText(text);
  const lower = t.toLowerCase();
  let comparator: Comparator | null = null;
  let rest = t;
  for (const [p, c] of sortedPrefixes) {
    if (lower.startsWith(p)) {
      comparator = c;
      rest = t.slice(p.length).trim();
      break;
    }
  }
  const restLower = rest.toLowerCase();
  for (const [s, c] of suffixes) {
    if (restLower.endsWith(s)) {
      // "不超过5以上" says two opposite things: leave it whole so that it reads as unparsed.
      if (comparator !== null && comparator !== c) return { comparator: null, rest: t };
      comparator = c;
      rest = rest.slice(0, rest.length - s.length).trim();
      break;
    }
  }
  return { comparator, rest };
}

/** What a 指标性质 column can say: a comparator, or that the indicator is qualitative (定性). */
export type ComparatorCell = Comparator | "qualitative";

const cellWords: readonly (readonly [string, ComparatorCell])[] = [
  ["正向", "ge"],
  ["正向指标", "ge"],
  ["反向", "le"],
  ["反向指标", "le"],
  ["higher is better", "ge"],
  ["lower is better", "le"],
  ["定性", "qualitative"],
  ["定性指标", "qualitative"],
  ["qualitative", "qualitative"],
];

/** A 指标性质 / comparator column: "≥", "=", "≤", "大于等于", "正向", "反向", "定性"; anything else -> null. */
export function parseComparatorCell(v: CellValue | undefined): ComparatorCell | null {
  if (typeof v !== "string" || isCellError(v)) return null;
  const t = normaliseText(v).toLowerCase();
  const word = cellWords.find(([w]) => w === t);
  if (word) return word[1];
  const { comparator, rest } = splitComparator(t);
  return comparator !== null && rest === "" ? comparator : null;
}

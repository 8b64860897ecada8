/** Achievement phrases (达成 / 部分达成 / 未达成 and their synonyms), as a table. */
import { normaliseText } from "./text";
import type { QualitativeLevel } from "./types";

const phrases: readonly (readonly [string, QualitativeLevel])[] = [
  ["达成", "achieved"],
  ["完成", "achieved"],
  ["已完成", "achieved"],
  ["按期完成", "achieved"],
  ["按时完成", "achieved"],
  ["达成预期指标", "achieved"],
  ["达成年度指标", "achieved"],
  ["达到预期", "achieved"],
  ["全部完成", "achieved"],
  ["已达成", "achieved"],
  ["是", "achieved"],
  ["达标", "achieved"],
  ["achieved", "achieved"],
  ["completed", "achieved"],
  ["met", "achieved"],
  ["yes", "achieved"],
  ["部分达成", "partial"],
  ["部分完成", "partial"],
  ["基本完成", "partial"],
  ["基本达成", "partial"],
  ["基本达到", "partial"],
  ["partially achieved", "partial"],
  ["partly achieved", "partial"],
  ["partially met", "partial"],
  ["未达成", "notAchieved"],
  ["未完成", "notAchieved"],
  ["未达到", "notAchieved"],
  ["未达标", "notAchieved"],
  ["否", "notAchieved"],
  ["not achieved", "notAchieved"],
  ["not met", "notAchieved"],
  ["no", "notAchieved"],
];

const byLength = [...phrases].sort((a, b) => b[0].length - a[0].length);

const clean = (s: string): string =>
  normaliseText(s)
    .toLowerCase()
    .replace(/[\s。.!！,，;；:：]+$/g, "")
    .replace(/\s+/g, " ");

// After a Chinese phrase a space starts a remark ("达成 举办27场"); after an English one it may
// just continue the sentence ("No issues found"), so there only punctuation or a bracket does.
const remarkAfterHan = /^[(（,，;；:：。\s]/;
const remarkAfterLatin = /^\s*[(（,，;；:：。]/;
const remarkFollows = (phrase: string, after: string): boolean =>
  (/\p{Script=Han}/u.test(phrase) ? remarkAfterHan : remarkAfterLatin).test(after);

/** The level a phrase states: the whole text, or a phrase it starts with followed by a remark in brackets or after punctuation. */
export function qualitativeLevel(text: string): QualitativeLevel | null {
  const t = clean(text);
  if (t === "") return null;
  for (const [p, level] of byLength) if (t === p) return level;
  for (const [p, level] of byLength) {
    if (p.length >= 2 && t.startsWith(p) && remarkFollows(p, t.slice(p.length))) return level;
  }
  return null;
}

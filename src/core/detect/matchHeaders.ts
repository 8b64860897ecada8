/**
 * Assigns column roles from header texts. Every (column, role) pair that a phrase matches becomes a
 * claim with a strength; claims are granted strongest first, so a column gets at most one role, a
 * role at most one column, and the most specific reading wins.
 */
import type { RolePhrases, TableVocabulary } from "./headerVocabulary";
import { isLatin, normaliseHeader } from "./normalize";

/** Normalised header texts of one column; top and join only for two-row headers. */
export interface ColumnHeader {
  readonly col: number;
  /** The header row nearest the data. */
  readonly bottom: string;
  /** The row above (only when it names this column alone, not a group label spanning columns). */
  readonly top?: string;
  /** Top and bottom joined, both ways for a group label (预算数 over 年初 reads 年初预算数). */
  readonly joins?: readonly string[];
}

interface Claim<R extends string> {
  readonly col: number;
  readonly role: R;
  readonly roleIndex: number;
  readonly strength: number;
}

interface PreparedPhrase {
  readonly text: string;
  readonly containable: boolean;
}

interface PreparedRole<R extends string> {
  readonly role: R;
  readonly phrases: readonly PreparedPhrase[];
  readonly fallback: readonly string[];
}

/** How one text matches each role: exact preference, contains specificity, fallback; 0 = none. */
interface TextMatch {
  readonly exact: readonly number[];
  readonly contains: readonly number[];
  readonly fallback: readonly boolean[];
  /** Some role matches at all (namesSomeRole), worked out once per text. */
  readonly any: boolean;
}

interface PreparedVocabulary<R extends string> {
  readonly roles: readonly PreparedRole<R>[];
  /** Memo of text -> match: data rows repeat texts, and every row is tried as a header. */
  readonly memo: Map<string, TextMatch>;
}

const MEMO_LIMIT = 20000;
const prepared = new WeakMap<object, PreparedVocabulary<string>>();

/** "Contains" only for phrases long enough not to hide inside other words (指标 in 一级指标, unit in …). */
function containable(phrase: string): boolean {
  return isLatin(phrase) ? phrase.length >= 5 : phrase.length >= 3;
}

function prepare<R extends string>(vocab: TableVocabulary<R>): PreparedVocabulary<R> {
  const hit = prepared.get(vocab) as PreparedVocabulary<R> | undefined;
  if (hit) return hit;
  const roles = vocab.roles.map((r: RolePhrases<R>) => ({
    role: r.role,
    phrases: r.phrases.map(normaliseHeader).map((text) => ({ text, containable: containable(text) })),
    fallback: (r.fallback ?? []).map(normaliseHeader),
  }));
  const out: PreparedVocabulary<R> = { roles, memo: new Map() };
  prepared.set(vocab, out);
  return out;
}

function matchText(v: PreparedVocabulary<string>, text: string): TextMatch {
  const hit = v.memo.get(text);
  if (hit) return hit;
  const exact: number[] = [];
  const contains: number[] = [];
  const fallback: boolean[] = [];
  for (const r of v.roles) {
    let e = 0;
    let c = 0;
    r.phrases.forEach((p, i) => {
      if (p.text === "") return;
      if (text === p.text) e = Math.max(e, 1000 - i);
      else if (p.containable && text.includes(p.text)) {
        // Head noun last in both languages: "indicator weight" is a weight, 年初指标值 a target.
        c = Math.max(c, (text.endsWith(p.text) ? 500 : 0) + p.text.length);
      }
    });
    exact.push(e);
    contains.push(c);
    fallback.push(r.fallback.includes(text));
  }
  const any = exact.some((x) => x > 0) || contains.some((x) => x > 0) || fallback.some((x) => x);
  const m: TextMatch = { exact, contains, fallback, any };
  if (v.memo.size >= MEMO_LIMIT) v.memo.clear();
  v.memo.set(text, m);
  return m;
}

// Tiers: an exact match on the row nearest the data beats a match on joined rows, which beats a
// phrase merely contained, which beats the upper row alone; fallbacks come last.
const TIER = { bottomExact: 6, joinExact: 5, contains: 4, topExact: 3, topContains: 2, fallback: 1 } as const;

function strength(m: TextMatch, role: number, exactTier: number, containsTier: number): number {
  if (m.exact[role] > 0) return exactTier * 10000 + m.exact[role];
  if (m.contains[role] > 0) return containsTier * 10000 + m.contains[role];
  return 0;
}

function claimStrength(v: PreparedVocabulary<string>, h: ColumnHeader, role: number): number {
  const bottom = matchText(v, h.bottom);
  const joins = (h.joins ?? []).map((j) => matchText(v, j));
  const top = h.top !== undefined ? matchText(v, h.top) : undefined;
  let s = strength(bottom, role, TIER.bottomExact, TIER.contains);
  for (const j of joins) s = Math.max(s, strength(j, role, TIER.joinExact, TIER.contains));
  if (top) s = Math.max(s, strength(top, role, TIER.topExact, TIER.topContains));
  if (s === 0 && (bottom.fallback[role] || joins.some((j) => j.fallback[role]) || top?.fallback[role]))
    s = TIER.fallback * 10000;
  return s;
}

/** True when the text could name some role of this kind (cheap pre-check for rows). */
export function namesSomeRole<R extends string>(vocab: TableVocabulary<R>, text: string): boolean {
  return matchText(prepare(vocab), text).any;
}

/** Role -> column for one header band. */
export function assignRoles<R extends string>(
  vocab: TableVocabulary<R>,
  headers: readonly ColumnHeader[],
): Partial<Record<R, number>> {
  const v = prepare(vocab);
  const claims: Claim<R>[] = [];
  for (const h of headers) {
    if (h.bottom === "" && !h.top && !h.joins?.length) continue;
    v.roles.forEach((r, roleIndex) => {
      const s = claimStrength(v, h, roleIndex);
      if (s > 0) claims.push({ col: h.col, role: r.role, roleIndex, strength: s });
    });
  }
  claims.sort((a, b) => b.strength - a.strength || a.col - b.col || a.roleIndex - b.roleIndex);
  const out: Partial<Record<R, number>> = {};
  const taken = new Set<number>();
  for (const c of claims) {
    if (out[c.role] !== undefined || taken.has(c.col)) continue;
    out[c.role] = c.col;
    taken.add(c.col);
  }
  return out;
}

/** True when every required group has a role present (optionally ignoring some roles, e.g. an inferable name). */
export function meetsRequirements<R extends string>(
  vocab: TableVocabulary<R>,
  roles: Partial<Record<R, number>>,
  ignore: readonly R[] = [],
): boolean {
  return vocab.required.every((group) => group.some((r) => ignore.includes(r) || roles[r] !== undefined));
}

export function roleCount<R extends string>(roles: Partial<Record<R, number>>): number {
  return Object.keys(roles).length;
}

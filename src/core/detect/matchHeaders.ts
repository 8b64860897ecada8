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
  /** Top and bottom joined. */
  readonly join?: string;
}

interface Claim<R extends string> {
  readonly col: number;
  readonly role: R;
  readonly roleIndex: number;
  readonly strength: number;
}

interface PreparedRole<R extends string> {
  readonly role: R;
  readonly phrases: readonly string[];
  readonly fallback: readonly string[];
}

const prepared = new WeakMap<object, readonly PreparedRole<string>[]>();

function prepare<R extends string>(vocab: TableVocabulary<R>): readonly PreparedRole<R>[] {
  const hit = prepared.get(vocab) as readonly PreparedRole<R>[] | undefined;
  if (hit) return hit;
  const out = vocab.roles.map((r: RolePhrases<R>) => ({
    role: r.role,
    phrases: r.phrases.map(normaliseHeader),
    fallback: (r.fallback ?? []).map(normaliseHeader),
  }));
  prepared.set(vocab, out);
  return out;
}

/** "Contains" only for phrases long enough not to hide inside other words (指标 in 一级指标, unit in …). */
function containable(phrase: string): boolean {
  return isLatin(phrase) ? phrase.length >= 5 : phrase.length >= 3;
}

// Tiers: an exact match on the row nearest the data beats a match on joined rows, which beats a
// phrase merely contained, which beats the upper row alone; fallbacks come last.
const TIER = { bottomExact: 6, joinExact: 5, contains: 4, topExact: 3, topContains: 2, fallback: 1 } as const;

function phraseStrength(text: string, phrases: readonly string[], exactTier: number, containsTier: number): number {
  let best = 0;
  phrases.forEach((p, i) => {
    if (p === "") return;
    if (text === p) best = Math.max(best, exactTier * 10000 + 1000 - i);
    else if (containable(p) && text.includes(p)) {
      // Head noun last in both languages: "indicator weight" is a weight, 年初指标值 a target.
      const suffix = text.endsWith(p) ? 500 : 0;
      best = Math.max(best, containsTier * 10000 + suffix + p.length);
    }
  });
  return best;
}

function claimStrength(h: ColumnHeader, r: PreparedRole<string>): number {
  let s = phraseStrength(h.bottom, r.phrases, TIER.bottomExact, TIER.contains);
  if (h.join !== undefined) s = Math.max(s, phraseStrength(h.join, r.phrases, TIER.joinExact, TIER.contains));
  if (h.top !== undefined) s = Math.max(s, phraseStrength(h.top, r.phrases, TIER.topExact, TIER.topContains));
  if (s === 0) {
    for (const t of [h.bottom, h.join, h.top]) {
      if (t !== undefined && r.fallback.includes(t)) s = TIER.fallback * 10000;
    }
  }
  return s;
}

/** Role -> column for one header band. */
export function assignRoles<R extends string>(
  vocab: TableVocabulary<R>,
  headers: readonly ColumnHeader[],
): Partial<Record<R, number>> {
  const roles = prepare(vocab);
  const claims: Claim<R>[] = [];
  for (const h of headers) {
    if (h.bottom === "" && !h.top && !h.join) continue;
    roles.forEach((r, roleIndex) => {
      const strength = claimStrength(h, r);
      if (strength > 0) claims.push({ col: h.col, role: r.role, roleIndex, strength });
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

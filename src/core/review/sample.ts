/**
 * The 抽查 sample: every key project (budget at or above the key amount) is in; the rest are drawn
 * by a seeded shuffle of the files in name order, so the same seed draws the same files whatever
 * the order they were given in.
 */

/** mulberry32: a small, well-known 32-bit generator; good enough for drawing files, and reproducible. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SampleSize =
  { readonly kind: "count"; readonly n: number } | { readonly kind: "percent"; readonly p: number };

export interface SampleCandidate {
  readonly file: string;
  readonly budget: number | null;
}

export interface Drawn {
  readonly file: string;
  readonly key: boolean;
}

export function sampleCount(size: SampleSize, total: number): number {
  switch (size.kind) {
    case "count":
      return Math.min(total, size.n);
    case "percent":
      return Math.min(total, Math.ceil((total * size.p) / 100));
  }
}

/** The files drawn, key projects first, then in the order of the draw. */
export function drawSample(
  candidates: readonly SampleCandidate[],
  size: SampleSize,
  seed: number,
  keyBudget: number | null,
): Drawn[] {
  const files = [...new Set(candidates.map((c) => c.file))].sort();
  const isKey = (f: string): boolean =>
    keyBudget !== null && candidates.some((c) => c.file === f && c.budget !== null && c.budget >= keyBudget);
  const keys = files.filter(isKey);
  const rest = files.filter((f) => !isKey(f));
  const random = generator(seed);
  for (let i = rest.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rest[i], rest[j]] = [rest[j], rest[i]];
  }
  const more = Math.max(0, sampleCount(size, files.length) - keys.length);
  return [
    ...keys.map((file) => ({ file, key: true })),
    ...rest.slice(0, more).map((file) => ({ file, key: false })),
  ];
}

/** A seed typed as a number is that number; any other text is hashed (FNV-1a) to one. */
export function seedOf(text: string): number {
  if (/^\d+$/.test(text) && Number(text) <= 0xffffffff) return Number(text);
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h >>> 0;
}

/**
 * A bounded memo for a pure function of one string. Cell texts and number formats repeat down a
 * table, and each call of the functions wrapped here (NFKC, regular-expression replaces) allocates
 * new strings: on a 50,000-row sheet that is garbage the collector pays for.
 *
 * Two generations of at most `limit` entries each: when the recent one is full it becomes the older
 * one (the previous older one is dropped), and a text found in the older one moves back to the
 * recent one. Texts that keep coming back stay memoised however many one-off texts (a name per
 * row) pass through, and memory stays bounded whatever the workbook. Long texts are not kept.
 */
export function memoByString<T>(fn: (s: string) => T, limit = 10000, maxLength = 256): (s: string) => T {
  let recent = new Map<string, T>();
  let older = new Map<string, T>();
  return (s: string): T => {
    if (s.length > maxLength) return fn(s);
    let value = recent.get(s);
    if (value !== undefined) return value;
    value = older.get(s);
    if (value === undefined) value = fn(s);
    if (recent.size >= limit) {
      older = recent;
      recent = new Map();
    }
    recent.set(s, value);
    return value;
  };
}

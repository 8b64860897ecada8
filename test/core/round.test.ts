/** Excel's ROUND: half away from zero on the decimal value shown, whatever the binary float holds. */
import fc from "fast-check";
import { roundHalfAway } from "../../src/core/round";

/** The definition, without the fast path: cut to 15 significant digits, then round half away. */
function reference(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const scaled = Number((Math.abs(x) * 10 ** digits).toPrecision(15));
  const r = Math.round(scaled) / 10 ** digits;
  return x < 0 ? -r : r;
}

test.each([
  [1.005, 2, 1.01],
  [-1.005, 2, -1.01],
  [2.675, 2, 2.68],
  [0.125, 2, 0.13],
  [1.0049, 2, 1],
  [83.345, 2, 83.35],
  [12345678.125, 2, 12345678.13],
  [2.5, 0, 3],
  [-2.5, 0, -3],
  [0.1 + 0.2, 2, 0.3],
])("ROUND(%d, %d) = %d", (x, digits, expected) => {
  expect(roundHalfAway(x, digits)).toBe(expected);
});

test("agrees with the 15-digit definition on arbitrary figures and on halves", () => {
  const half = fc
    .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 4 }))
    .map(([n, d]) => [(n + 0.5) / 10 ** d, d] as const);
  const any = fc.tuple(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }));
  fc.assert(
    fc.property(fc.oneof(half, any), ([x, d]) => {
      expect(roundHalfAway(x, d)).toBe(reference(x, d));
    }),
    { numRuns: 20000 },
  );
});

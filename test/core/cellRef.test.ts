import fc from "fast-check";
import { a1, a1Range, parseA1, parseA1Range } from "../../src/core/cellRef";

describe("parseA1", () => {
  test("references, absolute parts, spaces and case", () => {
    expect(parseA1("A1")).toEqual({ row: 0, col: 0 });
    expect(parseA1("c5")).toEqual({ row: 4, col: 2 });
    expect(parseA1(" $AB$12 ")).toEqual({ row: 11, col: 27 });
    expect(parseA1("XFD1048576")).toEqual({ row: 1048575, col: 16383 });
  });

  test("what is not an A1 reference", () => {
    for (const t of ["", "A", "12", "ABCD1", "A1B", "A-1", "A1:B2", "$", "A$", "Sheet1!A1", "A 1", "Ä1"])
      expect([t, parseA1(t)]).toEqual([t, undefined]);
  });

  test("inverts a1 for every cell of the sheet's range", () => {
    fc.assert(
      fc.property(fc.nat(1048575), fc.nat(16383), fc.boolean(), (row, col, abs) => {
        expect(parseA1(a1(row, col, abs))).toEqual({ row, col });
      }),
    );
  });
});

describe("parseA1Range", () => {
  test("a range in either corner order, or one cell", () => {
    expect(parseA1Range("B2:D5")).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    expect(parseA1Range("D5:B2")).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    expect(parseA1Range("C3")).toEqual({ top: 2, left: 2, bottom: 2, right: 2 });
    expect(parseA1Range(a1Range(3, 4, 10, 20))).toEqual({ top: 3, left: 4, bottom: 10, right: 20 });
  });

  test("what is not a range", () => {
    for (const t of ["", "A1:", "A1:B2:C3", "A:B", "1:2", "A1 B2"])
      expect([t, parseA1Range(t)]).toEqual([t, undefined]);
  });
});

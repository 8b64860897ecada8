import fc from "fast-check";
import { formatTarget, parseActual, parseNumber, parseTarget } from "../../../src/core/parse";
import {
  anyCellValue,
  anyNumFmt,
  anyText,
  decimalValue,
  quantitativeTarget,
  targetOptions,
} from "./arbitraries";

// FUZZ_RUNS=10000 npx jest test/core/parse/properties runs the same properties as a fuzz pass.
const numRuns = Number(process.env.FUZZ_RUNS ?? "300") || 300;

describe("parsers never throw", () => {
  it("parseNumber on any cell and format", () => {
    fc.assert(
      fc.property(anyCellValue, anyNumFmt, (v, fmt) => {
        const p = parseNumber(v, fmt);
        if (p !== null) expect(Number.isFinite(p.value)).toBe(true);
      }),
      { numRuns },
    );
  });

  it("parseTarget on any text", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        parseTarget(s);
      }),
      { numRuns },
    );
  });

  it("parseTarget on any cell with any columns", () => {
    fc.assert(
      fc.property(anyCellValue, targetOptions, (v, opts) => {
        const t = parseTarget(v, opts);
        if (t.kind === "quantitative") expect(Number.isFinite(t.value)).toBe(true);
      }),
      { numRuns },
    );
  });

  it("parseActual on any cell against any target", () => {
    fc.assert(
      fc.property(anyCellValue, anyCellValue, targetOptions, anyNumFmt, (v, targetCell, opts, fmt) => {
        const target = parseTarget(targetCell, opts);
        const a = parseActual(v, { unit: opts.unit, numFmt: fmt, target });
        if (a.kind === "quantity") expect(Number.isFinite(a.value)).toBe(true);
      }),
      { numRuns },
    );
  });
});

describe("round trips", () => {
  it("parseTarget(formatTarget(t)) equals t for any quantitative target", () => {
    fc.assert(
      fc.property(quantitativeTarget, (t) => {
        expect(parseTarget(formatTarget(t))).toEqual(t);
      }),
      { numRuns },
    );
  });

  it("a target read from any text prints back to the same target", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const t = parseTarget(s);
        if (t.kind === "quantitative") expect(parseTarget(formatTarget(t))).toEqual(t);
      }),
      { numRuns },
    );
  });

  it("a percent is the double nearest the decimal divided by 100", () => {
    fc.assert(
      fc.property(decimalValue, (x) => {
        const text = formatTarget({
          kind: "quantitative",
          comparator: "ge",
          value: x,
          unit: "",
          explicit: false,
        });
        expect(parseNumber(`${text}%`)).toEqual({ value: Number(`${text}e-2`) || 0, unit: "%" });
      }),
      { numRuns },
    );
  });

  it("a number printed with thousands separators and stray spaces reads back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), fc.integer({ min: 0, max: 99 }), (i, f) => {
        const grouped = i.toLocaleString("en-US");
        const frac = String(f).padStart(2, "0");
        expect(parseNumber(`${grouped}. ${frac}`)?.value).toBe(Number(`${i}.${frac}`));
      }),
      { numRuns },
    );
  });
});

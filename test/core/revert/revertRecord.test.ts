import fc from "fast-check";
import { gridFromValues, type CellValue, type WorkbookData } from "../../../src/core/grid";
import type { CellWrite, WritePlan } from "../../../src/core/plan/writePlan";
import {
  parseRecord,
  recordFor,
  recordFromData,
  REVERT_SHEET,
  serializeRecord,
  withoutRecordSheet,
  type RevertRecord,
} from "../../../src/core/revert";

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((d) => (Object.is(d, -0) ? 0 : d)),
  fc.boolean(),
  fc.constantFrom("#N/A", "#DIV/0!", "#REF!").map((error) => ({ error })),
);

const before = fc.option(
  fc
    .record({
      value: cellValue,
      formula: fc.option(fc.string(), { nil: undefined }),
      numFmt: fc.option(fc.string(), { nil: undefined }),
    })
    .map((b) => {
      const out: { value: CellValue; formula?: string; numFmt?: string } = { value: b.value };
      if (b.formula !== undefined) out.formula = b.formula;
      if (b.numFmt !== undefined) out.numFmt = b.numFmt;
      return out;
    }),
  { nil: null },
);

const record: fc.Arbitrary<RevertRecord> = fc.record({
  version: fc.constant(1 as const),
  cells: fc.array(
    fc.record({ sheet: fc.string({ unit: "grapheme" }), row: fc.nat(1048575), col: fc.nat(16383), before }),
    { maxLength: 40 },
  ),
  addedSheets: fc.array(fc.string({ unit: "grapheme" }), { maxLength: 4 }),
  conditionalFormats: fc.array(
    fc.record({
      sheet: fc.string(),
      area: fc.record({ top: fc.nat(100), left: fc.nat(100), bottom: fc.nat(100), right: fc.nat(100) }),
      formula: fc.string(),
    }),
    { maxLength: 4 },
  ),
});

describe("serializeRecord / parseRecord", () => {
  it("round-trips any record, whatever the chunk size", () => {
    fc.assert(
      fc.property(record, fc.integer({ min: 2, max: 200 }), (r, size) => {
        const chunks = serializeRecord(r, size);
        expect(chunks.every((c) => c.length <= size && c.length > 0)).toBe(true);
        expect(parseRecord(chunks)).toEqual(JSON.parse(JSON.stringify(r)));
      }),
    );
  });

  it("never splits a surrogate pair", () => {
    const r: RevertRecord = { version: 1, cells: [], addedSheets: ["😀".repeat(50)], conditionalFormats: [] };
    for (const size of [2, 3, 7, 30]) {
      for (const c of serializeRecord(r, size)) {
        expect(c).toBe(Buffer.from(c, "utf8").toString("utf8"));
      }
    }
  });

  it("keeps chunks at 30,000 characters at most by default", () => {
    const r: RevertRecord = {
      version: 1,
      cells: Array.from({ length: 3000 }, (_, i) => ({
        sheet: "表",
        row: i,
        col: 3,
        before: { value: "偏差原因".repeat(10) },
      })),
      addedSheets: [],
      conditionalFormats: [],
    };
    const chunks = serializeRecord(r);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(30000);
    expect(parseRecord(chunks)).toEqual(r);
  });

  it("returns null on garbage and never throws", () => {
    fc.assert(
      fc.property(fc.array(fc.string()), (chunks) => {
        const r = parseRecord(chunks);
        expect(r === null || r.version === 1).toBe(true);
      }),
    );
    for (const bad of [
      [],
      [""],
      ["{"],
      ["null"],
      ['{"version":2,"cells":[],"addedSheets":[],"conditionalFormats":[]}'],
      [
        '{"version":1,"cells":[{"sheet":"a","row":-1,"col":0,"before":null}],"addedSheets":[],"conditionalFormats":[]}',
      ],
      ['{"version":1,"cells":"x","addedSheets":[],"conditionalFormats":[]}'],
    ]) {
      expect(parseRecord(bad)).toBeNull();
    }
    expect(parseRecord([1 as unknown as string])).toBeNull();
  });
});

const SHEET = "指标";

function write(row: number, col: number, text: string): CellWrite {
  return { kind: "text", sheet: SHEET, row, col, text };
}

function planOf(cells: CellWrite[], extra: Partial<WritePlan> = {}): WritePlan {
  return { cells, conditionalFormats: [], newSheets: [], removeSheets: [], ...extra };
}

describe("recordFor", () => {
  const original: WorkbookData = {
    sheets: [
      gridFromValues(SHEET, [
        ["a", 1, "=A1"],
        [null, 2.5, "=B2*2"],
      ]),
    ],
  };

  it("records what each cell held, null for empty cells", () => {
    const r = recordFor(
      planOf([write(0, 0, "x"), write(0, 2, "y"), write(1, 0, "z"), write(5, 5, "w")]),
      original,
      null,
    );
    expect(r.cells.map((c) => c.before)).toEqual([
      { value: "a" },
      { value: null, formula: "A1" },
      null,
      null,
    ]);
  });

  it("keeps the first before-state across any number of runs (property)", () => {
    const pos = fc.record({ row: fc.nat(6), col: fc.nat(4) });
    fc.assert(
      fc.property(fc.array(fc.array(pos, { maxLength: 8 }), { minLength: 1, maxLength: 5 }), (runs) => {
        let data = original;
        let record: RevertRecord | null = null;
        runs.forEach((run, i) => {
          const plan = planOf(run.map((p) => write(p.row, p.col, `run${i}`)));
          record = recordFor(plan, data, record);
          // Apply: the written cells now hold the run's text.
          const rows = data.sheets[0].rows.map((r) => [...r]);
          for (const p of run) {
            while (rows.length <= p.row) rows.push([]);
            rows[p.row][p.col] = { value: `run${i}` };
          }
          data = { sheets: [{ ...data.sheets[0], rows }] };
        });
        const r = record as unknown as RevertRecord;
        const keys = r.cells.map((c) => `${c.row},${c.col}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const c of r.cells) {
          const orig = original.sheets[0].rows[c.row]?.[c.col];
          const expected =
            orig && (orig.value !== null || orig.formula) ? JSON.parse(JSON.stringify(orig)) : null;
          expect(c.before).toEqual(expected);
        }
        const touched = new Set(runs.flat().map((p) => `${p.row},${p.col}`));
        expect(new Set(keys)).toEqual(touched);
      }),
    );
  });

  it("keeps added sheets listed, skips cells on them, accumulates formats without duplicates", () => {
    const cf = {
      sheet: SHEET,
      area: { top: 0, left: 1, bottom: 1, right: 1 },
      formula: "B1<0.9",
      fill: "FFC7CE",
      fontColor: "9C0006",
    };
    const summary = {
      name: "绩效自评报告",
      columnWidths: [],
      pageSetup: { paper: "A4", orientation: "portrait", fitToWidth: true } as const,
      cells: [],
    };
    const first = recordFor(
      planOf([write(0, 0, "x")], { conditionalFormats: [cf], newSheets: [summary] }),
      original,
      null,
    );
    const second = recordFor(
      planOf([{ ...write(0, 0, "x"), sheet: "绩效自评报告" }, write(0, 1, "y")], {
        conditionalFormats: [cf, { ...cf, formula: "=B1<0.9" }, { ...cf, formula: "B1>1.3" }],
        newSheets: [summary],
        removeSheets: ["绩效自评报告"],
      }),
      original,
      first,
    );
    expect(second.addedSheets).toEqual(["绩效自评报告"]);
    expect(second.cells.map((c) => `${c.sheet}!${c.row},${c.col}`)).toEqual([`${SHEET}!0,0`, `${SHEET}!0,1`]);
    expect(second.conditionalFormats.map((f) => f.formula)).toEqual(["B1<0.9", "B1>1.3"]);
  });

  it("finds the record sheet in a workbook, and hides it from the engine", () => {
    const r = recordFor(planOf([write(0, 0, "x")]), original, null);
    const chunks = serializeRecord(r, 10);
    const data: WorkbookData = {
      sheets: [
        ...original.sheets,
        { name: REVERT_SHEET, rows: chunks.map((c) => [{ value: c }]), merges: [] },
      ],
    };
    expect(recordFromData(data)).toEqual(r);
    expect(withoutRecordSheet(data).sheets.map((s) => s.name)).toEqual([SHEET]);
    expect(recordFromData(original)).toBeNull();
  });
});

/** The Office adapter's looks in the revert record: kept once each, first look wins, validated on read. */
import {
  lookOfRecorded,
  parseRecord,
  recordFor,
  serializeRecord,
  withLooks,
  type RecordedLook,
  type RevertRecord,
} from "../../../src/core/revert";
import { gridFromValues } from "../../../src/core/grid";
import type { WritePlan } from "../../../src/core/plan/writePlan";

const boxed: RecordedLook = {
  style: "Normal",
  format: { fill: { color: "#FFFFFF", pattern: "None" }, borders: { top: { style: "Continuous" } } },
};
const yellow: RecordedLook = { style: "Normal", format: { fill: { color: "#FFFF00", pattern: "Solid" } } };

const data = {
  sheets: [
    gridFromValues("指标", [
      ["a", "b"],
      [1, null],
      [2, null],
    ]),
  ],
};
const plan = (rows: number[]): WritePlan => ({
  cells: rows.map((row) => ({ kind: "formula", sheet: "指标", row, col: 1, formula: "1", value: 1 })),
  conditionalFormats: [],
  newSheets: [],
  removeSheets: [],
});

describe("withLooks", () => {
  it("keeps each look once, points cells at it, and keeps an earlier run's first look", () => {
    const first = withLooks(recordFor(plan([1, 2]), data, null), null, (c) => (c.row === 1 ? boxed : boxed), [
      "绩效自评公式",
    ]);
    expect(first.officeLooks).toEqual([boxed]);
    expect(first.cells.map((c) => c.office)).toEqual([0, 0]);
    expect(first.officeStyles).toEqual(["绩效自评公式"]);

    // A second run sees the cells already yellow-filled: the record keeps what they were first.
    const second = withLooks(recordFor(plan([0, 1, 2]), data, first), first, () => yellow, ["绩效自评公式"]);
    expect(second.officeLooks).toEqual([boxed, yellow]);
    expect(second.cells.map((c) => [c.row, lookOfRecorded(second, c)])).toEqual([
      [1, boxed],
      [2, boxed],
      [0, yellow],
    ]);
    expect(second.officeStyles).toEqual(["绩效自评公式"]);
  });

  it("survives serialisation, and recordFor keeps the table for cells that point into it", () => {
    const r = withLooks(recordFor(plan([1]), data, null), null, () => boxed);
    expect(parseRecord(serializeRecord(r, 50))).toEqual(r);
    const again = recordFor(plan([2]), data, r);
    expect(again.officeLooks).toEqual([boxed]);
    expect(lookOfRecorded(again, again.cells[0])).toEqual(boxed);
  });

  it("rejects a record whose cells point past the table, or whose looks are not looks", () => {
    const base: RevertRecord = { version: 1, cells: [], addedSheets: [], conditionalFormats: [] };
    const cell = { sheet: "指标", row: 1, col: 1, before: null, office: 1 };
    expect(parseRecord([JSON.stringify({ ...base, cells: [cell], officeLooks: [boxed] })])).toBeNull();
    expect(parseRecord([JSON.stringify({ ...base, officeLooks: [{ style: 3 }] })])).toBeNull();
    expect(parseRecord([JSON.stringify({ ...base, officeLooks: [{ format: { a: [1] } }] })])).toBeNull();
    expect(parseRecord([JSON.stringify({ ...base, officeStyles: [1] })])).toBeNull();
    expect(
      parseRecord([JSON.stringify({ ...base, cells: [{ ...cell, office: 0 }], officeLooks: [boxed] })]),
    ).not.toBeNull();
  });
});

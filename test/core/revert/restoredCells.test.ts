/** The cells a revert restores: recorded, on a sheet still there, not on a sheet the product added. */
import type { RevertRecord } from "../../../src/core/revert";
import { restoredCells } from "../../../src/core/revert/restoredCells";

const record: RevertRecord = {
  version: 1,
  cells: [
    { sheet: "指标", row: 1, col: 2, before: null },
    { sheet: "指标", row: 2, col: 2, before: { value: 4 } },
    { sheet: "已删除", row: 0, col: 0, before: null },
    { sheet: "报告", row: 0, col: 0, before: null },
  ],
  addedSheets: ["报告"],
  conditionalFormats: [],
};

describe("restoredCells", () => {
  it("keeps cells of present sheets the product did not add, comparing names as Excel does", () => {
    expect(restoredCells(record, ["指标", "报告"]).map((c) => c.row)).toEqual([1, 2]);
    expect(
      restoredCells({ ...record, cells: [{ sheet: "Sheet1", row: 0, col: 0, before: null }] }, ["SHEET1"]),
    ).toHaveLength(1);
  });
});

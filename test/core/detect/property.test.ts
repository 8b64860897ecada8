import fc from "fast-check";
import { detectTables } from "../../../src/core/detect";
import { colCount, gridFromValues, type Area, type CellValue } from "../../../src/core/grid";

// Header words mixed in so that tables are actually found, not only rejected.
const WORDS = [
  "项目",
  "年初预算数",
  "全年预算数",
  "全年执行数",
  "执行率",
  "分值",
  "得分",
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "偏差原因分析及改进措施",
  "总分",
  "合计",
  "绩效指标",
  "项目资金（万元）",
  "Budget",
  "Actual",
  "Target",
  "Indicator",
  "注：",
  "—",
  "",
];

const value: fc.Arbitrary<CellValue | undefined> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.constant({ error: "#N/A" }),
);

const area: fc.Arbitrary<Area> = fc
  .tuple(fc.nat(14), fc.nat(9), fc.nat(4), fc.nat(4))
  .map(([top, left, h, w]) => ({ top, left, bottom: top + h, right: left + w }));

const grid = fc.record({
  name: fc.constantFrom("Sheet1", "指标", "_pse_state", "预算"),
  rows: fc.array(fc.array(value, { maxLength: 10 }), { maxLength: 14 }),
  merges: fc.array(area, { maxLength: 6 }),
});

describe("detectTables on random grids", () => {
  test("never throws; mappings lie inside their grid and do not overlap", () => {
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 3 }), (sheets) => {
        const grids = sheets.map((s, i) => gridFromValues(`${s.name}${i}`, s.rows, s.merges));
        const found = detectTables({ sheets: grids });
        for (const t of found) {
          const g = grids.find((x) => x.name === t.sheet);
          expect(g).toBeDefined();
          if (!g) continue;
          expect(g.name.startsWith("_pse")).toBe(false);
          const rows = g.rows.length;
          const cols = colCount(g);
          expect(0 <= t.headerTop && t.headerTop <= t.headerBottom).toBe(true);
          expect(t.firstRow).toBe(t.headerBottom + 1);
          expect(t.firstRow <= t.lastRow && t.lastRow < rows).toBe(true);
          expect(t.lastCol < cols).toBe(true);
          for (const c of Object.values(t.columns)) {
            expect(c !== undefined && c >= 0 && c <= t.lastCol).toBe(true);
          }
          expect(new Set(Object.values(t.columns)).size).toBe(Object.values(t.columns).length);
        }
        for (let i = 1; i < found.length; i++) {
          if (found[i].sheet === found[i - 1].sheet)
            expect(found[i].headerTop > found[i - 1].lastRow).toBe(true);
        }
        expect(detectTables({ sheets: grids })).toEqual(found);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 400) || 400 },
    );
  });

  test("some random grids do yield tables (the generator reaches the interesting cases)", () => {
    let hits = 0;
    fc.assert(
      fc.property(grid, (s) => {
        if (detectTables({ sheets: [gridFromValues("S", s.rows, s.merges)] }).length > 0) hits++;
      }),
      { numRuns: 400, seed: 42 },
    );
    expect(hits).toBeGreaterThan(0);
  });
});

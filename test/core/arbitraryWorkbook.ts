/**
 * Generated workbooks for property tests: an indicator table and a budget table with shuffled
 * columns, title rows, user-typed values in computed columns, hostile text and stray cells, error
 * values, huge and negative figures, booleans, dates typed into numeric cells and merged areas
 * (cells hidden under a merge are empty, as Excel keeps them).
 */
import fc from "fast-check";
import type { Area, Cell, CellValue, Grid, WorkbookData } from "../../src/core/grid";

const indicatorHeaders = [
  "一级指标",
  "二级指标",
  "三级指标",
  "年度指标值",
  "实际完成值",
  "分值",
  "得分",
  "偏差原因分析及改进措施",
  "计分方法",
  "自评得分",
];
const budgetHeaders = ["项目", "年初预算数", "调整预算数", "全年执行数", "执行率", "分值", "得分"];

const text = fc.oneof(
  fc.constantFrom(
    "达成",
    "部分达成",
    "未达成",
    "完成",
    "效果明显",
    "—",
    "=SUM(A1)",
    "+1+1",
    "@x",
    "-2",
    "=cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "#REF!",
    "",
  ),
  fc.string({ maxLength: 8 }),
);
const target = fc.oneof(
  fc.constantFrom(
    "≥95%",
    "≤5%",
    "=0",
    "不少于5场",
    "控制在10%以内",
    "≥100百分比",
    "效果明显",
    "95%-100%",
    "—",
  ),
  fc.integer({ min: 0, max: 200 }).map((n) => `≥${n}个`),
  fc.integer({ min: 0, max: 100 }),
);
const actual = fc.oneof(
  fc.constantFrom("96%", "8.5%", "0", "完成", "部分达成", "未达成", "27场", "766. 17", "—", ""),
  fc.integer({ min: -5, max: 300 }),
  fc.double({ min: 0, max: 2, noNaN: true }),
  fc.constantFrom<CellValue>(1e300, -1e15, "#DIV/0!", "#N/A", true, false),
);
const weight = fc.oneof(
  fc.integer({ min: 0, max: 20 }),
  fc.constantFrom<CellValue>("5分", "x", null, 1e9, -5, "#REF!"),
);
const maybeTyped = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  fc.integer({ min: 0, max: 20 }),
  fc.constantFrom("=1+1", "abc"),
);
const money = fc.oneof(
  fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => Math.round(x * 100) / 100),
  fc.constantFrom<CellValue>("766. 17", "", "—", "#N/A", "#DIV/0!", "#REF!", 1e15, -100, 0, "待定"),
);

/** A merged area on sheet 0 (indicators) or 1 (budget), near the tables. */
const mergeSpec = fc.tuple(
  fc.integer({ min: 0, max: 1 }),
  fc.integer({ min: 0, max: 14 }),
  fc.integer({ min: 0, max: 10 }),
  fc.integer({ min: 0, max: 2 }),
  fc.integer({ min: 0, max: 2 }),
);
/** A date (Excel serial, date format) typed over a cell of sheet 0 or 1. */
const dateSpec = fc.tuple(
  fc.integer({ min: 0, max: 1 }),
  fc.integer({ min: 0, max: 14 }),
  fc.integer({ min: 0, max: 10 }),
  fc.integer({ min: 40000, max: 47000 }),
);

const overlaps = (a: Area, b: Area): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

function permuted<T>(xs: readonly T[]): fc.Arbitrary<T[]> {
  return fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });
}

function cellOf(v: CellValue | undefined): CellValue | undefined {
  if (typeof v === "string" && v.startsWith("#")) return { error: v };
  return v;
}

export const arbitraryWorkbook: fc.Arbitrary<WorkbookData> = fc
  .record({
    titleRows: fc.integer({ min: 0, max: 2 }),
    indicatorOrder: permuted(indicatorHeaders),
    dropped: fc.subarray(["二级指标", "计分方法", "自评得分", "得分", "偏差原因分析及改进措施"]),
    rows: fc.array(
      fc.record({
        l1: text,
        name: text,
        target,
        actual,
        weight,
        score: maybeTyped,
        reason: text,
        method: fc.constantFrom("", "正向", "反向", "达标", "定性", "手工"),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    budgetOrder: permuted(budgetHeaders),
    lines: fc.array(
      fc.record({
        name: fc.constantFrom(
          "合计",
          "一、基本支出",
          "二、项目支出",
          "1、运行经费",
          "①其他",
          "其中：财政拨款",
          "办公费",
        ),
        initial: money,
        budget: money,
        actual: money,
        rate: maybeTyped,
      }),
      { minLength: 1, maxLength: 8 },
    ),
    stray: fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 15 }), text), {
      maxLength: 5,
    }),
    merges: fc.array(mergeSpec, { maxLength: 3 }),
    dates: fc.array(dateSpec, { maxLength: 2 }),
  })
  .map((g) => {
    const ind: (CellValue | undefined)[][] = [];
    for (let i = 0; i < g.titleRows; i++) ind.push(["2021年绩效自评表"]);
    const headers = g.indicatorOrder.filter((h) => !g.dropped.includes(h));
    ind.push(headers);
    for (const r of g.rows) {
      const byHeader: Record<string, CellValue> = {
        一级指标: r.l1,
        二级指标: "",
        三级指标: r.name,
        年度指标值: r.target,
        实际完成值: r.actual,
        分值: r.weight,
        得分: r.score,
        偏差原因分析及改进措施: r.reason,
        计分方法: r.method,
        自评得分: null,
      };
      ind.push(headers.map((h) => cellOf(byHeader[h] === "" ? null : byHeader[h])));
    }
    for (const [row, col, v] of g.stray) {
      const rr = row + ind.length + 1;
      while (ind.length <= rr) ind.push([]);
      ind[rr][col] = v;
    }
    const bud: (CellValue | undefined)[][] = [["单位：万元"], g.budgetOrder];
    for (const l of g.lines) {
      const byHeader: Record<string, CellValue> = {
        项目: l.name,
        年初预算数: l.initial,
        调整预算数: l.budget,
        全年执行数: l.actual,
        执行率: l.rate,
        分值: null,
        得分: null,
      };
      bud.push(g.budgetOrder.map((h) => cellOf(byHeader[h] === "" ? null : byHeader[h])));
    }
    const grid = (index: number, name: string, values: (CellValue | undefined)[][]): Grid => {
      const rows: (Cell | undefined)[][] = values.map((r) =>
        Array.from(r, (v) => (v === undefined || v === null ? undefined : { value: v })),
      );
      for (const [sheet, row, col, serial] of g.dates) {
        if (sheet !== index || row >= rows.length) continue;
        rows[row][col] = { value: serial, numFmt: "yyyy-mm-dd" };
      }
      const merges: Area[] = [];
      for (const [sheet, top, left, h, w] of g.merges) {
        const m = { top, left, bottom: top + h, right: left + w };
        if (sheet !== index || (h === 0 && w === 0) || merges.some((x) => overlaps(x, m))) continue;
        merges.push(m);
        for (let r = m.top; r <= m.bottom && r < rows.length; r++)
          for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) rows[r][c] = undefined;
      }
      return { name, merges, rows };
    };
    return { sheets: [grid(0, "绩效指标", ind), grid(1, "支出", bud)] };
  });

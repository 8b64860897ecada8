/**
 * Generated workbooks for property tests: an indicator table and a budget table with shuffled
 * columns, title rows, user-typed values in computed columns, hostile text and stray cells.
 */
import fc from "fast-check";
import type { CellValue, Grid, WorkbookData } from "../../src/core/grid";

const indicatorHeaders = ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "计分方法", "自评得分"];
const budgetHeaders = ["项目", "年初预算数", "调整预算数", "全年执行数", "执行率", "分值", "得分"];

const text = fc.oneof(
  fc.constantFrom("达成", "部分达成", "未达成", "完成", "效果明显", "—", "=SUM(A1)", "+1+1", "@x", "-2", "=cmd|' /C calc'!A0", ""),
  fc.string({ maxLength: 8 }),
);
const target = fc.oneof(
  fc.constantFrom("≥95%", "≤5%", "=0", "不少于5场", "控制在10%以内", "≥100百分比", "效果明显", "95%-100%", "—"),
  fc.integer({ min: 0, max: 200 }).map((n) => `≥${n}个`),
  fc.integer({ min: 0, max: 100 }),
);
const actual = fc.oneof(
  fc.constantFrom("96%", "8.5%", "0", "完成", "部分达成", "未达成", "27场", "766. 17", "—", ""),
  fc.integer({ min: -5, max: 300 }),
  fc.double({ min: 0, max: 2, noNaN: true }),
);
const weight = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.constantFrom("5分", "x", null));
const maybeTyped = fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, fc.integer({ min: 0, max: 20 }), fc.constantFrom("=1+1", "abc"));
const money = fc.oneof(fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => Math.round(x * 100) / 100), fc.constantFrom("766. 17", "", "—", "#N/A"));

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
    rows: fc.array(fc.record({ l1: text, name: text, target, actual, weight, score: maybeTyped, reason: text, method: fc.constantFrom("", "正向", "反向", "达标", "定性", "手工") }), { minLength: 1, maxLength: 12 }),
    budgetOrder: permuted(budgetHeaders),
    lines: fc.array(fc.record({ name: fc.constantFrom("合计", "一、基本支出", "二、项目支出", "1、运行经费", "①其他", "其中：财政拨款", "办公费"), initial: money, budget: money, actual: money, rate: maybeTyped }), { minLength: 1, maxLength: 8 }),
    stray: fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 15 }), text), { maxLength: 5 }),
  })
  .map((g) => {
    const ind: (CellValue | undefined)[][] = [];
    for (let i = 0; i < g.titleRows; i++) ind.push(["2021年绩效自评表"]);
    const headers = g.indicatorOrder.filter((h) => !g.dropped.includes(h));
    ind.push(headers);
    for (const r of g.rows) {
      const byHeader: Record<string, CellValue> = {
        一级指标: r.l1, 二级指标: "", 三级指标: r.name, 年度指标值: r.target, 实际完成值: r.actual, 分值: r.weight,
        得分: r.score, 偏差原因分析及改进措施: r.reason, 计分方法: r.method, 自评得分: null,
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
      const byHeader: Record<string, CellValue> = { 项目: l.name, 年初预算数: l.initial, 调整预算数: l.budget, 全年执行数: l.actual, 执行率: l.rate, 分值: null, 得分: null };
      bud.push(g.budgetOrder.map((h) => cellOf(byHeader[h] === "" ? null : byHeader[h])));
    }
    const grid = (name: string, values: (CellValue | undefined)[][]): Grid => ({
      name,
      merges: [],
      rows: values.map((r) => Array.from(r, (v) => (v === undefined || v === null ? undefined : typeof v === "string" && v.startsWith("=") && v.length > 1 ? { value: v } : { value: v }))),
    });
    return { sheets: [grid("绩效指标", ind), grid("支出", bud)] };
  });

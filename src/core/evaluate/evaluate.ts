/**
 * Evaluates one scope (a set of budget and indicator tables judged together): rates, scores,
 * blocks, total, grade and every flag with its cell and sentence.
 */
import { cellRef, type CellRef } from "../cellRef";
import type { WorkbookData, Grid } from "../grid";
import { cellAt, shownValue } from "../grid";
import { formatTarget, isPlaceholder } from "../parse";
import { round2 } from "../round";
import type { BlockResult } from "../result";
import type { ColumnRole, Flag, FlagCode, Grade, Indicator, Lang, TableMapping, WeightShare } from "../types";
import { evaluateBudget, type BudgetEval } from "./budget";
import { cellText, shownText } from "./cellText";
import { gradeOf } from "./grade";
import {
  flagMessage,
  fmtNumber,
  fmtLimit,
  fmtPercent,
  quantityName,
  type MessageParams,
  type Quantity,
} from "./messages";
import { readBudget } from "./readBudget";
import { readIndicators, type IndicatorRows } from "./readIndicators";
import { cappedTotal } from "../rules/execution";
import { weightFindings } from "../rules/weights";
import type { CapBand } from "../rules/pack";
import type { RuleSet } from "./rules";
import { scoreIndicator, unscored, type IndicatorScore } from "./scoreIndicator";

export interface Scope {
  readonly title: string;
  readonly budget: readonly TableMapping[];
  readonly indicators: readonly TableMapping[];
}

export interface IndicatorEval {
  readonly table: TableMapping;
  readonly indicator: Indicator;
  readonly result: IndicatorScore;
}

export interface IndicatorTableEval {
  readonly table: TableMapping;
  readonly totalRow: IndicatorRows["totalRow"];
}

export interface Evaluated {
  readonly title: string;
  readonly budgets: readonly BudgetEval[];
  readonly indicatorTables: readonly IndicatorTableEval[];
  readonly indicators: readonly IndicatorEval[];
  readonly executionRate: number | null;
  readonly executionScore: number | null;
  readonly total: number;
  /** The pack's cap on the total by execution rate (empty: none), for the total's formula. */
  readonly totalCap: readonly CapBand[];
  /** The pack's thresholds behind the low-execution and over-target flags, which the text names. */
  readonly limits: { readonly lowExecution: number; readonly overTarget: number };
  readonly grade: Grade;
  readonly blocks: readonly BlockResult[];
  readonly reportedTotal: number | null;
  readonly flags: readonly Flag[];
}

function sheetOf(wb: WorkbookData, name: string): Grid {
  const g = wb.sheets.find((s) => s.name === name);
  if (!g) throw new Error(`sheet not found: ${name}`);
  return g;
}

/** The cell a flag names: the column for the role, else the row's name cell. */
function at(t: TableMapping, row: number, ...roles: ColumnRole[]): CellRef {
  for (const r of roles) {
    const col = t.columns[r];
    if (col !== undefined) return cellRef(t.sheet, row, col);
  }
  return cellRef(t.sheet, row, t.columns.name ?? t.columns.level2 ?? t.columns.level1 ?? 0);
}

/** The table's top-left header cell: left from its first role column while the header row has text. */
function headerCell(wb: WorkbookData, t: TableMapping): CellRef {
  const grid = sheetOf(wb, t.sheet);
  let left = Math.min(...Object.values(t.columns).filter((c): c is number => c !== undefined));
  const filled = (c: number): boolean => cellText(shownValue(grid, t.headerTop, c)) !== "";
  while (left > 0 && filled(left - 1)) left--;
  return cellRef(t.sheet, t.headerTop, left);
}

/** The actual is missing or unreadable, whatever else the row lacks: a row with no 分值 is still told. */
function actualMissing(indicator: Indicator, result: IndicatorScore, rules: RuleSet): boolean {
  if (result.scoring.kind !== "none") return false;
  if (result.scoring.why === "no-weight")
    return actualMissing(indicator, scoreIndicator({ ...indicator, weight: 0 }, rules), rules);
  return result.scoring.why === "missing-actual";
}

export function blocksOf(indicators: readonly IndicatorEval[]): BlockResult[] {
  // Mutable while summing (one object per block, not one per indicator); same fields, same order.
  const blocks: { -readonly [K in keyof BlockResult]: BlockResult[K] }[] = [];
  // The block of each (sheet, level1, level2), by its index in `blocks`: nested maps, so that no key
  // string is built per indicator.
  const where = new Map<string, Map<string, Map<string, number>>>();
  const add = (level1: string, level2: string, ie: IndicatorEval): void => {
    const sheet = ie.indicator.sheet;
    let bySheet = where.get(sheet);
    if (!bySheet) where.set(sheet, (bySheet = new Map()));
    let byLevel1 = bySheet.get(level1);
    if (!byLevel1) bySheet.set(level1, (byLevel1 = new Map()));
    const i = byLevel1.get(level2);
    const w = ie.indicator.weight ?? 0;
    const s = ie.result.score ?? 0;
    if (i === undefined) {
      byLevel1.set(level2, blocks.length);
      blocks.push({
        level1,
        level2,
        weight: w,
        score: round2(s),
        sheet,
        firstRow: ie.indicator.row,
        lastRow: ie.indicator.row,
      });
      return;
    }
    const last = blocks[i];
    if (last.lastRow < ie.indicator.row) {
      last.weight = last.weight + w;
      last.score = round2(last.score + s);
      last.lastRow = ie.indicator.row;
    }
  };
  for (const ie of indicators) {
    if (ie.indicator.level1) add(ie.indicator.level1, "", ie);
    if (ie.indicator.level2) add(ie.indicator.level1, ie.indicator.level2, ie);
  }
  return blocks.map((b) => ({ ...b, weight: round2(b.weight) }));
}

export function evaluateScope(wb: WorkbookData, scope: Scope, rules: RuleSet, lang: Lang): Evaluated {
  const flags: Flag[] = [];
  const flag = (code: FlagCode, cell: CellRef, p: MessageParams): void => {
    flags.push({ code, cell, message: flagMessage(code, lang, p) });
  };
  const q = (x: Quantity): string => quantityName(x, lang);

  const budgets = scope.budget.map((t) => {
    const rows = readBudget(sheetOf(wb, t.sheet), t);
    for (const b of rows.badNumbers)
      flag("bad-number", cellRef(t.sheet, b.row, b.col), {
        name: b.name,
        what: q(b.role === "reportedScore" ? "score" : (b.role as Quantity)),
        stated: b.text,
      });
    const ev = evaluateBudget(t, rows.lines, rules);
    for (const f of ev.findings) {
      const p: MessageParams = {
        name: f.name,
        actual: f.stated !== undefined ? fmtNumber(f.stated) : undefined,
        stated: f.stated !== undefined ? fmtNumber(f.stated) : undefined,
        expected: f.expected !== undefined ? fmtNumber(f.expected) : undefined,
        rate: f.rate !== undefined ? fmtPercent(f.rate) : undefined,
        limit: f.code === "low-execution" ? fmtLimit(rules.lowExecution) : undefined,
        what: q(f.role === "initial" || f.role === "budget" || f.role === "actual" ? f.role : "budget"),
      };
      flag(f.code, at(t, f.row, f.role), p);
    }
    if (t.columns.actual === undefined)
      flag("missing-column", headerCell(wb, t), { name: t.title, what: q("actual") });
    const wl = ev.weightLine;
    if (
      wl &&
      wl.score !== null &&
      wl.line.reportedScore !== null &&
      Math.abs(wl.line.reportedScore - wl.score) >= rules.mismatchTolerance - 1e-9
    )
      flag("score-mismatch", at(t, wl.line.row, "reportedScore", "score"), {
        name: wl.line.name,
        stated: fmtNumber(wl.line.reportedScore),
        expected: fmtNumber(wl.score),
      });
    return ev;
  });

  const indicatorTables: IndicatorTableEval[] = [];
  const indicators: IndicatorEval[] = [];
  for (const t of scope.indicators) {
    const grid = sheetOf(wb, t.sheet);
    const rows = readIndicators(grid, t, rules.pack.methods);
    indicatorTables.push({ table: t, totalRow: rows.totalRow });
    // The reader reports bad numbers in the 分值, 得分/自评得分 and 实际完成值 columns: name the right one.
    const what = (col: number): Quantity =>
      col === t.columns.actual ? "achieved" : col === t.columns.weight ? "weight" : "score";
    for (const b of rows.badNumbers)
      flag("bad-number", cellRef(t.sheet, b.row, b.col), {
        name: b.name,
        what: q(what(b.col)),
        stated: b.text,
      });
    const noActualColumn = t.columns.actual === undefined;
    if (noActualColumn) flag("missing-column", headerCell(wb, t), { name: t.title, what: q("achieved") });
    if (t.columns.target === undefined && t.columns.initialTarget === undefined)
      flag("missing-column", headerCell(wb, t), { name: t.title, what: q("target") });
    if (t.columns.weight === undefined && rows.indicators.every((i) => i.weight === null))
      flag("missing-column", headerCell(wb, t), { name: t.title, what: q("weight") });
    for (const indicator of rows.indicators) {
      // With no 实际完成值 column nothing can be scored: unknown, not 0.
      const result = noActualColumn ? unscored("missing-column") : scoreIndicator(indicator, rules);
      indicators.push({ table: t, indicator, result });
      const name = indicator.name;
      const actualText =
        t.columns.actual !== undefined ? shownText(cellAt(grid, indicator.row, t.columns.actual)) : "";
      const targetText =
        formatTarget(indicator.target) ||
        (indicator.targetCol !== undefined
          ? shownText(cellAt(grid, indicator.row, indicator.targetCol))
          : "");
      const r = indicator.row;
      // An unreadable target is told whatever else the row lacks (a 分值, the 实际完成值 column).
      if (indicator.target.kind === "unparsed" && indicator.method !== "manual")
        flag(
          "unparsed-target",
          indicator.targetCol !== undefined ? cellRef(t.sheet, r, indicator.targetCol) : at(t, r),
          {
            name,
            target: targetText,
          },
        );
      if (!noActualColumn && actualMissing(indicator, result, rules))
        flag("missing-actual", at(t, r, "actual"), { name });
      if (result.belowTarget) {
        flag("below-target", at(t, r, "actual"), { name, actual: actualText, target: targetText });
        if (indicator.reason === "" || isPlaceholder(indicator.reason))
          flag("missing-reason", at(t, r, "reason", "actual"), { name });
      }
      if (result.overTarget)
        flag("over-target", at(t, r, "actual"), {
          name,
          actual: actualText,
          target: targetText,
          limit: fmtLimit(rules.overTarget),
        });
      const stated = indicator.reportedScore;
      if (
        stated !== null &&
        result.score !== null &&
        Math.abs(stated - result.score) >= rules.mismatchTolerance - 1e-9
      ) {
        flag("score-mismatch", at(t, r, "reportedScore", "score"), {
          name,
          stated: fmtNumber(stated),
          expected: fmtNumber(result.score),
        });
      }
      if (stated !== null && indicator.weight !== null && stated > indicator.weight + 1e-9) {
        flag("score-over-weight", at(t, r, "reportedScore", "score"), {
          name,
          stated: fmtNumber(stated),
          weight: fmtNumber(indicator.weight),
        });
      }
      if (result.qualitativeDefault && result.score !== null)
        flag("qualitative-default", at(t, r, "score", "reportedScore"), {
          name,
          expected: fmtNumber(result.score),
        });
    }
  }

  const executionScore = budgets.reduce<number | null>(
    (s, b) => (b.executionScore === null ? s : (s ?? 0) + b.executionScore),
    null,
  );
  const executionRate = budgets.find((b) => b.executionRate !== null)?.executionRate ?? null;
  const indicatorSum = indicators.reduce((s, i) => s + (i.result.score ?? 0), 0);
  // Some manuals cap the total by the execution rate (70–80 % -> at most 89 …): the pack says.
  const total = cappedTotal(rules.pack.totalCap, executionRate, round2((executionScore ?? 0) + indicatorSum));

  // Block weights shared out over rows that are not all met: the rows' own weights are unknown.
  const shares = new Map<string, { share: WeightShare; ie: IndicatorEval; met: boolean }>();
  for (const ie of indicators) {
    const share = ie.indicator.weightShare;
    if (!share) continue;
    const key = `${ie.table.sheet}!${share.row}:${share.col}`;
    const met = !ie.result.belowTarget && ie.result.score !== null;
    const seen = shares.get(key);
    if (seen) seen.met = seen.met && met;
    else shares.set(key, { share, ie, met });
  }
  for (const { share, ie, met } of shares.values())
    if (!met)
      flag("weight-unknown", cellRef(ie.table.sheet, share.row, share.col), {
        name: cellText(shownValue(sheetOf(wb, ie.table.sheet), share.row, share.col)) || ie.table.title,
        weight: fmtNumber(share.weight),
      });

  // Weights: indicators plus the execution 分值 should make 100, or the stated total weight.
  if (indicators.length > 0 && indicators.some((i) => i.indicator.weight !== null)) {
    const weights = round2(indicators.reduce((s, i) => s + (i.indicator.weight ?? 0), 0));
    const execWeight = budgets.reduce((s, b) => s + (b.weightLine?.line.weight ?? 0), 0);
    const withExec = round2(weights + execWeight);
    const tr = indicatorTables.find((x) => x.totalRow !== null);
    const statedWeight = tr?.totalRow?.weight ?? null;
    // The stated total covers the budget's weight too, or (a 90-point indicator block under its own
    // 合计 90) the indicators alone while all together make 100; 110 against 总分 100 is no total.
    const near = (a: number, b: number): boolean => Math.abs(a - b) < 0.005;
    const ok =
      statedWeight !== null
        ? near(withExec, statedWeight) || (near(weights, statedWeight) && near(withExec, 100))
        : near(withExec, 100);
    if (!ok) {
      const cell =
        tr && tr.totalRow
          ? at(tr.table, tr.totalRow.row, "weight")
          : at(indicators[0].table, indicators[0].indicator.row, "weight");
      flag("weight-total", cell, { stated: fmtNumber(withExec), expected: fmtNumber(statedWeight ?? 100) });
    }
  }
  // The pack's weights framework, block by block (nothing when it has none).
  const blocks = blocksOf(indicators);
  const execLine = budgets.find((b) => b.weightLine)?.weightLine ?? null;
  for (const w of weightFindings(rules.pack.weights, blocks, execLine?.line.weight ?? null)) {
    const block = w.level1 === null ? null : blocks.find((b) => b.level2 === "" && b.level1 === w.level1);
    const first = block
      ? indicators.find((i) => i.indicator.sheet === block.sheet && i.indicator.row === block.firstRow)
      : null;
    const cell = first
      ? at(first.table, first.indicator.row, "level1", "weight")
      : execLine
        ? at(budgets.find((b) => b.weightLine === execLine)!.table, execLine.line.row, "weight")
        : null;
    if (cell)
      flag("weight-framework", cell, {
        name: w.level1 ?? execLine?.line.name ?? "",
        stated: fmtNumber(w.stated),
        expected: fmtNumber(w.expected),
        what: rules.pack.weights?.name ?? "",
      });
  }
  const trs = indicatorTables.find((x) => x.totalRow !== null && x.totalRow.stated !== null);
  const reportedTotal = trs?.totalRow?.stated ?? null;
  if (
    trs &&
    trs.totalRow &&
    reportedTotal !== null &&
    Math.abs(reportedTotal - total) >= rules.mismatchTolerance - 1e-9
  ) {
    const label = lang === "zh-CN" ? "合计" : "Total";
    const statedCol = trs.totalRow.statedCol;
    const cell =
      statedCol !== undefined
        ? cellRef(trs.table.sheet, trs.totalRow.row, statedCol)
        : at(trs.table, trs.totalRow.row, "reportedScore", "score");
    flag("score-mismatch", cell, {
      name: label,
      stated: fmtNumber(reportedTotal),
      expected: fmtNumber(total),
    });
  }

  return {
    title: scope.title,
    budgets,
    indicatorTables,
    indicators,
    executionRate,
    executionScore,
    total,
    totalCap: rules.pack.totalCap,
    limits: { lowExecution: rules.lowExecution, overTarget: rules.overTarget },
    grade: gradeOf(total, rules.grades),
    blocks,
    reportedTotal,
    flags,
  };
}

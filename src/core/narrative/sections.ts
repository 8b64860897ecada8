/** The four parts of the summary, each a list of paragraphs built from the evaluation. */
import { displayRef, formulaRef } from "../cellRef";
import type { Evaluated, IndicatorEval } from "../evaluate/evaluate";
import { gradeLabel } from "../evaluate/grade";
import type { GradeBands } from "../evaluate/rules";
import type { WorkbookData } from "../grid";
import type { ScopePlan } from "../plan/planScope";
import type { CellStyle } from "../plan/writePlan";
import type { FlagCode, Grade, Lang } from "../types";
import {
  blockFigures,
  gradeExpr,
  gridOf,
  indicatorsIn,
  money,
  rate,
  shownCell,
  totalExpr,
  unitOf,
} from "./figures";
import { num, text, textExpr, type Part } from "./parts";
import type { Phrases } from "./phrases";

export interface Paragraph {
  readonly style: CellStyle;
  readonly parts: readonly Part[];
}

const para = (style: CellStyle, ...parts: Part[]): Paragraph => ({ style, parts });

export function overview(wb: WorkbookData, ev: Evaluated, ph: Phrases): Paragraph[] {
  const b = ev.budgets[0];
  if (!b) return [para("body", text(ph.noBudget))];
  const grid = gridOf(wb, b.table.sheet);
  const t = b.table;
  const unit = ph.unit(unitOf(grid, t));
  const out: Paragraph[] = [];
  const total = b.lines.find((l) => l.line.isTotal && l.line.level === 0);
  if (total) {
    const parts: Part[] = [];
    const ini = money(grid, t, total, "initial");
    const bud = money(grid, t, total, "budget");
    const act = money(grid, t, total, "actual");
    const r = rate(grid, t, total);
    if (ini) parts.push(text(ph.initial), ini, text(unit));
    if (bud)
      parts.push(text(parts.length ? ph.adjusted : ph.adjusted.replace(/^[，,]\s*/, "")), bud, text(unit));
    if (act) parts.push(text(ph.spent), act, text(unit));
    if (r) parts.push(text(ph.execRate), r);
    if (parts.length) out.push(para("body", ...parts, text(ph.end)));
  }
  const rest = b.lines.filter((l) => !l.line.isTotal);
  if (rest.length === 0) return out;
  const top = Math.min(...rest.map((l) => l.line.level));
  const tops = rest.filter((l) => l.line.level === top);
  const topParts: Part[] = [];
  tops.forEach((l, i) => {
    const bud = money(grid, t, l, l.denominator);
    const act = money(grid, t, l, "actual");
    const r = rate(grid, t, l);
    if (i > 0) topParts.push(text(ph.sep));
    topParts.push(text(stripNumbering(l.line.name)));
    if (bud) topParts.push(text(ph.lineBudget), bud, text(unit));
    if (act) topParts.push(text(ph.lineSpent), act, text(unit));
    if (r) topParts.push(text(ph.lineRate), r);
  });
  if (topParts.length) out.push(para("body", ...topParts, text(ph.end)));
  const leaves = rest.filter(
    (l, i) => l.line.level > top && !(rest[i + 1] && rest[i + 1].line.level > l.line.level),
  );
  if (leaves.length) {
    const parts: Part[] = [text(ph.subLinesLead)];
    leaves.forEach((l, i) => {
      if (i > 0) parts.push(text(ph.sep));
      const act = money(grid, t, l, "actual");
      const r = rate(grid, t, l);
      parts.push(text(`${i + 1}${ph.enumSep}${stripNumbering(l.line.name)}${ph.subLineSpent}`));
      if (act) parts.push(act, text(unit));
      if (r) parts.push(text(ph.subLineRate), r);
    });
    out.push(para("body", ...parts, text(ph.end)));
  }
  return out;
}

/** "①其他运行经费" -> "其他运行经费": the summary numbers its own lists. */
function stripNumbering(name: string): string {
  return (
    name
      .replace(/^(其中[:：]\s*)?([一二三四五六七八九十]+[、．.]|\d+[、．.]|[（(]\d+[)）]|[①-⑳]\.?)\s*/, "")
      .trim() || name
  );
}

export function conclusion(
  wb: WorkbookData,
  ev: Evaluated,
  cells: ScopePlan,
  ph: Phrases,
  lang: Lang,
  bands: GradeBands,
  /** A pack's own grade labels, when it has them (zh-CN). */
  ownLabels?: Readonly<Record<Grade, string>>,
): Paragraph[] {
  const parts: Part[] = [text(ph.conclusionLead)];
  const l1 = ev.blocks.filter((b) => b.level2 === "");
  l1.forEach((b, i) => {
    const f = blockFigures(wb, ev, cells, b);
    if (i > 0) parts.push(text(ph.sep));
    parts.push(text(b.level1 + ph.blockWeight), f.weight, text(ph.blockScore), f.score, text(ph.points));
  });
  if (ev.executionScore !== null && cells.executionScoreCell) {
    if (l1.length) parts.push(text(ph.sep));
    parts.push(
      text(ph.execScore),
      num(`N(${formulaRef(cells.executionScoreCell)})`, ev.executionScore),
      text(ph.points),
    );
  }
  if (parts.length > 1) parts.push(text(ph.end));
  const total = totalExpr(ev, cells);
  const labels: Readonly<Record<Grade, string>> = ownLabels ?? {
    excellent: gradeLabel("excellent", lang),
    good: gradeLabel("good", lang),
    fair: gradeLabel("fair", lang),
    poor: gradeLabel("poor", lang),
  };
  parts.push(
    text(ph.totalLead),
    num(total, ev.total),
    text(ph.gradeLead),
    textExpr(gradeExpr(total, bands, labels), labels[ev.grade]),
  );
  const l2 = ev.blocks.filter((b) => b.level2 !== "");
  if (l2.length) {
    parts.push(text(ph.ofWhich));
    l2.forEach((b, i) => {
      const f = blockFigures(wb, ev, cells, b);
      if (i > 0) parts.push(text(ph.sep));
      parts.push(
        text(lang === "zh-CN" ? b.level2 : `${b.level2} `),
        f.score,
        text(ph.outOf),
        f.weight,
        text(lang === "zh-CN" ? "分）" : ")"),
      );
    });
  }
  parts.push(text(ph.end));
  return [para("body", ...parts)];
}

/** The blocks the tasks analysis walks: 二级 blocks, or 一级 ones where the table has no 二级. */
function taskBlocks(ev: Evaluated): Evaluated["blocks"] {
  const l2 = ev.blocks.filter((b) => b.level2 !== "");
  return l2.length ? l2 : ev.blocks.filter((b) => b.level2 === "");
}

export function tasks(wb: WorkbookData, ev: Evaluated, cells: ScopePlan, ph: Phrases): Paragraph[] {
  const blocks = taskBlocks(ev);
  const out: Paragraph[] = [];
  const missedPart = (ie: IndicatorEval, first: boolean): Part[] => {
    const grid = gridOf(wb, ie.indicator.sheet);
    const c = ie.table.columns;
    const reason = ie.indicator.reason;
    return [
      text(ph.missed(ie.indicator.name, first) + ph.missedTarget),
      shownCell(grid, ie.indicator.row, ie.indicator.targetCol),
      text(ph.missedActual),
      shownCell(grid, ie.indicator.row, c.actual),
      text(reason ? ph.missedReason + reason.replace(/[。.]$/, "") : ph.noReason),
      text(ph.end),
    ];
  };
  const rows = blocks.length ? blocks : [];
  let detailed = 0;
  rows.forEach((b, i) => {
    const f = blockFigures(wb, ev, cells, b);
    const name = b.level2 || b.level1;
    const parts: Part[] = [
      text(`${i + 1}${ph.enumSep}${name}${ph.taskWeight}`),
      f.weight,
      text(ph.taskScore),
      f.score,
      text(ph.points + ph.end),
    ];
    const inside = indicatorsIn(ev, b);
    const missed = inside.filter((ie) => ie.result.belowTarget);
    const shown = missed.slice(0, Math.max(0, listLimits.missed - detailed));
    detailed += shown.length;
    shown.forEach((ie, j) => parts.push(...missedPart(ie, j === 0)));
    if (shown.length < missed.length) parts.push(text(ph.moreInTable));
    parts.push(text(missed.length ? ph.othersMet : ph.allMet));
    if (missed.length && missed.length === inside.length) parts.pop();
    out.push(para("body", ...parts));
  });
  if (rows.length === 0) {
    const missed = ev.indicators.filter((ie) => ie.result.belowTarget);
    for (const ie of missed) out.push(para("body", ...missedPart(ie, false)));
  }
  return out;
}

/**
 * How many indicators a list names before it refers the reader to the table: a report for a
 * workbook of thousands of rows stays readable, and its formulas stay small enough to save quickly.
 */
export const listLimits = { missed: 100, met: 60, names: 50 } as const;

const isMet = (ie: IndicatorEval): boolean => !ie.result.belowTarget && ie.result.completion !== null;

export function metIndicators(wb: WorkbookData, ev: Evaluated, ph: Phrases): Paragraph[] {
  const met = ev.indicators.filter(isMet);
  if (met.length === 0) return [para("body", text(ph.noneMet))];
  const out: Paragraph[] = [para("body", text(ph.metLead))];
  const blocks = taskBlocks(ev);
  const groups = blocks.length
    ? blocks.map((b) => ({ name: b.level2 || b.level1, items: indicatorsIn(ev, b).filter(isMet) }))
    : [{ name: "", items: met }];
  let listed = 0;
  for (const g of groups) {
    if (g.items.length === 0) continue;
    if (listed >= listLimits.met) {
      out.push(para("body", text(ph.moreInTable.replace(/^等/, "") + ph.end)));
      break;
    }
    const items = g.items.slice(0, listLimits.met - listed);
    listed += items.length;
    const parts: Part[] = [text(g.name ? `${g.name}${ph.colon}` : "")];
    items.forEach((ie, i) => {
      const grid = gridOf(wb, ie.indicator.sheet);
      const c = ie.table.columns;
      if (i > 0) parts.push(text(ph.sep));
      parts.push(
        text(ph.metItem(ie.indicator.name) + ph.metTarget),
        shownCell(grid, ie.indicator.row, ie.indicator.targetCol),
        text(ph.metActual),
        shownCell(grid, ie.indicator.row, c.actual),
        text(ph.metEnd),
      );
    });
    const cut = items.length < g.items.length;
    parts.push(text((cut ? ph.moreInTable : "") + ph.end));
    out.push(para("body", ...parts));
    if (cut) break;
  }
  return out;
}

type ProblemKind = FlagCode | "inconsistency";

const inconsistent: ReadonlySet<FlagCode> = new Set<FlagCode>([
  "subtotal-mismatch",
  "weight-total",
  "score-mismatch",
  "score-over-weight",
  "bad-number",
]);

/** Problem kinds found, in the order the report lists them. */
export function problemKinds(ev: Evaluated): ProblemKind[] {
  const order: ProblemKind[] = [
    "below-target",
    "missing-reason",
    "low-execution",
    "overspend",
    "over-target",
    "missing-actual",
    "unparsed-target",
    "qualitative-default",
    "inconsistency",
  ];
  const found = new Set<ProblemKind>(
    ev.flags.map((f) => (inconsistent.has(f.code) ? "inconsistency" : f.code)),
  );
  return order.filter((k) => found.has(k));
}

export function problems(wb: WorkbookData, ev: Evaluated, ph: Phrases): Paragraph[] {
  const kinds = problemKinds(ev);
  if (kinds.length === 0) return [para("body", text(ph.noProblems))];
  const names = (code: FlagCode): string[] => {
    const rows = new Set(
      ev.flags.filter((f) => f.code === code).map((f) => `${f.cell.sheet}\u0000${f.cell.row}`),
    );
    return ev.indicators
      .filter((ie) => rows.has(`${ie.indicator.sheet}\u0000${ie.indicator.row}`))
      .map((ie) => ph.quote(ie.indicator.name));
  };
  return kinds.map((k, i) => {
    const lead = text(`${i + 1}${ph.enumSep}${ph.problems[k] ?? ""}`);
    if (k === "low-execution" || k === "overspend") {
      const b = ev.budgets[0];
      const parts: Part[] = [lead];
      const flagged = new Set(
        ev.flags.filter((f) => f.code === k).map((f) => `${f.cell.sheet}\u0000${f.cell.row}`),
      );
      b?.lines
        .filter((l) => flagged.has(`${l.line.sheet}\u0000${l.line.row}`))
        .forEach((l, j) => {
          if (j > 0) parts.push(text(ph.sep));
          const grid = gridOf(wb, l.line.sheet);
          const r = rate(grid, b.table, l);
          parts.push(text(ph.lowExecLine(stripNumbering(l.line.name))));
          if (r) parts.push(r);
          if (k === "low-execution") parts.push(text(ph.lowExecEnd));
        });
      parts.push(text(ph.end));
      return para("body", ...parts);
    }
    if (k === "inconsistency") {
      const cells = ev.flags.filter((f) => inconsistent.has(f.code)).map((f) => displayRef(f.cell));
      return para("body", lead, text([...new Set(cells)].join(ph.listSep) + ph.end));
    }
    const all = names(k);
    const more = all.length > listLimits.names ? ph.moreInTable : "";
    return para("body", lead, text(all.slice(0, listLimits.names).join(ph.listSep) + more + ph.end));
  });
}

export function measures(ev: Evaluated, ph: Phrases): Paragraph[] {
  const kinds = problemKinds(ev);
  const items = kinds.map((k) => ph.measures[k]).filter((m): m is string => Boolean(m));
  if (items.length === 0) items.push(ph.measureDefault);
  const out = [...new Set(items)].map((m, i) => para("body", text(`${i + 1}${ph.enumSep}${m}`)));
  out.push(para("note", text(ph.ownMeasures)));
  return out;
}

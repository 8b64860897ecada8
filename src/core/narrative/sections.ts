/** The four parts of the summary, each a list of paragraphs built from the evaluation. */
import { formulaRef } from "../cellRef";
import type { Evaluated, IndicatorEval } from "../evaluate/evaluate";
import { gradeLabel } from "../evaluate/grade";
import type { GradeBands } from "../evaluate/rules";
import type { WorkbookData } from "../grid";
import type { ScopePlan } from "../plan/planScope";
import type { CellStyle } from "../plan/writePlan";
import type { FlagCode, Grade, Lang } from "../types";
import { blockFigures, gradeExpr, gridOf, indicatorsIn, shownCell, totalExpr } from "./figures";
import { count, scoreWords, text, textExpr, type Part } from "./parts";
import type { ReportPhrases } from "./reportPhrases";
import type { Phrases } from "./phrases";

export interface Paragraph {
  readonly style: CellStyle;
  readonly parts: readonly Part[];
  /** Heading level in the document: 1 一、, 2 （一）, 3 1. */
  readonly level?: 1 | 2 | 3;
  /** A paragraph for the department to write: the workbook gave nothing for it. */
  readonly placeholder?: boolean;
}

export const para = (style: CellStyle, ...parts: Part[]): Paragraph => ({ style, parts });

/** "产出指标" + "指标总分" -> "产出指标总分", "基本支出" + "支出数为" -> "基本支出数为": no doubled word. */
export function joinWords(a: string, b: string): string {
  for (let k = Math.min(a.length, b.length, 4); k >= 2; k--)
    if (a.endsWith(b.slice(0, k))) return a + b.slice(k);
  return a + b;
}

/** "①其他运行经费" -> "其他运行经费": the summary numbers its own lists. */
export function stripNumbering(name: string): string {
  return (
    name
      .replace(/^(其中[:：]\s*)?([一二三四五六七八九十]+[、．.]|\d+[、．.]|[（(]\d+[)）]|[①-⑳]\.?)?\s*/, "")
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
  rp: ReportPhrases,
  /** A pack's own grade labels, when it has them (zh-CN). */
  ownLabels?: Readonly<Record<Grade, string>>,
): Paragraph[] {
  const parts: Part[] = [text(ph.conclusionLead)];
  const l1 = ev.blocks.filter((b) => b.level2 === "");
  l1.forEach((b, i) => {
    const f = blockFigures(wb, ev, cells, b);
    if (i > 0) parts.push(text(ph.sep));
    parts.push(
      text(joinWords(b.level1, ph.blockWeight)),
      f.weight,
      text(ph.points + ph.sep.replace("；", "，").replace("; ", ", ")),
      scoreWords(f.score.kind === "count" ? f.score.expr : String(b.score), b.score, rp.blockScore),
    );
  });
  if (ev.executionScore !== null && cells.executionScoreCell) {
    if (l1.length) parts.push(text(ph.sep));
    parts.push(
      text(ph.execScore),
      count(`N(${formulaRef(cells.executionScoreCell)})`, ev.executionScore),
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
    count(total, ev.total),
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
        scoreWords(f.score.kind === "count" ? f.score.expr : String(b.score), b.score, rp.partScore),
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

export function tasks(
  wb: WorkbookData,
  ev: Evaluated,
  cells: ScopePlan,
  ph: Phrases,
  rp: ReportPhrases,
): Paragraph[] {
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
      text(ph.points + ph.sep.replace("；", "，").replace("; ", ", ")),
      scoreWords(f.score.kind === "count" ? f.score.expr : String(b.score), b.score, rp.score),
      text(ph.end),
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

type ProblemKind = FlagCode | "inconsistency";

const inconsistent: ReadonlySet<FlagCode> = new Set<FlagCode>([
  "subtotal-mismatch",
  "weight-total",
  "score-mismatch",
  "score-over-weight",
  "bad-number",
]);

/** Problem kinds in the order the report lists them. */
export const PROBLEM_ORDER: readonly ProblemKind[] = [
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

/** Problem kinds found, in the order the report lists them. */
export function problemKinds(ev: Evaluated): ProblemKind[] {
  const found = new Set<ProblemKind>(
    ev.flags.map((f) => (inconsistent.has(f.code) ? "inconsistency" : f.code)),
  );
  return PROBLEM_ORDER.filter((k) => found.has(k));
}

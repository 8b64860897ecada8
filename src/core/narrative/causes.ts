/**
 * （三）主要工作成效, 三、存在的主要问题 and 四、下一步改进措施 as the reference report writes them: what
 * was achieved as sentences with its figures; problems grouped by the cause the workbook gives (the
 * 偏差原因 of each miss, low execution, targets far exceeded); and one measure answering each problem.
 */
import type { Evaluated, IndicatorEval } from "../evaluate/evaluate";
import { fmtLimit } from "../evaluate/messages";
import type { WorkbookData } from "../grid";
import type { FlagCode } from "../types";
import { gridOf, indicatorsIn, rate, shownCell } from "./figures";
import { text, type Part } from "./parts";
import type { Phrases } from "./phrases";
import type { ReportPhrases } from "./reportPhrases";
import { listLimits, para, PROBLEM_ORDER, problemKinds, stripNumbering, type Paragraph } from "./sections";

/** Blocks the analysis walks: 二级 blocks, or 一级 where the table has no 二级. */
function taskBlocks(ev: Evaluated): Evaluated["blocks"] {
  const l2 = ev.blocks.filter((b) => b.level2 !== "");
  return l2.length ? l2 : ev.blocks.filter((b) => b.level2 === "");
}

/** An indicator name inside the report's own quotes: its inner quotes become the nested kind. */
export function quoted(ph: Phrases, name: string): string {
  const zh = ph.quote("x").startsWith("“");
  const inner = zh ? name.replace(/"([^"]*)"/g, "‘$1’") : name.replace(/"([^"]*)"/g, "'$1'");
  return ph.quote(inner);
}

const isMet = (ie: IndicatorEval): boolean => !ie.result.belowTarget && ie.result.completion !== null;

export function achievements(wb: WorkbookData, ev: Evaluated, ph: Phrases, rp: ReportPhrases): Paragraph[] {
  const met = ev.indicators.filter(isMet);
  if (met.length === 0) return [{ style: "note", parts: [text(rp.fill(ph.noneMet))], placeholder: true }];
  const blocks = taskBlocks(ev);
  const groups = blocks.length
    ? blocks.map((b) => ({ name: b.level2 || b.level1, items: indicatorsIn(ev, b).filter(isMet) }))
    : [{ name: "", items: met }];
  const out: Paragraph[] = [];
  let listed = 0;
  let n = 0;
  for (const g of groups) {
    if (g.items.length === 0) continue;
    if (listed >= listLimits.met) {
      out.push(para("body", text(ph.moreInTable.replace(/^等/, "") + ph.end)));
      break;
    }
    const items = g.items.slice(0, listLimits.met - listed);
    listed += items.length;
    const parts: Part[] = [text(`${++n}${ph.enumSep}${rp.achievedLead(g.name)}`)];
    items.forEach((ie, i) => {
      const grid = gridOf(wb, ie.indicator.sheet);
      const actual = shownCell(grid, ie.indicator.row, ie.table.columns.actual);
      const target = shownCell(grid, ie.indicator.row, ie.indicator.targetCol);
      const tg = ie.indicator.target;
      const numeric = tg.kind === "quantitative";
      if (i > 0) parts.push(text(ph.sep));
      // Above a floor (≥, >) is exceeding it; below a ceiling (≤, <) is only meeting it.
      const over =
        tg.kind === "quantitative" &&
        (tg.comparator === "ge" || tg.comparator === "gt") &&
        (ie.result.completion ?? 0) > 1;
      if (numeric) parts.push(text(rp.achievedItem(quoted(ph, ie.indicator.name).slice(1, -1))), actual);
      else parts.push(text(rp.achievedQual(quoted(ph, ie.indicator.name).slice(1, -1))), actual);
      parts.push(text((over ? rp.exceeded : rp.reached) + rp.targetOpen), target, text(rp.targetClose));
    });
    parts.push(text((items.length < g.items.length ? ph.moreInTable : "") + ph.end));
    out.push(para("body", ...parts));
    if (items.length < g.items.length) break;
  }
  return out;
}

/** The cause a reason names: its first clause ("受到新冠肺炎疫情影响，须减少…" -> "受到新冠肺炎疫情影响"). */
export function causeOf(reason: string): string {
  const first = reason
    .trim()
    .split(/[，,；;。.：:]/)[0]
    .trim();
  return first.replace(/^(主要)?(原因是|原因为|由于|因)/, "").trim() || reason.trim();
}

export interface Problem {
  readonly parts: readonly Part[];
  /** What the matching measure answers. */
  readonly measure: string;
}

/** Every kind but the missed targets, which are grouped by their reasons above. */
const STANDARD: ReadonlySet<FlagCode | "inconsistency"> = new Set(
  PROBLEM_ORDER.filter((k) => k !== "below-target" && k !== "missing-reason"),
);

export function problemList(wb: WorkbookData, ev: Evaluated, ph: Phrases, rp: ReportPhrases): Problem[] {
  const out: Problem[] = [];
  const missed = ev.indicators.filter((ie) => ie.result.belowTarget);
  const byCause = new Map<string, IndicatorEval[]>();
  const noReason: IndicatorEval[] = [];
  for (const ie of missed) {
    const r = ie.indicator.reason?.trim();
    if (!r) noReason.push(ie);
    else {
      const c = causeOf(r);
      byCause.set(c, [...(byCause.get(c) ?? []), ie]);
    }
  }
  const item = (ie: IndicatorEval): Part[] => {
    const grid = gridOf(wb, ie.indicator.sheet);
    return [
      text(quoted(ph, ie.indicator.name) + rp.causeItem),
      shownCell(grid, ie.indicator.row, ie.indicator.targetCol),
      text(ph.missedActual.replace(/^[，,]\s*/, "，").replace(/^, /, ", ")),
      shownCell(grid, ie.indicator.row, ie.table.columns.actual),
      text(rp.causeItemEnd),
    ];
  };
  const listOf = (items: IndicatorEval[]): Part[] => {
    const parts: Part[] = [];
    items.slice(0, listLimits.names).forEach((ie, i) => {
      if (i > 0) parts.push(text(ph.listSep));
      parts.push(...item(ie));
    });
    if (items.length > listLimits.names) parts.push(text(ph.moreInTable));
    return parts;
  };
  for (const [cause, items] of byCause)
    out.push({
      parts: [
        text(rp.causeLead(cause) + (ph.problems["below-target"] ?? "")),
        ...listOf(items),
        text(ph.end),
      ],
      measure: rp.causeMeasure(cause),
    });
  if (noReason.length)
    out.push({
      parts: [text(rp.noCause), ...listOf(noReason), text(ph.end)],
      measure: ph.measures["missing-reason"] ?? ph.measureDefault,
    });
  for (const k of problemKinds(ev)) {
    if (!STANDARD.has(k)) continue;
    const lead = text(
      k === "over-target" ? ph.overTargetLead(fmtLimit(ev.limits.overTarget)) : (ph.problems[k] ?? ""),
    );
    const measure = ph.measures[k] ?? ph.measureDefault;
    if (k === "low-execution" || k === "overspend") {
      const b = ev.budgets[0];
      const flagged = new Set(
        ev.flags.filter((f) => f.code === k).map((f) => `${f.cell.sheet}\u0000${f.cell.row}`),
      );
      const parts: Part[] = [lead];
      b?.lines
        .filter((l) => flagged.has(`${l.line.sheet}\u0000${l.line.row}`))
        .forEach((l, j) => {
          if (j > 0) parts.push(text(ph.sep));
          const r = rate(gridOf(wb, l.line.sheet), b.table, l);
          parts.push(text(ph.lowExecLine(stripNumbering(l.line.name))));
          if (r) parts.push(r);
          if (k === "low-execution") parts.push(text(ph.lowExecEnd(fmtLimit(ev.limits.lowExecution))));
        });
      out.push({ parts: [...parts, text(ph.end)], measure });
      continue;
    }
    if (k === "inconsistency") {
      const n = new Set(
        ev.flags
          .filter((f) => problemKinds({ ...ev, flags: [f] })[0] === "inconsistency")
          .map((f) => `${f.cell.sheet}!${f.cell.row}!${f.cell.col}`),
      ).size;
      out.push({ parts: [text(rp.inconsistencyCount(n))], measure });
      continue;
    }
    const rows = new Set(
      ev.flags.filter((f) => f.code === k).map((f) => `${f.cell.sheet}\u0000${f.cell.row}`),
    );
    const items = ev.indicators.filter((ie) => rows.has(`${ie.indicator.sheet}\u0000${ie.indicator.row}`));
    const names = items.slice(0, listLimits.names).map((ie) => quoted(ph, ie.indicator.name));
    out.push({
      parts: [
        lead,
        text(names.join(ph.listSep) + (items.length > listLimits.names ? ph.moreInTable : "") + ph.end),
      ],
      measure,
    });
  }
  return out;
}

export function problemParagraphs(problems: readonly Problem[], ph: Phrases): Paragraph[] {
  if (problems.length === 0) return [para("body", text(ph.noProblems))];
  return problems.map((p, i) => para("body", text(`${i + 1}${ph.enumSep}`), ...p.parts));
}

export function measureParagraphs(problems: readonly Problem[], ph: Phrases, rp: ReportPhrases): Paragraph[] {
  if (problems.length === 0) return [para("body", text(ph.measureDefault))];
  return problems.map((p, i) => para("body", text(`${i + 1}${ph.enumSep}${rp.answer(i + 1)}${p.measure}`)));
}

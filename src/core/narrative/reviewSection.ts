/**
 * The summary's 复核意见 section in review mode: the findings by severity (the flags the engine
 * raised, each with its cell), then 复核总分, 自评总分 and the project's 偏离度 as formulas pointing at
 * the review cells, so they follow what the reviewer types.
 */
import { displayRef } from "../cellRef";
import type { Evaluated } from "../evaluate/evaluate";
import type { ReviewPlan } from "../plan/planReview";
import { findingCounts } from "../review/reviewResult";
import { severityOf } from "../review/reviewRules";
import type { Lang, Severity } from "../types";
import { count, stringLiteral, text, textExpr, trimmed, type Part } from "./parts";
import type { Paragraph } from "./sections";

interface ReviewPhrases {
  readonly heading: string;
  readonly counts: (all: number, by: Readonly<Record<Severity, number>>) => string;
  readonly none: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly more: (n: number) => string;
  readonly sep: string;
  readonly end: string;
  readonly totalLead: string;
  readonly selfLead: string;
  readonly deviationLead: string;
  readonly points: string;
  readonly noDeviation: string;
  readonly definition: string;
}

const zh: ReviewPhrases = {
  heading: "五、复核意见",
  counts: (all, by) => `复核发现问题${all}项，其中P0 ${by.P0}项、P1 ${by.P1}项、P2 ${by.P2}项。`,
  none: "复核未发现问题。",
  severity: {
    P0: "P0（得分或表格不能成立）：",
    P1: "P1（须说明或更正）：",
    P2: "P2（质量问题）：",
  },
  more: (n) => `另有${n}项，见各表标记及JSON报告`,
  sep: "；",
  end: "。",
  totalLead: "复核总分",
  selfLead: "分，自评总分",
  deviationLead: "分，偏离度",
  points: "分",
  noDeviation: "—",
  definition:
    "偏离度按项目计：(自评得分 − 复核得分) / 自评得分；各指标的偏离度见指标表“偏离度”列。复核人可将“复核得分”改写为复核确定的分值，扣分原因填入“复核扣分原因”列，重新运行保留所填内容。",
};

const en: ReviewPhrases = {
  heading: "5. Review findings",
  counts: (all, by) => `The review found ${all} problem(s): P0 ${by.P0}, P1 ${by.P1}, P2 ${by.P2}.`,
  none: "The review found no problems.",
  severity: {
    P0: "P0 (the score or the table cannot stand): ",
    P1: "P1 (must be explained or corrected): ",
    P2: "P2 (quality): ",
  },
  more: (n) => `and ${n} more, marked in the tables and listed in the JSON report`,
  sep: "; ",
  end: ".",
  totalLead: "Review total ",
  selfLead: " points, self-assessed total ",
  deviationLead: " points, deviation ",
  points: "",
  noDeviation: "—",
  definition:
    "Deviation is per project: (self-assessed score − review score) / self-assessed score; each indicator's is in the table's Deviation column. The reviewer may overwrite a Review score with the score decided and write the reason in Review reason; a rerun keeps what was typed.",
};

const reviewPhrases: Readonly<Record<Lang, ReviewPhrases>> = { "zh-CN": zh, "en-US": en };

/** Findings a severity's paragraph names before it refers the reader to the tables. */
const LISTED = 30;

export function reviewParagraphs(ev: Evaluated, review: ReviewPlan, lang: Lang): Paragraph[] {
  const ph = reviewPhrases[lang];
  const by = findingCounts(ev.flags);
  const out: Paragraph[] = [{ style: "heading", parts: [text(ph.heading)], level: 1 }];
  out.push({ style: "body", parts: [text(ev.flags.length ? ph.counts(ev.flags.length, by) : ph.none)] });
  for (const sev of ["P0", "P1", "P2"] as const) {
    const found = ev.flags.filter((f) => severityOf(f.code) === sev);
    if (found.length === 0) continue;
    const listed = found
      .slice(0, LISTED)
      .map((f) => `${displayRef(f.cell)} ${f.message.replace(/[。.]$/, "")}`);
    if (found.length > LISTED) listed.push(ph.more(found.length - LISTED));
    out.push({ style: "body", parts: [text(ph.severity[sev] + listed.join(ph.sep) + ph.end)] });
  }
  const t = review.total;
  const d = t.formulas.deviation;
  const figures: Part[] = [
    text(ph.totalLead),
    count(t.formulas.reviewTotal, t.reviewTotal),
    text(ph.selfLead),
    count(t.formulas.selfTotal, t.selfTotal),
    text(ph.deviationLead),
    // "" when 自评 is 0: the sentence shows a dash, never #VALUE!.
    textExpr(
      `IF(ISNUMBER(${d}),ROUND((${d})*100,2)&"%",${stringLiteral(ph.noDeviation)})`,
      t.deviation === null ? ph.noDeviation : `${trimmed(t.deviation * 100)}%`,
    ),
    text(ph.end),
  ];
  out.push({ style: "body", parts: figures }, { style: "note", parts: [text(ph.definition)] });
  return out;
}

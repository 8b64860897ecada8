/**
 * The report as a document: titles, headings of three levels, paragraphs and tables, built once
 * from the evaluations. The summary sheet writes its paragraphs into cells (figures as formulas);
 * the Word writer (src/report) lays the same blocks out in 公文 format.
 */
import type { Evaluated, IndicatorEval } from "../evaluate/evaluate";
import type { GradeBands } from "../evaluate/rules";
import type { WorkbookData } from "../grid";
import type { ScopePlan } from "../plan/planScope";
import type { Grade, Lang } from "../types";
import { funds, goals, management, profile } from "./basicInfo";
import { achievements, measureParagraphs, problemList, problemParagraphs, quoted } from "./causes";
import { gridOf, shownCell } from "./figures";
import { text, type Part } from "./parts";
import { phrases, type Phrases } from "./phrases";
import { reportPhrases, type ReportKind, type ReportPhrases } from "./reportPhrases";
import { reviewParagraphs } from "./reviewSection";
import { conclusion, tasks, type Paragraph } from "./sections";
import { workbookText, type WorkbookText } from "./workbookText";

export interface ReportTable {
  readonly caption: string;
  readonly header: readonly string[];
  /** Rows of cells, each cell a list of parts. */
  readonly rows: readonly (readonly (readonly Part[])[])[];
}

export type ReportBlock =
  | { readonly kind: "paragraph"; readonly paragraph: Paragraph }
  /** Tables are the document's; the summary sheet says the same in its sentences. */
  | { readonly kind: "table"; readonly table: ReportTable };

export interface ReportDocument {
  readonly lang: Lang;
  readonly blocks: readonly ReportBlock[];
}

export function reportKind(ev: Evaluated, wt: WorkbookText): ReportKind {
  if (/部门整体|整体支出|department/i.test(ev.title)) return "department";
  if (/项目/.test(ev.title) || wt.fields.project) return "project";
  return "department";
}

/** The unit a title names before its year ("广州市增城区科学技术协会2021年…" -> the association). */
function unitOfTitle(title: string): string {
  const m = /^(.+?)\s*[（(]?\s*20\d{2}\s*年/.exec(title);
  return m && !/表|^\d/.test(m[1]) ? m[1].trim() : "";
}

export function reportTitle(ev: Evaluated, wt: WorkbookText, kind: ReportKind, rp: ReportPhrases): string {
  const unit = wt.fields.unit?.text ?? unitOfTitle(ev.title) ?? wt.fields.department?.text ?? "";
  return rp.title({
    unit: unit || wt.fields.department?.text || "",
    year: wt.year ?? "",
    kind,
    project: wt.fields.project?.text ?? "",
  });
}

function missedTable(wb: WorkbookData, ev: Evaluated, ph: Phrases, rp: ReportPhrases): ReportTable | null {
  const missed = ev.indicators.filter((ie: IndicatorEval) => ie.result.belowTarget);
  if (missed.length === 0) return null;
  return {
    caption: rp.tableCaption,
    header: rp.tableHeader,
    rows: missed.map((ie) => {
      const grid = gridOf(wb, ie.indicator.sheet);
      return [
        [text(quoted(ph, ie.indicator.name).slice(1, -1))],
        [shownCell(grid, ie.indicator.row, ie.indicator.targetCol)],
        [shownCell(grid, ie.indicator.row, ie.table.columns.actual)],
        [text(ie.indicator.reason?.trim() || "—")],
      ];
    }),
  };
}

export function buildReport(
  wb: WorkbookData,
  scopes: readonly { readonly evaluated: Evaluated; readonly cells: ScopePlan }[],
  lang: Lang,
  bands: GradeBands,
  /** A rule pack's own grade labels (zh-CN), when it has them. */
  ownLabels?: Readonly<Record<Grade, string>>,
): ReportDocument {
  const ph = phrases(lang);
  const rp = reportPhrases(lang);
  const blocks: ReportBlock[] = [];
  const add = (ps: readonly Paragraph[]): void => {
    for (const p of ps) blocks.push({ kind: "paragraph", paragraph: p });
  };
  const heading = (s: string, level: 1 | 2): void => add([{ style: "heading", parts: [text(s)], level }]);
  for (const { evaluated: ev, cells } of scopes) {
    const wt = workbookText(wb, ev);
    const kind = reportKind(ev, wt);
    add([{ style: "title", parts: [text(reportTitle(ev, wt, kind, rp))] }]);
    heading(ph.h1, 1);
    heading(rp.h1a[kind], 2);
    add(profile(wt, kind, rp, ph));
    heading(rp.h1b[kind], 2);
    add(goals(wt, rp, ph));
    heading(rp.h1c[kind], 2);
    add(funds(wb, ev, ph, rp, wt.year));
    heading(rp.h1d[kind], 2);
    add(management(kind, rp));
    heading(ph.h2, 1);
    heading(ph.h2a, 2);
    add(conclusion(wb, ev, cells, ph, lang, bands, rp, ownLabels));
    heading(ph.h2b, 2);
    add(tasks(wb, ev, cells, ph, rp));
    const table = missedTable(wb, ev, ph, rp);
    if (table) blocks.push({ kind: "table", table });
    heading(rp.h2c, 2);
    add(achievements(wb, ev, ph, rp));
    const problems = problemList(wb, ev, ph, rp);
    heading(ph.h3, 1);
    add(problemParagraphs(problems, ph));
    heading(ph.h4, 1);
    add(measureParagraphs(problems, ph, rp));
    if (cells.review) add(reviewParagraphs(ev, cells.review, lang));
  }
  return { lang, blocks };
}

/**
 * 一、基本情况 as the reference report has it: （一）概况 from the workbook's labelled cells, （二）the
 * 年度总体目标 rows, （三）the budget with every subtotal and its sub-lines, （四）a placeholder, since no
 * 自评表 says how performance was managed. Text read from a cell is a formula pointing at that cell.
 */
import { formulaRef } from "../cellRef";
import type { Evaluated } from "../evaluate/evaluate";
import type { LineEval } from "../evaluate/budget";
import type { WorkbookData } from "../grid";
import { moneyUnitOf } from "../evaluate/moneyUnit";
import { gridOf, money, rate } from "./figures";
import { text, textExpr, type Part } from "./parts";
import type { Phrases } from "./phrases";
import type { ReportKind, ReportPhrases } from "./reportPhrases";
import { joinWords, para, stripNumbering, type Paragraph } from "./sections";
import type { SourceText, WorkbookText } from "./workbookText";

const cellText = (s: SourceText): Part =>
  textExpr(s.from ? `TRIM(MID(${formulaRef(s.cell)},${s.from + 1},32767))` : formulaRef(s.cell), s.text);

const placeholder = (rp: ReportPhrases, what: string): Paragraph => ({
  style: "note",
  parts: [text(rp.fill(what))],
  placeholder: true,
});

export function profile(wt: WorkbookText, kind: ReportKind, rp: ReportPhrases, ph: Phrases): Paragraph[] {
  const out: Paragraph[] = [];
  const f = wt.fields;
  if (f.overview) out.push(para("body", cellText(f.overview)));
  const parts: Part[] = [];
  const add = (lead: string, s: SourceText | undefined): void => {
    if (!s) return;
    if (parts.length) parts.push(text(ph.sep.replace("；", "，")));
    parts.push(text(lead), cellText(s));
  };
  add(rp.project, f.project);
  add(rp.department, f.department);
  add(rp.unit[kind], f.unit);
  if (parts.length) out.push(para("body", ...parts, text(ph.end)));
  if (!f.overview) out.push(placeholder(rp, rp.profileTodo[kind]));
  return out;
}

export function goals(wt: WorkbookText, rp: ReportPhrases, ph: Phrases): Paragraph[] {
  if (wt.goals.length === 0) return [placeholder(rp, rp.goalsTodo)];
  const expected = wt.goals.flatMap((g) => (g.expected ? [g.expected] : []));
  const achieved = wt.goals.flatMap((g) => (g.achieved ? [g.achieved] : []));
  const out: Paragraph[] = [];
  const list = (lead: string, items: SourceText[]): void => {
    if (items.length === 0) return;
    const parts: Part[] = [text(lead)];
    items.forEach((s, i) => {
      if (i > 0) parts.push(text(ph.sep));
      parts.push(cellText(s));
    });
    const last = items[items.length - 1].text;
    if (!/[。.；;]$/.test(last)) parts.push(text(ph.end));
    out.push(para("body", ...parts));
  };
  list(rp.goalsLead, expected);
  list(rp.goalsAchieved, achieved);
  return out;
}

/**
 * （三）收支: the totals with 年初预算, each top line's budget, then for each line with sub-lines the
 * sub-lines as the reference report lists them ("1、运行经费32.01万元，其中包括：①其他运行经费…").
 */
export function funds(
  wb: WorkbookData,
  ev: Evaluated,
  ph: Phrases,
  rp: ReportPhrases,
  year: string | null,
): Paragraph[] {
  const b = ev.budgets[0];
  if (!b) return [{ style: "note", parts: [text(rp.fill(rp.fundsTodo))], placeholder: true }];
  const grid = gridOf(wb, b.table.sheet);
  const t = b.table;
  const unit = ph.unit(moneyUnitOf(grid, t));
  const out: Paragraph[] = [];
  const lines = b.lines;
  const rest = lines.filter((l) => !l.line.isTotal);
  const total = lines.find((l) => l.line.isTotal && l.line.level === 0);
  const lead = year ? rp.yearLead(year) : "";
  if (total) {
    const parts: Part[] = [text(lead)];
    // "In 2021, the initial budget …": the sentence goes on after the year.
    const after = (s: string): string =>
      lead && rp.lowerAfterYear ? s.charAt(0).toLowerCase() + s.slice(1) : s;
    const ini = money(grid, t, total, "initial");
    const bud = money(grid, t, total, "budget");
    const act = money(grid, t, total, "actual");
    const r = rate(grid, t, total);
    const first = (s: string): string => (parts.length > 1 ? s : after(s.replace(/^[，,]\s*/, "")));
    if (ini) parts.push(text(first(ph.initial)), ini, text(unit));
    if (bud) parts.push(text(first(ph.adjusted)), bud, text(unit));
    if (act) parts.push(text(first(ph.spent)), act, text(unit));
    if (r) parts.push(text(ph.execRate), r);
    if (parts.length > 1) out.push(para("body", ...parts, text(ph.end)));
  }
  if (rest.length === 0) return out;
  /** The direct sub-lines of rest[i]: the shallowest level among the lines nested under it. */
  const childrenOf = (i: number): LineEval[] => {
    const lv = rest[i].line.level;
    const span: LineEval[] = [];
    for (let j = i + 1; j < rest.length && rest[j].line.level > lv; j++) span.push(rest[j]);
    if (span.length === 0) return [];
    const m = Math.min(...span.map((x) => x.line.level));
    return span.filter((x) => x.line.level === m);
  };
  const budgetOf = (l: LineEval, lead = rp.amountOf): Part[] => {
    const bud = money(grid, t, l, l.denominator);
    const name = stripNumbering(l.line.name);
    return bud ? [text(joinWords(name, lead)), bud, text(unit)] : [text(name)];
  };
  const top = Math.min(...rest.map((l) => l.line.level));
  // The top lines with their budgets, then a sentence for each that has sub-lines: its sub-lines
  // numbered, and theirs circled.
  const topList: Part[] = [];
  rest.forEach((l) => {
    if (l.line.level !== top || money(grid, t, l, l.denominator) === null) return;
    if (topList.length) topList.push(text(ph.sep.replace("；", "，").replace("; ", ", ")));
    topList.push(...budgetOf(l, ph.lineBudget));
  });
  if (topList.length) out.push(para("body", ...topList, text(ph.end)));
  rest.forEach((l, i) => {
    if (l.line.level !== top) return;
    const kids = childrenOf(i);
    if (kids.length === 0) return;
    const parts: Part[] = [text(stripNumbering(l.line.name) + rp.includes)];
    kids.forEach((k, n) => {
      if (n > 0) parts.push(text(ph.sep));
      parts.push(text(`${n + 1}${ph.enumSep}`), ...budgetOf(k));
      const grand = childrenOf(rest.indexOf(k));
      if (grand.length) {
        parts.push(text(rp.ofWhichIncludes));
        grand.forEach((g, m) => {
          if (m > 0) parts.push(text(ph.listSep));
          parts.push(text(circled(m)), ...budgetOf(g));
        });
      }
    });
    out.push(para("body", ...parts, text(ph.end)));
  });
  // Spending against the budget: the top lines, then every sub-line that has none of its own.
  const tops = rest.filter((l) => l.line.level === top);
  const topParts: Part[] = [text(lead)];
  tops.forEach((l) => {
    const act = money(grid, t, l, "actual");
    const r = rate(grid, t, l);
    if (!act) return;
    if (topParts.length > 1) topParts.push(text(ph.sep));
    topParts.push(text(rp.spentOf(stripNumbering(l.line.name))), act, text(unit));
    if (r) topParts.push(text(ph.lineRate), r);
  });
  const leaves = rest.filter((l, i) => l.line.level > top && childrenOf(i).length === 0);
  const leafParts: Part[] = [];
  leaves.forEach((l, i) => {
    const act = money(grid, t, l, "actual");
    const r = rate(grid, t, l);
    if (!act) return;
    if (leafParts.length) leafParts.push(text(ph.sep));
    leafParts.push(
      text(`${i + 1}${ph.enumSep}${stripNumbering(l.line.name)}${ph.subLineSpent}`),
      act,
      text(unit),
    );
    if (r) leafParts.push(text(ph.subLineRate), r);
  });
  if (topParts.length > 1 || leafParts.length)
    out.push(
      para(
        "body",
        ...(topParts.length > 1 ? topParts : []),
        ...(leafParts.length
          ? [text((topParts.length > 1 ? ph.sep : "") + ph.subLinesLead), ...leafParts]
          : []),
        text(ph.end),
      ),
    );
  return out;
}

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
function circled(i: number): string {
  return i < CIRCLED.length ? CIRCLED[i] : `(${i + 1})`;
}

export function management(kind: ReportKind, rp: ReportPhrases): Paragraph[] {
  return [placeholder(rp, rp.managementTodo[kind])];
}

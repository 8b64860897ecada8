/**
 * The reviewer's checks (复核) on one evaluated scope: each finding a Flag with its cell and
 * sentence, from the words and thresholds of REVIEW_RULES. Pure; runs after the scoring flags.
 */
import { cellRef, type CellRef } from "../cellRef";
import type { Evaluated, IndicatorEval } from "../evaluate/evaluate";
import { cellText } from "../evaluate/cellText";
import { flagMessage, fmtNumber, fmtPercent, quantityName, type MessageParams } from "../evaluate/messages";
import { cellAt, type WorkbookData } from "../grid";
import { formatTarget, isPlaceholder } from "../parse";
import type { ColumnRole, Flag, Lang, ReviewFlagCode } from "../types";
import { REVIEW_RULES, type ReviewRules } from "./reviewRules";

const squash = (s: string): string => s.normalize("NFKC").replace(/\s/g, "");
const hasAny = (text: string, words: readonly string[]): boolean => words.some((w) => text.includes(w));
const full = (score: number | null, weight: number | null): boolean =>
  score !== null && weight !== null && weight > 0 && score >= weight - 1e-9;

/** What the checks read of one indicator row, the way the sheet shows it. */
interface Row {
  readonly ie: IndicatorEval;
  readonly name: string;
  readonly levels: string;
  readonly actualText: string;
  readonly targetText: string;
  readonly comparatorText: string;
  readonly unitText: string;
  readonly cell: (...roles: ColumnRole[]) => CellRef;
}

function rowsOf(wb: WorkbookData, ev: Evaluated): Row[] {
  return ev.indicators.map((ie) => {
    const { table: t, indicator: i } = ie;
    const grid = wb.sheets.find((s) => s.name === t.sheet);
    const text = (col: number | undefined): string =>
      grid && col !== undefined ? cellText(cellAt(grid, i.row, col)?.value) : "";
    const cell = (...roles: ColumnRole[]): CellRef => {
      for (const r of roles) {
        const col = t.columns[r];
        if (col !== undefined) return cellRef(t.sheet, i.row, col);
      }
      return cellRef(t.sheet, i.row, t.columns.name ?? t.columns.level2 ?? t.columns.level1 ?? 0);
    };
    return {
      ie,
      name: i.name,
      levels: `${i.level1}${i.level2}`,
      actualText: text(t.columns.actual),
      targetText: text(i.targetCol) || formatTarget(i.target),
      comparatorText: text(t.columns.comparator),
      unitText: text(t.columns.unit),
      cell,
    };
  });
}

type Emit = (code: ReviewFlagCode, cell: CellRef, p: MessageParams) => void;

/** No figure to check: blank, a placeholder, 0 against a positive floor, or words against a numeric target. */
function noActualFigure(r: Row): boolean {
  const { actual, target } = r.ie.indicator;
  switch (actual.kind) {
    case "empty":
    case "text":
      return true;
    case "qualitative":
      return target.kind === "quantitative";
    case "quantity":
      return (
        actual.value === 0 &&
        target.kind === "quantitative" &&
        target.value > 0 &&
        (target.comparator === "ge" || target.comparator === "gt" || target.comparator === "eq")
      );
  }
}

function checkRows(rows: readonly Row[], rules: ReviewRules, lang: Lang, emit: Emit): void {
  for (const r of rows) {
    const i = r.ie.indicator;
    const name = r.name;
    // With no 实际完成值 column at all, missing-column says it once for the table.
    const hasActualColumn = r.ie.table.columns.actual !== undefined;
    if (hasActualColumn && full(i.reportedScore, i.weight) && noActualFigure(r))
      emit("full-marks-no-actual", r.cell("actual"), {
        name,
        actual: r.actualText || "",
        stated: fmtNumber(i.reportedScore ?? 0),
      });
    const targetWords = squash(`${r.comparatorText}${r.targetText}`);
    if (hasAny(r.levels, rules.costLevelWords) && hasAny(targetWords, rules.lowerBoundWords))
      emit("cost-lower-bound", r.cell("target", "initialTarget"), { name, target: targetWords });
    if (/率/.test(name) && hasAny(name, rules.boundedRateWords)) {
      const over = (role: "actual" | "target", value: number | null, shown: string): void => {
        if (value !== null && value > 1 + 1e-9)
          emit("rate-over-100", r.cell(role, "actual"), {
            name,
            what: quantityName(role === "actual" ? "achieved" : "target", lang),
            stated: shown || fmtPercent(value),
          });
      };
      const a = i.actual.kind === "quantity" && i.actual.unit === "%" ? i.actual.value : null;
      const t = i.target.kind === "quantitative" && i.target.unit === "%" ? i.target.value : null;
      over("target", t, r.targetText);
      over("actual", a, r.actualText);
    }
    if (hasAny(name, rules.satisfactionWords)) {
      const said = [r.actualText, i.reason]
        .map(squash)
        .find((s) => rules.noSurveyWords.some((w) => s === w || (w.length > 1 && s.includes(w))));
      if (said !== undefined) emit("satisfaction-unsurveyed", r.cell("actual"), { name, stated: said });
    }
    if (
      hasAny(i.level1, rules.benefitLevelWords) &&
      (i.target.kind === "qualitative" || i.target.kind === "unparsed") &&
      r.unitText === "" &&
      isVague(squash(r.targetText), rules)
    )
      emit("vague-target", r.cell("target", "initialTarget"), { name, target: r.targetText });
  }
}

/** Only qualifiers and filler words: "社会效益明显", "显著", "有效提升". */
function isVague(text: string, rules: ReviewRules): boolean {
  if (text === "" || /\d/.test(text) || !hasAny(text, rules.vagueQualifiers)) return false;
  let rest = text;
  for (const w of [...rules.vagueQualifiers, ...rules.vagueFiller].sort((a, b) => b.length - a.length))
    rest = rest.split(w).join("");
  return rest.replace(/[，,。、；;]/g, "") === "";
}

function checkReasons(rows: readonly Row[], rules: ReviewRules, emit: Emit): void {
  const missed = rows.filter((r) => r.ie.result.belowTarget);
  const counts = new Map<string, number>();
  for (const r of missed) {
    const reason = squash(r.ie.indicator.reason);
    if (reason !== "" && !isPlaceholder(reason)) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  for (const r of missed) {
    const reason = squash(r.ie.indicator.reason);
    // An empty or placeholder reason is missing-reason already.
    if (reason === "" || isPlaceholder(reason)) continue;
    const n = counts.get(reason) ?? 0;
    if (rules.boilerplateReasons.includes(reason))
      emit("reason-boilerplate", r.cell("reason", "actual"), { name: r.name, stated: reason });
    else if (n >= rules.repeatedReasonCount)
      emit("reason-boilerplate", r.cell("reason", "actual"), {
        name: r.name,
        stated: reason,
        expected: String(n),
      });
  }
}

function checkWhole(ev: Evaluated, rows: readonly Row[], rules: ReviewRules, emit: Emit): void {
  const weighted = rows.filter((r) => (r.ie.indicator.weight ?? 0) > 0);
  const typed = weighted.filter((r) => r.ie.indicator.reportedScore !== null);
  const nothingMissed = rows.every((r) => !r.ie.result.belowTarget);
  const allTypedFull =
    typed.length >= rules.allFullMinIndicators &&
    typed.length === weighted.length &&
    typed.every((r) => full(r.ie.indicator.reportedScore, r.ie.indicator.weight));
  const statedHundred = ev.reportedTotal !== null && Math.abs(ev.reportedTotal - 100) < 0.005;
  if (nothingMissed && (allTypedFull || statedHundred) && rows.length > 0) {
    const first = typed[0] ?? rows[0];
    const tr = ev.indicatorTables.find((x) => x.totalRow !== null);
    const cell =
      statedHundred && tr?.totalRow
        ? cellRef(
            tr.table.sheet,
            tr.totalRow.row,
            tr.totalRow.statedCol ?? tr.table.columns.reportedScore ?? tr.table.columns.score ?? 0,
          )
        : first.cell("reportedScore", "score");
    emit("all-full-marks", cell, {
      stated: statedHundred
        ? "100"
        : fmtNumber(typed.reduce((s, r) => s + (r.ie.indicator.reportedScore ?? 0), 0)),
    });
  }
  const rate = ev.executionRate;
  const outputs = rows.filter(
    (r) => hasAny(r.ie.indicator.level1, rules.outputLevelWords) && (r.ie.indicator.weight ?? 0) > 0,
  );
  if (
    rate !== null &&
    rate < rules.spendOutputRate &&
    outputs.length > 0 &&
    outputs.every((r) => full(r.ie.indicator.reportedScore ?? r.ie.result.score, r.ie.indicator.weight))
  ) {
    const budget = ev.budgets.find((b) => b.executionRate !== null);
    const line = budget?.weightLine ?? budget?.lines.find((l) => l.rate !== null);
    const t = budget?.table;
    const col = t ? (t.columns.rate ?? t.columns.actual ?? 0) : 0;
    const cell = t && line ? cellRef(t.sheet, line.line.row, col) : outputs[0].cell("score", "reportedScore");
    emit("spend-output-mismatch", cell, { rate: fmtPercent(rate) });
  }
}

export function reviewFlags(
  wb: WorkbookData,
  ev: Evaluated,
  lang: Lang,
  rules: ReviewRules = REVIEW_RULES,
): Flag[] {
  const flags: Flag[] = [];
  const emit: Emit = (code, cell, p) => flags.push({ code, cell, message: flagMessage(code, lang, p) });
  const rows = rowsOf(wb, ev);
  checkWhole(ev, rows, rules, emit);
  checkRows(rows, rules, lang, emit);
  checkReasons(rows, rules, emit);
  return flags;
}

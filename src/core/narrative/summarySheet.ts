/**
 * The narrative summary sheet as a NewSheet of the write plan, so that the command line and the
 * add-in insert the same sheet. A rerun replaces the sheets this product wrote (recognised by their
 * marker line), never a user's sheet of the same name.
 */
import type { Evaluated } from "../evaluate/evaluate";
import type { GradeBands, RuleSet } from "../evaluate/rules";
import { budgetRuleInWords } from "../rules/describe";
import { cellAt, type Grid, type WorkbookData } from "../grid";
import type { ScopePlan } from "../plan/planScope";
import type { CellWrite, NewSheet } from "../plan/writePlan";
import type { Lang } from "../types";
import { rowHeight, splitParagraph, summaryColumnWidth } from "./layout";
import { hasFigures, renderFormula, renderText, text } from "./parts";
import { phrases, summaryMarkers } from "./phrases";
import { buildReport, type ReportDocument } from "./document";
import { reportPhrases } from "./reportPhrases";
import type { Paragraph } from "./sections";
import { bannerFormula, checkFormulas, sourceCells } from "./staleness";
import { BANNER_ROW } from "./banner";

/** A sheet written by an earlier run: its column A holds one of the markers. */
export function isOwnSummary(grid: Grid): boolean {
  for (let r = 0; r < grid.rows.length; r++) {
    const v = cellAt(grid, r, 0)?.value;
    if (typeof v === "string" && summaryMarkers.includes(v)) return true;
  }
  return false;
}

const maxSheetName = 31;

/** The base name, or "base (2)" … when a user's sheet already has it; own sheets are being removed. */
export function summarySheetName(base: string, userSheets: readonly string[]): string {
  const taken = new Set(userSheets.map((s) => s.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, maxSheetName - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Excel's limits: 32,767 characters in a cell, 8,192 in a formula; beyond them Excel rejects the file. */
const MAX_CELL_TEXT = 32767;
const MAX_FORMULA = 8192;

function withinCellLimit(s: string): string {
  return s.length <= MAX_CELL_TEXT ? s : s.slice(0, MAX_CELL_TEXT - 1) + "…";
}

export interface SummaryInput {
  readonly evaluated: Evaluated;
  readonly cells: ScopePlan;
}

export function planSummary(
  wb: WorkbookData,
  scopes: readonly SummaryInput[],
  lang: Lang,
  bands: GradeBands,
  rules?: RuleSet,
): { sheet: NewSheet; remove: string[]; document: ReportDocument } {
  const ph = phrases(lang);
  const remove = wb.sheets.filter(isOwnSummary).map((s) => s.name);
  const name = summarySheetName(
    ph.sheetName,
    wb.sheets.filter((s) => !remove.includes(s.name)).map((s) => s.name),
  );
  const doc = buildReport(wb, scopes, lang, bands, lang === "zh-CN" ? rules?.gradeLabels : undefined);
  const paragraphs: Paragraph[] = doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [b.paragraph] : []));
  // The legend of the cells the tool filled (fidelity): one line under the report.
  paragraphs.push({ style: "legend", parts: [text(ph.legend)] });
  // The rules scored by, and the budget-score formula in words, as reviewers ask to see them stated.
  if (rules)
    paragraphs.push({
      style: "note",
      parts: [
        text(
          ph.rulesUsed(rules.pack.title, rules.name, rules.pack.source, budgetRuleInWords(rules.pack, lang)),
        ),
      ],
    });
  paragraphs.push({ style: "note", parts: [text(ph.marker)] });
  // A paragraph taller than Excel's largest row continues on the rows below.
  const rows = paragraphs.flatMap((p) => splitParagraph(p.parts, p.style).map((parts) => ({ ...p, parts })));
  // The stale banner goes right under the first title; the checks it reads sit in column B.
  const checks = checkFormulas(
    wb,
    scopes.flatMap((s) => sourceCells(wb, s.evaluated)),
  );
  const bannerRow = BANNER_ROW;
  const cells: CellWrite[] = rows.map((p, i): CellWrite => {
    const row = i < bannerRow ? i : i + 1;
    const full = renderText(p.parts);
    const shown = withinCellLimit(full);
    const formula = hasFigures(p.parts) ? renderFormula(p.parts) : null;
    // A sentence too long for a formula (very long names or reasons) is written as its text.
    return formula !== null && formula.length <= MAX_FORMULA && shown === full
      ? { kind: "formula", sheet: name, row, col: 0, formula, value: shown, style: p.style }
      : { kind: "text", sheet: name, row, col: 0, text: shown, style: p.style };
  });
  const warning = reportPhrases(lang).stale;
  if (checks.length > 0)
    cells.push({
      kind: "formula",
      sheet: name,
      row: bannerRow,
      col: 0,
      formula: bannerFormula(`$B$1:$B$${checks.length}`, warning),
      value: "",
      style: "note",
    });
  checks.forEach((formula, row) =>
    cells.push({ kind: "formula", sheet: name, row, col: 1, formula, value: "", style: "note" }),
  );
  const heights = rows.map((p) => rowHeight(renderText(p.parts), p.style));
  heights.splice(bannerRow, 0, rowHeight(warning, "note"));
  return {
    sheet: {
      name,
      columnWidths: [summaryColumnWidth, 3],
      rowHeights: heights,
      pageSetup: { paper: "A4", orientation: "portrait", fitToWidth: true },
      cells,
    },
    remove,
    document: doc,
  };
}

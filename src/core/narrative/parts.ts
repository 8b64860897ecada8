/**
 * A sentence of the summary as parts: literal text, and figures that are formulas pointing at their
 * source cells. Rendered twice from the same parts: as an Excel formula (text concatenation) and as
 * the engine's own text, which tests hold against the spreadsheet's recalculation.
 */
import { roundHalfAway } from "../round";

export type Part =
  | { readonly kind: "text"; readonly text: string }
  /** Money, shown with 2 decimals as the reference report prints amounts (5.00万元). */
  | { readonly kind: "number"; readonly expr: string; readonly value: number }
  /** A score, weight or count: at most 2 decimals and no trailing zeros (分值12分, 8.48分). */
  | { readonly kind: "count"; readonly expr: string; readonly value: number }
  /** A fraction shown as a percentage, at most 2 decimals and no trailing zeros (100%, 86.37%). */
  | { readonly kind: "percent"; readonly expr: string; readonly value: number }
  /**
   * A score as the report words it: "得分8.48分", or "不得分" for 0; the choice recomputes in the
   * spreadsheet, so the words follow the figure.
   */
  | {
      readonly kind: "scoreWords";
      readonly expr: string;
      readonly value: number;
      readonly words: ScoreWords;
    }
  /** A formula returning text as it is (a grade, a target cell holding text). */
  | { readonly kind: "textExpr"; readonly expr: string; readonly value: string };

/** "得分" … "分" around a score, and what a score of 0 reads as ("不得分"). */
export interface ScoreWords {
  readonly lead: string;
  readonly unit: string;
  readonly none: string;
}

export const text = (t: string): Part => ({ kind: "text", text: t });
export const num = (expr: string, value: number): Part => ({ kind: "number", expr, value });
export const count = (expr: string, value: number): Part => ({ kind: "count", expr, value });
export const scoreWords = (expr: string, value: number, words: ScoreWords): Part => ({
  kind: "scoreWords",
  expr,
  value,
  words,
});
export const pct = (expr: string, value: number): Part => ({ kind: "percent", expr, value });
export const textExpr = (expr: string, value: string): Part => ({ kind: "textExpr", expr, value });

/** Excel string literals are limited to 255 characters: longer text is joined from pieces. */
export function stringLiteral(s: string): string {
  const clean = s.replace(/[\r\n]+/g, " ");
  const pieces: string[] = [];
  for (let i = 0; i < clean.length; i += 200) pieces.push(`"${clean.slice(i, i + 200).replace(/"/g, '""')}"`);
  return pieces.length === 0 ? '""' : pieces.join("&");
}

export function fixed2(x: number): string {
  return roundHalfAway(x, 2).toFixed(2);
}

/** At most 2 decimals, no trailing zeros: what `ROUND(x,2)&""` gives in Excel and LibreOffice. */
export function trimmed(x: number): string {
  const r = roundHalfAway(x, 2);
  return String(Object.is(r, -0) ? 0 : r);
}

export function renderFormula(parts: readonly Part[]): string {
  return parts
    .map((p) => {
      switch (p.kind) {
        case "text":
          return stringLiteral(p.text);
        case "number":
          return `TEXT(${p.expr},"0.00")`;
        case "count":
          return `(ROUND(${p.expr},2)&"")`;
        case "percent":
          return `ROUND((${p.expr})*100,2)&"%"`;
        case "scoreWords":
          return `IF(ROUND(${p.expr},2)=0,${stringLiteral(p.words.none)},${stringLiteral(p.words.lead)}&ROUND(${p.expr},2)&${stringLiteral(p.words.unit)})`;
        case "textExpr":
          return `(${p.expr})`;
      }
    })
    .join("&");
}

export function renderText(parts: readonly Part[]): string {
  return parts
    .map((p) => {
      switch (p.kind) {
        case "text":
          return p.text.replace(/[\r\n]+/g, " ");
        case "number":
          return fixed2(p.value);
        case "count":
          return trimmed(p.value);
        case "percent":
          return `${trimmed(p.value * 100)}%`;
        case "scoreWords":
          return roundHalfAway(p.value, 2) === 0
            ? p.words.none
            : `${p.words.lead}${trimmed(p.value)}${p.words.unit}`;
        case "textExpr":
          return p.value;
      }
    })
    .join("");
}

/** True when the sentence holds at least one formula part (a sentence of plain text is written as text). */
export function hasFigures(parts: readonly Part[]): boolean {
  return parts.some((p) => p.kind !== "text");
}

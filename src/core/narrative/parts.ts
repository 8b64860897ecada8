/**
 * A sentence of the summary as parts: literal text, and figures that are formulas pointing at their
 * source cells. Rendered twice from the same parts: as an Excel formula (text concatenation) and as
 * the engine's own text, which tests hold against the spreadsheet's recalculation.
 */
import { roundHalfAway } from "../round";

export type Part =
  | { readonly kind: "text"; readonly text: string }
  /** A number shown with 2 decimals: money and scores. */
  | { readonly kind: "number"; readonly expr: string; readonly value: number }
  /** A fraction shown as a percentage with 2 decimals. */
  | { readonly kind: "percent"; readonly expr: string; readonly value: number }
  /** A formula returning text as it is (a grade, a target cell holding text). */
  | { readonly kind: "textExpr"; readonly expr: string; readonly value: string };

export const text = (t: string): Part => ({ kind: "text", text: t });
export const num = (expr: string, value: number): Part => ({ kind: "number", expr, value });
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

export function renderFormula(parts: readonly Part[]): string {
  return parts
    .map((p) => {
      switch (p.kind) {
        case "text":
          return stringLiteral(p.text);
        case "number":
          return `TEXT(${p.expr},"0.00")`;
        case "percent":
          return `TEXT((${p.expr})*100,"0.00")&"%"`;
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
        case "percent":
          return `${fixed2(p.value * 100)}%`;
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

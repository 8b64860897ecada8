/** What the parsers return. Percentages are always fractions (95% -> 0.95). */

export type Comparator = "ge" | "gt" | "le" | "lt" | "eq";

export type Target =
  | {
      readonly kind: "quantitative";
      readonly comparator: Comparator;
      readonly value: number;
      /** Unit as written ("个", "万元", "场"); "%" for percentages. Empty when none. */
      readonly unit: string;
      /** True when the comparator was written (≥, 不少于 ...); false when assumed (a bare number). */
      readonly explicit: boolean;
      /** The year a deadline names (2022年12月底前): an actual in another year counts from it. */
      readonly year?: number;
    }
  | { readonly kind: "qualitative"; readonly text: string }
  | { readonly kind: "empty" }
  | { readonly kind: "unparsed"; readonly text: string };

export type QualitativeLevel = "achieved" | "partial" | "notAchieved";

export type Actual =
  | { readonly kind: "quantity"; readonly value: number; readonly unit: string }
  | { readonly kind: "qualitative"; readonly level: QualitativeLevel; readonly text: string }
  /** Text that is neither a number nor a known achievement phrase. */
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "empty" };

/** A number read from a cell: value in the cell's own unit (percent already divided by 100). */
export interface ParsedNumber {
  readonly value: number;
  readonly unit: string;
}

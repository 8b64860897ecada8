/**
 * What a run computes, shaped as the JSON report (see README). Rates are unrounded fractions,
 * scores rounded to 2 decimals; cell references read "Sheet!A1".
 */
import type { RuleChoice } from "./evaluate/rules";
import type { ReviewResult } from "./review/reviewResult";
import type { Flag, Grade, Lang, TableMapping } from "./types";

export interface LineResult {
  readonly sheet: string;
  readonly row: number; // 1-based, as Excel shows it
  readonly name: string;
  readonly level: number;
  readonly initial: number | null;
  readonly budget: number | null;
  readonly actual: number | null;
  readonly rate: number | null;
  readonly weight: number | null;
  readonly score: number | null;
  readonly reportedScore: number | null;
  readonly cells: { readonly rate: string | null; readonly score: string | null };
}

export interface IndicatorResult {
  readonly sheet: string;
  readonly row: number; // 1-based
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly weight: number | null;
  readonly score: number | null;
  readonly reportedScore: number | null;
  /** actual / target for quantitative indicators (fraction); 1 / 0.7 / 0.3 style level for qualitative; null when unknown. */
  readonly completion: number | null;
  readonly belowTarget: boolean;
  readonly reason: string;
  readonly cells: { readonly score: string | null; readonly completion: string | null };
}

/**
 * A 一级 or 二级 block: its indicators are contiguous rows firstRow..lastRow of one sheet; 1-based in
 * the report (EvaluationResult), 0-based inside the engine (Evaluated.blocks).
 */
export interface BlockResult {
  readonly level1: string;
  readonly level2: string; // "" for a level-1 block
  readonly weight: number;
  readonly score: number;
  readonly sheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
}

export interface EvaluationResult {
  readonly title: string;
  readonly totalScore: number;
  readonly grade: Grade;
  readonly gradeLabel: string;
  readonly budget: {
    readonly executionRate: number | null;
    readonly executionScore: number | null;
    readonly lines: readonly LineResult[];
  } | null;
  readonly indicators: readonly IndicatorResult[];
  readonly blocks: readonly BlockResult[];
  readonly reportedTotal: number | null;
  readonly flags: readonly Flag[];
  readonly tables: readonly TableMapping[];
  /** Review mode only: the review cells and the engine's review figures. */
  readonly review?: ReviewResult;
}

export interface RunOptions {
  /** A shipped pack's name (mof2020, pass-fail, …) or a pack read from a file (checked at the edge). */
  readonly rules: RuleChoice;
  readonly lang: Lang;
  /** Lower bounds of 优, 良, 中 (差 below the last). */
  readonly gradeBands?: { readonly excellent: number; readonly good: number; readonly fair: number };
  /** Replace typed values in rate/score columns with formulas (off by default: never overwrite). */
  readonly overwrite?: boolean;
  /** Review mode (复核): 复核得分, 复核扣分原因 and 偏离度 columns, 复核总分, and a 复核意见 summary section. */
  readonly review?: boolean;
  /** Insert the narrative summary sheet. */
  readonly summary?: boolean;
  /** Column mappings edited by the user, replacing detection for the same sheet and header rows. */
  readonly mappings?: readonly TableMapping[];
}

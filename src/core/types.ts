/** Domain value types shared by detect, evaluate, plan and the adapters. */
import type { CellRef } from "./cellRef";
import type { Actual, Target } from "./parse/types";

export type TableKind = "budget" | "indicator";

/** Column roles of a budget table. */
export type BudgetRole =
  "name" | "initial" | "budget" | "actual" | "rate" | "weight" | "score" | "reportedScore" | ReviewRole;

/** The reviewer's columns review mode appends (复核得分, 复核扣分原因, 偏离度), found again on a rerun. */
export type ReviewRole = "reviewScore" | "reviewReason" | "deviation";

/** Column roles of an indicator table. */
export type IndicatorRole =
  | "level1"
  | "level2"
  | "name"
  | "comparator"
  | "target"
  /** 年初指标值 beside 调整指标值: the target of a row whose adjusted target is left blank. */
  | "initialTarget"
  | "unit"
  | "actual"
  | "weight"
  | "score"
  | "reportedScore"
  | "method"
  | "reason"
  | "completion"
  | "flag"
  | ReviewRole;

export type ColumnRole = BudgetRole | IndicatorRole;

/** A table found on a sheet: where it is and which column plays which role (0-based). */
export interface TableMapping {
  readonly kind: TableKind;
  readonly sheet: string;
  /** Title text above the header, if any (e.g. "项目支出绩效自评表"). */
  readonly title: string;
  readonly headerTop: number;
  readonly headerBottom: number;
  /** First and last data row (inclusive). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Right-most column of the header, so that appended columns go right of it. */
  readonly lastCol: number;
  readonly columns: Partial<Record<ColumnRole, number>>;
  /**
   * A weight the table states outside a 分值 column: "（20分）" in a budget header
   * ("预算执行情况（万元）（20分）", "得分（20分*执行率）"), or in the title over an indicator block
   * ("年度绩效目标1（40分）"), with the cell that states it (0-based).
   */
  readonly statedWeight?: { readonly value: number; readonly row: number; readonly col: number };
}

/** Position of a budget line in the numbering hierarchy: 0 = 合计, 1 = 一、, 2 = 1、, 3 = ①; "其中" is one deeper than its parent. */
export interface BudgetLine {
  readonly sheet: string;
  readonly row: number;
  readonly name: string;
  readonly level: number;
  readonly isTotal: boolean;
  readonly initial: number | null;
  readonly budget: number | null;
  readonly actual: number | null;
  readonly weight: number | null;
  readonly reportedRate: number | null;
  readonly reportedScore: number | null;
  /** The weight comes from the table's header (statedWeight), not from this line's 分值 cell. */
  readonly weightFromHeader: boolean;
}

/** A block weight shared out: `weight` / `rows` each, stated at `row`, `col` (0-based). */
export interface WeightShare {
  readonly weight: number;
  readonly rows: number;
  readonly row: number;
  readonly col: number;
}

/** Per-row scoring method (计分方法) overriding the preset. */
export type ScoringMethod = "forward" | "reverse" | "equal" | "qualitative" | "passFail" | "manual";

export interface Indicator {
  readonly sheet: string;
  readonly row: number;
  readonly level1: string;
  readonly level2: string;
  readonly name: string;
  readonly target: Target;
  /** The column the target was read from (the adjusted target, or the initial one where that is blank). */
  readonly targetCol?: number;
  readonly actual: Actual;
  readonly weight: number | null;
  /**
   * Where the weight comes from: the row's 分值 cell, or a share of a block's stated weight
   * ("产出指标（50分）" over rows with no 分值 of their own: the block's remaining weight over them).
   */
  readonly weightShare: WeightShare | null;
  readonly reportedScore: number | null;
  readonly method: ScoringMethod | null;
  readonly reason: string;
  /** Total rows (合计, 总分) are read for the stated total, not scored. */
  readonly isTotal: boolean;
}

export type FlagCode =
  | "below-target"
  | "missing-reason"
  | "missing-actual"
  | "unparsed-target"
  | "over-target"
  | "overspend"
  | "low-execution"
  | "subtotal-mismatch"
  | "weight-total"
  | "score-mismatch"
  | "score-over-weight"
  | "qualitative-default"
  | "bad-number"
  | "missing-column"
  | "weight-unknown"
  | ReviewFlagCode
  /** A 一级 block (or the execution 分值) weighing other than the rule pack's framework says. */
  | "weight-framework";

/** Reviewer-grade checks (src/core/review): what a 复核 finds beyond the scoring rules. */
export type ReviewFlagCode =
  | "all-full-marks"
  | "full-marks-no-actual"
  | "cost-lower-bound"
  | "rate-over-100"
  | "satisfaction-unsurveyed"
  | "spend-output-mismatch"
  | "reason-boilerplate"
  | "vague-target";

/** P0: the score or the table cannot stand; P1: must be explained or corrected; P2: quality. */
export type Severity = "P0" | "P1" | "P2";

export interface Flag {
  readonly code: FlagCode;
  readonly cell: CellRef;
  readonly message: string;
}

export type Grade = "excellent" | "good" | "fair" | "poor";

export type Lang = "zh-CN" | "en-US";

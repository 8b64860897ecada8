/**
 * The reviewer's checks as data: the words and thresholds each check relies on. Sources are in
 * docs/REVIEW.md (from reviewer-practice: a consultant's graded issue lists, platform manuals, MoF
 * regional-office posts). Editing this table changes what a 复核 finds; the code only applies it.
 */
import type { FlagCode, ReviewFlagCode, Severity } from "../types";

export interface ReviewRules {
  /** all-full-marks: at least this many typed indicator scores, all at their 分值. */
  readonly allFullMinIndicators: number;
  /** cost-lower-bound: a 成本 indicator (level 1 or 2 names it) whose target sets a floor. */
  readonly costLevelWords: readonly string[];
  readonly lowerBoundWords: readonly string[];
  /** rate-over-100: …率 names of rates that cannot pass 100 %. */
  readonly boundedRateWords: readonly string[];
  /** satisfaction-unsurveyed: a 满意度 row answered by the absence of complaints. */
  readonly satisfactionWords: readonly string[];
  readonly noSurveyWords: readonly string[];
  /** spend-output-mismatch: execution below this while every 产出 indicator is at full marks. */
  readonly spendOutputRate: number;
  readonly outputLevelWords: readonly string[];
  /** reason-boilerplate: reasons empty of content, and how many repeats of one reason make boilerplate. */
  readonly boilerplateReasons: readonly string[];
  readonly repeatedReasonCount: number;
  /** vague-target: a 效益 target made only of qualifiers (and the filler words around them). */
  readonly benefitLevelWords: readonly string[];
  readonly vagueQualifiers: readonly string[];
  readonly vagueFiller: readonly string[];
}

export const REVIEW_RULES: ReviewRules = {
  allFullMinIndicators: 2,
  costLevelWords: ["成本"],
  lowerBoundWords: ["≥", "≧", ">=", "＞=", ">", "＞", "不低于", "不少于", "大于", "高于", "以上"],
  boundedRateWords: ["合格", "完成", "覆盖", "满意", "知晓", "达标", "及时"],
  satisfactionWords: ["满意"],
  noSurveyWords: ["未收到投诉", "无投诉", "没有投诉", "无不满意", "零投诉", "无"],
  spendOutputRate: 0.5,
  outputLevelWords: ["产出"],
  boilerplateReasons: [
    "无",
    "已完成",
    "完成",
    "正常",
    "见说明",
    "详见说明",
    "见报告",
    "无偏差",
    "达标",
    "良好",
  ],
  repeatedReasonCount: 3,
  benefitLevelWords: ["效益"],
  vagueQualifiers: ["明显", "显著", "有效", "提升", "提高", "良好", "较好", "改善", "增强"],
  vagueFiller: [
    "社会",
    "经济",
    "生态",
    "可持续",
    "影响",
    "效益",
    "效果",
    "得到",
    "有所",
    "进一步",
    "逐步",
    "不断",
    "大幅",
    "较",
    "持续",
    "有",
    "的",
    "了",
    "成效",
  ],
};

/** Severity of every flag, the scoring flags' too (P0 the score or table cannot stand, P1 explain or correct, P2 quality). */
export const SEVERITY: Readonly<Record<FlagCode, Severity>> = {
  "missing-column": "P0",
  "subtotal-mismatch": "P0",
  "weight-total": "P0",
  "weight-framework": "P1",
  "score-mismatch": "P0",
  "score-over-weight": "P0",
  "below-target": "P1",
  "missing-reason": "P1",
  "missing-actual": "P1",
  "unparsed-target": "P1",
  "over-target": "P1",
  overspend: "P1",
  "low-execution": "P1",
  "bad-number": "P1",
  "weight-unknown": "P1",
  "qualitative-default": "P2",
  "all-full-marks": "P0",
  "full-marks-no-actual": "P0",
  "cost-lower-bound": "P0",
  "spend-output-mismatch": "P0",
  "rate-over-100": "P1",
  "satisfaction-unsurveyed": "P1",
  "vague-target": "P1",
  "reason-boilerplate": "P2",
};

export const REVIEW_CODES: readonly ReviewFlagCode[] = [
  "all-full-marks",
  "full-marks-no-actual",
  "cost-lower-bound",
  "rate-over-100",
  "satisfaction-unsurveyed",
  "spend-output-mismatch",
  "reason-boilerplate",
  "vague-target",
];

export function severityOf(code: FlagCode): Severity {
  return SEVERITY[code];
}

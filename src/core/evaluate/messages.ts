/**
 * One sentence per flag, in each language. Figures arrive already formatted so that a message
 * reads the way the sheet shows the number.
 */
import { reviewEn, reviewZh } from "../review/reviewMessages";
import type { FlagCode, Lang } from "../types";

export interface MessageParams {
  readonly name?: string;
  readonly target?: string;
  readonly actual?: string;
  readonly rate?: string;
  readonly expected?: string;
  readonly stated?: string;
  readonly weight?: string;
  readonly what?: string;
  /** The rule pack's threshold the flag is raised against, formatted (130%, 90%). */
  readonly limit?: string;
}

type Template = (p: MessageParams) => string;

/**
 * A target printed with ≤ or < (as formatTarget prints 不高于, 不超过, 控制在…以内) is an upper
 * limit: missing it means exceeding it, and "below the target" would say the opposite.
 */
function isUpperLimit(target: string | undefined): boolean {
  return target !== undefined && /^[≤<＜≦]/.test(target);
}

const zh: Readonly<Record<FlagCode, Template>> = {
  "below-target": (p) =>
    isUpperLimit(p.target)
      ? `“${p.name}”实际完成值${p.actual}超出${p.target}的上限。`
      : `“${p.name}”实际完成值${p.actual}未达到年度指标值${p.target}。`,
  "missing-reason": (p) => `“${p.name}”未达到年度指标值，但未填写偏差原因。`,
  "missing-actual": (p) => `“${p.name}”缺少可识别的实际完成值，按0分计。`,
  "unparsed-target": (p) => `“${p.name}”的年度指标值“${p.target}”无法识别，未计分。`,
  "over-target": (p) => `“${p.name}”实际完成值${p.actual}超过指标值${p.target}的${p.limit}，请说明偏离原因。`,
  overspend: (p) => `“${p.name}”执行数${p.actual}超过预算数${p.expected}。`,
  "low-execution": (p) => `“${p.name}”预算执行率${p.rate}低于${p.limit}，需说明原因。`,
  "subtotal-mismatch": (p) => `“${p.name}”的${p.what}为${p.stated}，与下级合计${p.expected}不一致。`,
  "weight-total": (p) => `指标分值合计为${p.stated}，应为${p.expected}。`,
  "score-mismatch": (p) => `“${p.name}”填报得分${p.stated}与计算得分${p.expected}不一致。`,
  "score-over-weight": (p) => `“${p.name}”填报得分${p.stated}超过分值${p.weight}。`,
  "qualitative-default": (p) => `“${p.name}”为定性指标且未填自评得分，按档次默认计${p.expected}分，请复核。`,
  "bad-number": (p) => `“${p.name}”的${p.what}“${p.stated}”不是有效数字。`,
  "missing-column": (p) => `“${p.name}”缺少“${p.what}”列，相关得分无法计算。`,
  "weight-unknown": (p) =>
    `“${p.name}”只给出合计分值${p.weight}分，未逐项列出分值；按平均分配计算，且有指标未达标，请补充各指标分值。`,
  ...reviewZh,
  "weight-framework": (p) => `“${p.name}”分值为${p.stated}，评分框架（${p.what}）规定为${p.expected}。`,
};

const en: Readonly<Record<FlagCode, Template>> = {
  "below-target": (p) =>
    isUpperLimit(p.target)
      ? `"${p.name}": actual ${p.actual} exceeds the limit ${p.target}.`
      : `"${p.name}": actual ${p.actual} is below the target ${p.target}.`,
  "missing-reason": (p) => `"${p.name}" is below target but gives no reason for the deviation.`,
  "missing-actual": (p) => `"${p.name}" has no actual value that can be read; it scores 0.`,
  "unparsed-target": (p) => `"${p.name}": the target "${p.target}" is not understood; not scored.`,
  "over-target": (p) =>
    `"${p.name}": actual ${p.actual} exceeds ${p.limit} of the target ${p.target}; explain the deviation.`,
  overspend: (p) => `"${p.name}": spending ${p.actual} is above the budget ${p.expected}.`,
  "low-execution": (p) => `"${p.name}": execution rate ${p.rate} is below ${p.limit}; a reason is required.`,
  "subtotal-mismatch": (p) =>
    `"${p.name}": ${p.what} ${p.stated} differs from the sum of its sub-lines ${p.expected}.`,
  "weight-total": (p) => `The indicator weights total ${p.stated}, not ${p.expected}.`,
  "score-mismatch": (p) =>
    `"${p.name}": the stated score ${p.stated} differs from the computed ${p.expected}.`,
  "score-over-weight": (p) => `"${p.name}": the stated score ${p.stated} is above its weight ${p.weight}.`,
  "qualitative-default": (p) =>
    `"${p.name}" is qualitative with no self-assessed score; it gets its band's default ${p.expected}, please review.`,
  "bad-number": (p) => `"${p.name}": the ${p.what} "${p.stated}" is not a number.`,
  "missing-column": (p) => `"${p.name}" has no ${p.what} column; the scores that need it cannot be computed.`,
  "weight-unknown": (p) =>
    `"${p.name}" states only a block weight of ${p.weight} points, not one per indicator; it is shared equally, and some indicators are below target: give each indicator its weight.`,
  ...reviewEn,
  "weight-framework": (p) =>
    `"${p.name}" weighs ${p.stated}; the framework (${p.what}) gives it ${p.expected}.`,
};

const templates: Readonly<Record<Lang, Readonly<Record<FlagCode, Template>>>> = { "zh-CN": zh, "en-US": en };

export function flagMessage(code: FlagCode, lang: Lang, params: MessageParams): string {
  return templates[lang][code](params);
}

/** Names of the quantities a message may speak of. */
/** "actual" is spending (执行数); "achieved" is an indicator's 实际完成值. */
export type Quantity = "budget" | "initial" | "actual" | "achieved" | "weight" | "score" | "target";

const quantityNames: Readonly<Record<Lang, Readonly<Record<Quantity, string>>>> = {
  "zh-CN": {
    budget: "预算数",
    initial: "年初预算数",
    actual: "执行数",
    achieved: "实际完成值",
    weight: "分值",
    score: "得分",
    target: "指标值",
  },
  "en-US": {
    budget: "budget",
    initial: "initial budget",
    actual: "actual",
    achieved: "actual value",
    weight: "weight",
    score: "score",
    target: "target",
  },
};

export function quantityName(q: Quantity, lang: Lang): string {
  return quantityNames[lang][q];
}

/** Figures in messages: percentages with 2 decimals, other numbers as 2-decimal text without trailing zeros. */
export function fmtPercent(x: number): string {
  return `${(x * 100).toFixed(2)}%`;
}

/** A rule's threshold as a plain percentage: 90%, 130%, 92.5%. */
export function fmtLimit(x: number): string {
  return `${Number((x * 100).toFixed(2))}%`;
}

export function fmtNumber(x: number): string {
  return String(Number(x.toFixed(2)));
}

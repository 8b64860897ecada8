/** One sentence per reviewer check, in each language (figures arrive formatted, as in evaluate/messages). */
import type { Lang, ReviewFlagCode } from "../types";
import type { MessageParams } from "../evaluate/messages";

type Template = (p: MessageParams) => string;

export const reviewZh: Readonly<Record<ReviewFlagCode, Template>> = {
  "all-full-marks": (p) => `自评得分全部为满分（${p.stated}），无任何扣分，自评可能流于形式。`,
  "full-marks-no-actual": (p) =>
    `“${p.name}”实际完成值为“${p.actual}”，无可核实的完成数据，却填报满分${p.stated}分。`,
  "cost-lower-bound": (p) =>
    `“${p.name}”为成本指标，指标值“${p.target}”设为下限，意为鼓励多花钱，与严控支出相反。`,
  "rate-over-100": (p) => `“${p.name}”的${p.what}为${p.stated}，超过100%，该比率不应超过100%。`,
  "satisfaction-unsurveyed": (p) => `“${p.name}”以“${p.stated}”代替满意度调查结果，不投诉不等于满意。`,
  "spend-output-mismatch": (p) => `预算执行率仅${p.rate}，产出指标却全部满分，资金使用与产出不匹配。`,
  "reason-boilerplate": (p) =>
    p.expected
      ? `“${p.name}”的偏差原因“${p.stated}”在${p.expected}个未达标指标中重复出现，未逐项分析。`
      : `“${p.name}”未达标，偏差原因“${p.stated}”没有实际内容。`,
  "vague-target": (p) => `“${p.name}”为效益指标，指标值“${p.target}”只有定性描述，无衡量标准，不具考核性。`,
};

export const reviewEn: Readonly<Record<ReviewFlagCode, Template>> = {
  "all-full-marks": (p) =>
    `Every self-assessed score is full marks (${p.stated}), with nothing deducted: the self-evaluation may be a formality.`,
  "full-marks-no-actual": (p) =>
    `"${p.name}": the actual is "${p.actual}", no figure that can be checked, yet full marks ${p.stated} are claimed.`,
  "cost-lower-bound": (p) =>
    `"${p.name}" is a cost indicator whose target "${p.target}" is a floor: it rewards spending more, the opposite of cost control.`,
  "rate-over-100": (p) =>
    `"${p.name}": the ${p.what} ${p.stated} is above 100%, which this rate cannot exceed.`,
  "satisfaction-unsurveyed": (p) =>
    `"${p.name}": "${p.stated}" stands in for a satisfaction survey; no complaints is not satisfaction.`,
  "spend-output-mismatch": (p) =>
    `Budget execution is only ${p.rate}, yet every output indicator has full marks: spending and output do not match.`,
  "reason-boilerplate": (p) =>
    p.expected
      ? `"${p.name}": the reason "${p.stated}" is repeated on ${p.expected} missed indicators instead of being analysed for each.`
      : `"${p.name}" is below target and its reason "${p.stated}" says nothing.`,
  "vague-target": (p) =>
    `"${p.name}" is a benefit indicator whose target "${p.target}" is only a qualifier with no measure: it cannot be assessed.`,
};

export const reviewTemplates: Readonly<Record<Lang, Readonly<Record<ReviewFlagCode, Template>>>> = {
  "zh-CN": reviewZh,
  "en-US": reviewEn,
};

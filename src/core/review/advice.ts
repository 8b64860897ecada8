/** What a reviewer asks the unit to do about each finding (问题清单's last column). */
import type { FlagCode, Lang } from "../types";

const zh: Readonly<Record<FlagCode, string>> = {
  "below-target": "核实完成值，按未达标程度扣分，要求说明原因及整改措施。",
  "missing-reason": "补充偏差原因分析及改进措施。",
  "missing-actual": "补填可核实的实际完成值及佐证材料。",
  "unparsed-target": "改写为可衡量的指标值（比较符、数值、单位）。",
  "over-target": "说明超额完成的原因，检查指标值设定是否偏低。",
  overspend: "核实执行数，说明超预算支出的依据。",
  "low-execution": "说明资金结余原因，提出加快执行的措施。",
  "subtotal-mismatch": "核对合计与明细，改正错误数字。",
  "weight-total": "核对各指标分值，使合计为100分（或标明的总分）。",
  "weight-framework": "按所用评分规则的框架调整一级指标分值，或说明依据。",
  "score-mismatch": "按评分规则重新计分，改正自评得分。",
  "score-over-weight": "得分不得超过分值，改正自评得分。",
  "qualitative-default": "补填定性指标的自评得分及依据。",
  "bad-number": "改为有效数字。",
  "missing-column": "按模板补齐缺少的列。",
  "weight-unknown": "逐项列出各指标分值。",
  "all-full-marks": "逐项复核得分及佐证材料，据实评分。",
  "full-marks-no-actual": "无完成数据不得满分：补填实际完成值，否则按0分计。",
  "cost-lower-bound": "成本指标应设上限（≤、不高于），改写指标值。",
  "rate-over-100": "核实计算口径，比率不应超过100%。",
  "satisfaction-unsurveyed": "开展满意度调查，以调查结果填报。",
  "spend-output-mismatch": "核实产出与资金使用的对应关系，据实调整产出指标得分。",
  "reason-boilerplate": "逐项分析偏差的具体原因，不得套用同一说法。",
  "vague-target": "设定可衡量的效益指标值，并提供佐证；无依据的按不具考核性扣分。",
};

const en: Readonly<Record<FlagCode, string>> = {
  "below-target": "Check the actual, deduct by the shortfall, ask for the reason and the remedy.",
  "missing-reason": "Add the reason for the deviation and the remedy.",
  "missing-actual": "Fill in a checkable actual with its evidence.",
  "unparsed-target": "Rewrite the target as a measure (comparator, number, unit).",
  "over-target": "Explain the over-achievement; check whether the target was set too low.",
  overspend: "Check the spending and the grounds for exceeding the budget.",
  "low-execution": "Explain the unspent money and how execution will be sped up.",
  "subtotal-mismatch": "Reconcile the total with its lines and correct the figures.",
  "weight-total": "Correct the weights so that they total 100 (or the stated total).",
  "weight-framework": "Weigh the blocks as the rule pack's framework says, or state why not.",
  "score-mismatch": "Re-score by the rules and correct the stated score.",
  "score-over-weight": "A score cannot exceed its weight: correct it.",
  "qualitative-default": "Give the qualitative indicator a self-assessed score and its grounds.",
  "bad-number": "Enter a valid number.",
  "missing-column": "Add the missing column as the template has it.",
  "weight-unknown": "Give each indicator its weight.",
  "all-full-marks": "Re-check every score against its evidence and score as found.",
  "full-marks-no-actual": "No full marks without a figure: fill in the actual, else it scores 0.",
  "cost-lower-bound": "A cost target is a ceiling (≤): rewrite it.",
  "rate-over-100": "Check how the rate is computed; it cannot exceed 100%.",
  "satisfaction-unsurveyed": "Run a satisfaction survey and report its result.",
  "spend-output-mismatch": "Check the output against the money spent and adjust the output scores.",
  "reason-boilerplate": "Analyse each deviation's own cause instead of one stock phrase.",
  "vague-target": "Set a measurable benefit target with evidence; one without basis is deducted.",
};

export function adviceFor(code: FlagCode, lang: Lang): string {
  return (lang === "zh-CN" ? zh : en)[code];
}

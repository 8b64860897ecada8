/**
 * The summary's wording, zh-CN and en-US, as data. Headings follow the reference report
 * (一、基本情况 / 二、综合评价分析 / 三、存在的主要问题 / 四、下一步改进措施).
 */
import type { FlagCode, Lang } from "../types";

export interface Phrases {
  readonly sheetName: string;
  readonly reportTitle: (title: string) => string;
  readonly marker: string;
  /** One line: how the cells the tool filled in look, and what the row marking means. */
  readonly legend: string;
  /** The rule pack scored by: title, name, source and the budget-score rule in words. */
  readonly rulesUsed: (title: string, name: string, source: string, budgetRule: string) => string;
  readonly h1: string;
  readonly h2: string;
  readonly h2a: string;
  readonly h2b: string;
  readonly h2c: string;
  readonly h3: string;
  readonly h4: string;
  readonly unit: (unit: string) => string;
  readonly initial: string;
  readonly adjusted: string;
  readonly spent: string;
  readonly execRate: string;
  readonly lineBudget: string;
  readonly lineSpent: string;
  readonly lineRate: string;
  readonly subLinesLead: string;
  readonly subLineRate: string;
  readonly sep: string;
  readonly end: string;
  readonly noBudget: string;
  readonly conclusionLead: string;
  readonly blockWeight: string;
  readonly blockScore: string;
  readonly points: string;
  readonly execScore: string;
  readonly totalLead: string;
  readonly gradeLead: string;
  readonly ofWhich: string;
  readonly outOf: string;
  readonly taskWeight: string;
  readonly taskScore: string;
  readonly missed: (name: string, first: boolean) => string;
  readonly missedTarget: string;
  readonly missedActual: string;
  readonly missedReason: string;
  readonly noReason: string;
  readonly allMet: string;
  readonly othersMet: string;
  readonly metLead: string;
  readonly metItem: (name: string) => string;
  readonly metTarget: string;
  readonly metActual: string;
  readonly metEnd: string;
  readonly noneMet: string;
  readonly problems: Readonly<Partial<Record<FlagCode | "inconsistency", string>>>;
  readonly noProblems: string;
  readonly lowExecLine: (name: string) => string;
  /** After a low execution rate, the pack's threshold it is under. */
  readonly lowExecEnd: (limit: string) => string;
  /** Leads the over-target problem, naming the pack's threshold. */
  readonly overTargetLead: (limit: string) => string;
  readonly measures: Readonly<Partial<Record<FlagCode | "inconsistency", string>>>;
  readonly measureDefault: string;
  readonly ownMeasures: string;
  readonly quote: (s: string) => string;
  readonly listSep: string;
  /** After a list cut short by listLimits. */
  readonly moreInTable: string;
  /** After a list number: 1、 or 1. */
  readonly enumSep: string;
  readonly colon: string;
  readonly subLineSpent: string;
}

const zh: Phrases = {
  sheetName: "绩效自评报告",
  // "…部门整体支出情况表" -> "…部门整体支出绩效自评报告", as the reference report is titled.
  reportTitle: (t) =>
    t.endsWith("报告") ? t : `${t.replace(/(绩效自评表|自评表|情况表|指标表|表)$/, "")}绩效自评报告`,
  rulesUsed: (title, name, source, rule) => `评分规则：${title}（${name}；依据：${source}）。${rule}。`,
  marker: "本表由绩效自评工具生成：数字均为指向源单元格的公式；重新运行将替换本表，请勿在此表录入数据。",
  legend:
    "图例：浅黄底色（单元格样式“绩效自评公式”）的单元格是本工具填入的公式，其余为单位填报的数据；未达标指标所在行标为浅红底色。",
  h1: "一、基本情况",
  h2: "二、综合评价分析",
  h2a: "（一）自评结论综述",
  h2b: "（二）各项工作任务绩效目标完成情况分析",
  h2c: "（三）达到或超过年度指标值的指标",
  h3: "三、存在的主要问题",
  h4: "四、下一步改进措施",
  unit: (u) => u,
  initial: "年初预算数为",
  adjusted: "，调整预算数为",
  spent: "，全年支出数为",
  execRate: "，预算执行率为",
  lineBudget: "年度预算数为",
  lineSpent: "，支出数为",
  lineRate: "，完成年度预算",
  subLinesLead: "其中支出：",
  subLineRate: "，完成年度预算",
  sep: "；",
  end: "。",
  noBudget: "本次自评未包含预算执行情况表。",
  conclusionLead: "根据绩效自评工作规范，",
  blockWeight: "指标总分",
  blockScore: "分，得分",
  points: "分",
  execScore: "预算执行率得分",
  totalLead: "自评得分",
  gradeLead: "分，自评等级为",
  ofWhich: "。其中：",
  outOf: "（分值",
  taskWeight: "分值",
  taskScore: "分，自评得分",
  missed: (n, first) => `${first ? "其中" : ""}“${n}”`,
  missedTarget: "年度指标值为",
  missedActual: "，实际完成值为",
  missedReason: "，未达预期，主要原因是：",
  noReason: "，未达预期，未说明偏差原因",
  allMet: "指标均达到年度指标值。",
  othersMet: "其他指标均达到年度指标值。",
  metLead: "以下指标达到或超过年度指标值：",
  metItem: (n) => `“${n}”`,
  metTarget: "（指标值",
  metActual: "，实际",
  metEnd: "）",
  noneMet: "没有指标达到年度指标值。",
  problems: {
    "below-target": "部分指标未达到年度指标值：",
    "missing-reason": "部分未达标指标未说明偏差原因：",
    "low-execution": "预算执行率偏低：",
    overspend: "存在超预算支出：",
    "qualitative-default": "部分定性指标未填写自评得分，已按档次默认分值计分，需复核：",
    "missing-actual": "部分指标缺少实际完成值：",
    "unparsed-target": "部分指标的年度指标值无法识别，未能计分：",
    inconsistency: "表内数据存在不一致（分项与合计、分值合计或填报得分），见以下单元格：",
  },
  noProblems: "经核查，未发现需要说明的问题。",
  lowExecLine: (n) => `“${n}”执行率为`,
  lowExecEnd: (limit) => `，低于${limit}`,
  overTargetLead: (limit) => `部分指标完成值超过指标值的${limit}，年初指标值设定可能偏低：`,
  measures: {
    "below-target": "对未达标指标逐项分析原因，制订整改计划，年度指标值的设定充分考虑外部环境因素。",
    "missing-reason": "对未达标指标补充偏差原因分析，说明整改措施。",
    "low-execution": "加强预算执行进度管理，按月跟踪支出进度，提高预算编制的精准度。",
    overspend: "严格按预算支出，确需调整的按程序办理预算调整。",
    "over-target": "结合实际完成情况合理设定年度指标值，避免指标值明显偏低。",
    "qualitative-default": "对定性指标逐项自评打分，并保留佐证材料。",
    "missing-actual": "补充填报各项指标的实际完成值及佐证材料。",
    "unparsed-target": "规范年度指标值的填写，写明比较符号、数值和计量单位。",
    inconsistency: "核对分项与合计、指标分值及自评得分，确保表内数据一致。",
  },
  measureDefault: "继续加强绩效管理，将资金的管理、使用、评估有效结合，确保资金使用绩效。",
  ownMeasures: "（请在此补充本单位的具体改进措施。）",
  quote: (s) => `“${s}”`,
  listSep: "、",
  moreInTable: "等（其余见指标表）",
  enumSep: "、",
  colon: "：",
  subLineSpent: "",
};

const en: Phrases = {
  sheetName: "Self-evaluation summary",
  reportTitle: (t) => `${t}: performance self-evaluation summary`,
  rulesUsed: (title, name, source, rule) =>
    `Scoring rules: ${title} (${name}; source: ${source}). ${rule[0].toUpperCase()}${rule.slice(1)}.`,
  marker:
    "Generated by the self-evaluation tool: every figure is a formula pointing at its source cell; a rerun replaces this sheet, so do not enter data here.",
  legend:
    "Key: cells with a light yellow fill (cell style “绩效自评公式”) hold the formulas this tool filled in; the rest is the unit's own data; rows of indicators below target are shaded light red.",
  h1: "1. Overview",
  h2: "2. Evaluation",
  h2a: "(1) Conclusion",
  h2b: "(2) Performance against the targets of each task",
  h2c: "(3) Indicators that met or exceeded their targets",
  h3: "3. Main problems",
  h4: "4. Next steps",
  unit: (u) => (u === "万元" ? " (10,000 yuan)" : u === "元" ? " yuan" : u ? ` ${u}` : ""),
  initial: "The initial budget was ",
  adjusted: ", the adjusted budget ",
  spent: ", spending for the year ",
  execRate: ", an execution rate of ",
  lineBudget: ": budget ",
  lineSpent: ", spent ",
  lineRate: ", execution ",
  subLinesLead: "Of which: ",
  subLineRate: ", execution ",
  sep: "; ",
  end: ".",
  noBudget: "No budget execution table was part of this evaluation.",
  conclusionLead: "Under the self-evaluation rules, ",
  blockWeight: " is worth ",
  blockScore: " points and scored ",
  points: " points",
  execScore: "budget execution scored ",
  totalLead: " The total score is ",
  gradeLead: ", grade ",
  ofWhich: ". By block: ",
  outOf: " (of ",
  taskWeight: " is worth ",
  taskScore: " points and scored ",
  missed: (n) => ` "${n}"`,
  missedTarget: ": target ",
  missedActual: ", actual ",
  missedReason: ", below target. Reason: ",
  noReason: ", below target, with no reason given",
  allMet: " All indicators met their targets.",
  othersMet: " All other indicators met their targets.",
  metLead: "These indicators met or exceeded their targets:",
  metItem: (n) => `"${n}"`,
  metTarget: " (target ",
  metActual: ", actual ",
  metEnd: ")",
  noneMet: "No indicator met its target.",
  problems: {
    "below-target": "Indicators below target: ",
    "missing-reason": "Indicators below target with no reason given: ",
    "low-execution": "Low budget execution: ",
    overspend: "Spending above budget: ",
    "qualitative-default": "Qualitative indicators scored with their band's default, to be reviewed: ",
    "missing-actual": "Indicators without an actual value: ",
    "unparsed-target": "Targets that could not be read and were not scored: ",
    inconsistency: "Inconsistent figures (sub-lines and totals, weights, or stated scores) in these cells: ",
  },
  noProblems: "No problem requiring comment was found.",
  lowExecLine: (n) => `"${n}" executed `,
  lowExecEnd: (limit) => `, below ${limit}`,
  overTargetLead: (limit) => `Actuals above ${limit} of the target, the target may have been set too low: `,
  measures: {
    "below-target":
      "Analyse each missed target, plan corrective action, and set next year's targets with the external environment in mind.",
    "missing-reason": "Add the reason for each missed target and the corrective measure.",
    "low-execution": "Track spending monthly against the budget and budget more precisely.",
    overspend: "Spend within the budget; adjust the budget through the proper procedure where needed.",
    "over-target": "Set targets in line with what is achievable, not clearly too low.",
    "qualitative-default": "Score each qualitative indicator and keep the supporting evidence.",
    "missing-actual": "Report the actual value of every indicator with supporting evidence.",
    "unparsed-target": "Write each target with its comparator, value and unit.",
    inconsistency: "Reconcile sub-lines with totals, weights and stated scores.",
  },
  measureDefault:
    "Keep strengthening performance management so that funds are managed, used and evaluated together.",
  ownMeasures: "(Add your own measures here.)",
  quote: (s) => `"${s}"`,
  listSep: ", ",
  moreInTable: " and others (see the indicator table)",
  enumSep: ". ",
  colon: ": ",
  subLineSpent: ": spent ",
};

const table: Readonly<Record<Lang, Phrases>> = { "zh-CN": zh, "en-US": en };

export function phrases(lang: Lang): Phrases {
  return table[lang];
}

/** Every marker, so that a run in either language recognises the summary sheet it wrote before. */
export const summaryMarkers: readonly string[] = [zh.marker, en.marker];

/**
 * Which header texts name which column role: rules as data. Phrases are written as people write
 * them; they are compared after normaliseHeader (so "分值（分）", "Weight (points)" and "权 重" match).
 * Order inside a role is preference: an earlier phrase wins over a later one for the same role.
 */
import type { BudgetRole, IndicatorRole, TableKind } from "../types";
import { normaliseHeader } from "./normalize";

export interface RolePhrases<R extends string> {
  readonly role: R;
  readonly phrases: readonly string[];
  /**
   * Matched only after every other claim on the column: "Budget" is the initial budget when an
   * "Adjusted budget" column takes the budget role.
   */
  readonly fallback?: readonly string[];
}

export interface TableVocabulary<R extends string> {
  readonly kind: TableKind;
  readonly roles: readonly RolePhrases<R>[];
  /** Each inner list must have at least one role found (budget "name" may also be inferred). */
  readonly required: readonly (readonly R[])[];
}

export const BUDGET_VOCABULARY: TableVocabulary<BudgetRole> = {
  kind: "budget",
  roles: [
    {
      role: "name",
      phrases: [
        "项目",
        "项目名称",
        "支出项目",
        "预算项目",
        "科目",
        "科目名称",
        "资金来源",
        "项目资金",
        "资金结构",
        "Line",
        "Item",
        "Line item",
        "Budget line",
      ],
    },
    {
      role: "initial",
      phrases: [
        "年初预算数",
        "年初预算",
        "年初数",
        "年初批复数",
        "年初部门预算安排金额",
        "年初预算安排",
        "Initial budget",
      ],
      fallback: ["Budget"],
    },
    {
      role: "budget",
      phrases: [
        "全年预算数",
        "调整预算数",
        "调整后预算数",
        "调整后预算",
        "全年预算",
        "预算数",
        "Adjusted budget",
        "预算安排小计",
        "Budget",
      ],
    },
    {
      role: "actual",
      phrases: [
        "全年执行数",
        "执行数",
        "实际支出",
        "实际支出数",
        "支出数",
        "决算数",
        "年度拨付金额",
        "拨付金额",
        "Actual",
        "Actual spending",
      ],
    },
    {
      role: "rate",
      phrases: [
        "执行率",
        "预算执行率",
        "支出实现率",
        "资金执行率",
        "Execution rate",
        "Budget execution rate",
      ],
    },
    { role: "weight", phrases: ["分值", "权重", "执行率权重", "Weight", "Points"] },
    { role: "score", phrases: ["得分", "执行率得分", "Score"] },
    { role: "reportedScore", phrases: ["自评得分", "自评分", "Self-assessed score", "Reported score"] },
    // Review mode's columns (plan/planReview): a rerun finds them by these headers.
    { role: "reviewScore", phrases: ["复核得分", "Review score"] },
    { role: "reviewReason", phrases: ["复核扣分原因", "Review reason"] },
    { role: "deviation", phrases: ["偏离度", "Deviation"] },
  ],
  required: [["name"], ["budget", "initial"], ["actual"]],
};

export const INDICATOR_VOCABULARY: TableVocabulary<IndicatorRole> = {
  kind: "indicator",
  roles: [
    { role: "level1", phrases: ["一级指标", "Category", "Level 1"] },
    { role: "level2", phrases: ["二级指标", "Subcategory", "Level 2"] },
    {
      role: "name",
      phrases: ["三级指标", "指标名称", "指标", "指标内容", "Indicator", "Indicator name", "Level 3"],
    },
    { role: "comparator", phrases: ["指标性质", "Comparator"] },
    {
      // 调整指标值 first: when a table has both, the adjusted target is the one to score against.
      role: "target",
      phrases: [
        "调整指标值",
        "年度指标值",
        "指标值",
        "目标值",
        "年度目标值",
        "Target",
        "Target value",
        "Annual target",
      ],
    },
    { role: "initialTarget", phrases: ["年初指标值", "年初目标值", "Initial target"] },
    { role: "unit", phrases: ["计量单位", "度量单位", "单位", "Unit"] },
    {
      role: "actual",
      phrases: [
        "实际完成值",
        "全年完成值",
        "全年实际完成值",
        "全年实际值",
        "实际完成情况",
        "实际完成数",
        "完成值",
        "实际值",
        "Actual",
        "Actual value",
      ],
    },
    { role: "weight", phrases: ["分值", "权重", "指标权重", "指标分值", "Weight", "Points"] },
    { role: "score", phrases: ["得分", "指标得分", "Score"] },
    { role: "reportedScore", phrases: ["自评得分", "自评分", "Self-assessed score", "Reported score"] },
    { role: "method", phrases: ["计分方法", "评分方法", "Scoring", "Scoring method"] },
    {
      role: "reason",
      phrases: [
        "偏差原因分析及改进措施",
        "偏差原因及改进措施",
        "偏差原因",
        "未完成原因",
        "扣分原因",
        "Reason for deviation",
        "Reason",
      ],
    },
    // The two columns this product appends (see plan); a rerun must find them, not append again.
    { role: "completion", phrases: ["完成率", "指标完成率", "Completion rate", "Completion"] },
    { role: "flag", phrases: ["核查标记", "标记", "Review flag", "Flag"] },
    // Review mode's columns (plan/planReview): a rerun finds them by these headers.
    { role: "reviewScore", phrases: ["复核得分", "Review score"] },
    { role: "reviewReason", phrases: ["复核扣分原因", "Review reason"] },
    { role: "deviation", phrases: ["偏离度", "Deviation"] },
  ],
  // A name, and something to judge it by: a target or actual, and an actual, weight or score. A
  // table missing its 实际完成值 or 分值 is still found, so that it can be told what it lacks; a
  // target list alone (a 绩效目标申报表) is not an evaluation.
  required: [
    ["name", "level1", "level2"],
    ["target", "initialTarget", "actual", "weight"],
    ["actual", "weight", "score", "reportedScore"],
  ],
};

/** Texts of a row above the header that groups several header cells (项目资金（万元） over 年初/全年/执行). */
export const GROUP_LABELS: readonly string[] = [
  "绩效指标",
  "项目资金",
  "资金",
  "预算",
  "指标",
  "预算资金",
  "资金情况",
  "预算执行情况",
  "绩效目标",
  "Budget",
  "Funds",
  "Funding",
  "Indicators",
  "Performance indicators",
].map(normaliseHeader);

/** First text of a row that closes an indicator table (that row included): the stated total. */
export const TOTAL_ROW_LABELS: readonly string[] = [
  "总分",
  "合计",
  "总计",
  "总得分",
  "得分合计",
  "分值合计",
  "Total",
  "Total score",
  "Grand total",
].map(normaliseHeader);

/** Beginnings of a row of notes or signatures under a table: the table ends above it. */
export const NOTE_ROW_PREFIXES: readonly string[] = [
  "注",
  "说明:",
  "填表说明",
  "备注:",
  "填报人",
  "填表人",
  "填报日期",
  "联系电话",
  "审核人",
  "单位负责人",
  "财务负责人",
  "note:",
  "notes:",
];

/** Labels whose right-hand neighbour names what the evaluation is about. */
export const SUBJECT_LABELS: readonly string[] = [
  "项目名称",
  "单位名称",
  "部门名称",
  "预算单位",
  "Project name",
  "Project",
  "Entity",
].map(normaliseHeader);

/** Beginnings of rows that are metadata, never a title (单位：万元, （2021年度）, 填报单位：…). */
export const NOT_TITLE_PREFIXES: readonly string[] = [
  "单位:",
  "报表编号",
  "表号",
  "金额单位",
  "填报",
  "编制",
  "unit:",
  "(",
  "（",
];

/**
 * The wording of the report's sections that follow the reference report section by section
 * (一、基本情况 with its four parts, （三）主要工作成效, problems grouped by cause), zh-CN and en-US.
 * The kind of evaluation decides the headings: 部门整体支出 reports have 部门概况, project reports 项目概况.
 */
import type { Lang } from "../types";
import type { ScoreWords } from "./parts";

export type ReportKind = "department" | "project";

export interface ReportPhrases {
  readonly title: (p: { unit: string; year: string; kind: ReportKind; project: string }) => string;
  readonly h1a: Readonly<Record<ReportKind, string>>;
  readonly h1b: Readonly<Record<ReportKind, string>>;
  readonly h1c: Readonly<Record<ReportKind, string>>;
  readonly h1d: Readonly<Record<ReportKind, string>>;
  readonly h2c: string;
  readonly project: string;
  readonly department: string;
  readonly unit: Readonly<Record<ReportKind, string>>;
  readonly is: string;
  readonly fill: (what: string) => string;
  readonly profileTodo: Readonly<Record<ReportKind, string>>;
  readonly goalsLead: string;
  readonly goalsAchieved: string;
  readonly goalsTodo: string;
  readonly fundsTodo: string;
  readonly managementTodo: Readonly<Record<ReportKind, string>>;
  readonly yearLead: (year: string) => string;
  readonly includes: string;
  readonly amountOf: string;
  readonly spentOf: (name: string) => string;
  readonly lowerAfterYear: boolean;
  readonly ofWhichIncludes: string;
  readonly score: ScoreWords;
  readonly blockScore: ScoreWords;
  readonly partScore: ScoreWords;
  readonly achievedLead: (block: string) => string;
  readonly achievedItem: (name: string) => string;
  readonly achievedQual: (name: string) => string;
  readonly reached: string;
  readonly exceeded: string;
  readonly targetOpen: string;
  readonly targetClose: string;
  readonly causeLead: (cause: string) => string;
  readonly causeItem: string;
  readonly causeItemEnd: string;
  readonly noCause: string;
  readonly answer: (n: number) => string;
  readonly causeMeasure: (cause: string) => string;
  readonly tableHeader: readonly string[];
  readonly tableCaption: string;
  readonly inconsistencyCount: (n: number) => string;
  readonly stale: string;
}

const zh: ReportPhrases = {
  title: ({ unit, year, kind, project }) =>
    `${unit}${year ? `${year}年` : ""}${kind === "department" ? "部门整体支出" : `${project.replace(/项目$/, "")}项目支出`}绩效自评报告`,
  h1a: { department: "（一）部门概况", project: "（一）项目概况" },
  h1b: { department: "（二）年度总体工作和重点工作任务", project: "（二）年度总体目标" },
  h1c: { department: "（三）部门整体收支情况", project: "（三）项目资金情况" },
  h1d: { department: "（四）部门整体绩效管理情况", project: "（四）项目绩效管理情况" },
  h2c: "（三）主要工作成效",
  project: "项目名称为",
  department: "主管部门为",
  unit: { department: "单位名称为", project: "实施单位为" },
  is: "",
  fill: (what) => `【待补充】${what}`,
  profileTodo: {
    department: "请补充部门职能、主要任务、内设机构及人员编制情况。",
    project: "请补充项目立项依据、主要内容及实施情况。",
  },
  goalsLead: "年度总体目标为：",
  goalsAchieved: "实际完成情况：",
  goalsTodo: "请补充年度总体工作目标和重点工作任务。",
  fundsTodo: "请补充年度预算及支出情况。",
  managementTodo: {
    department: "请补充部门绩效目标编制、绩效运行监控和绩效自评的开展情况。",
    project: "请补充项目绩效目标设定、绩效运行监控和资金管理情况。",
  },
  yearLead: (y) => `${y}年`,
  includes: "包括：",
  amountOf: "",
  spentOf: (n) => (n.endsWith("支出") ? `${n}数为` : `${n}支出数为`),
  lowerAfterYear: false,
  ofWhichIncludes: "，其中包括：",
  score: { lead: "自评得分", unit: "分", none: "自评不得分" },
  blockScore: { lead: "得分", unit: "分", none: "不得分" },
  partScore: { lead: "", unit: "分", none: "不得分" },
  achievedLead: (b) => (b ? `在${b}方面，` : ""),
  achievedItem: (n) => `“${n}”完成`,
  achievedQual: (n) => `“${n}”`,
  reached: "，达到年度指标值",
  exceeded: "，超过年度指标值",
  targetOpen: "（",
  targetClose: "）",
  causeLead: (c) => `${c}，`,
  causeItem: "（指标值",
  causeItemEnd: "）",
  noCause: "部分指标未达到年度指标值，且未说明偏差原因：",
  answer: (n) => `针对问题${n}，`,
  causeMeasure: (c) =>
    `充分评估“${c}”等因素对项目实施的影响，在编制年度预算和设定绩效目标时预留调整空间，并制订替代实施方案。`,
  tableHeader: ["指标", "指标值", "完成值", "原因"],
  tableCaption: "未达到年度指标值的指标",
  inconsistencyCount: (n) => `表内共有${n}处数据不一致（分项与合计、分值合计或填报得分），详见核查标记。`,
  stale: "⚠ 数据已修改，本报告需重新生成（重新运行绩效自评）。",
};

const en: ReportPhrases = {
  title: ({ unit, year, kind, project }) =>
    `${unit ? `${unit}: ` : ""}${year ? `${year} ` : ""}performance self-evaluation report on ${
      kind === "department" ? "department-wide spending" : `project spending${project ? ` (${project})` : ""}`
    }`,
  h1a: { department: "(1) About the department", project: "(1) About the project" },
  h1b: { department: "(2) Work and key tasks of the year", project: "(2) Goals of the year" },
  h1c: { department: "(3) Income and spending", project: "(3) Project funds" },
  h1d: { department: "(4) Performance management", project: "(4) Performance management" },
  h2c: "(3) Main achievements",
  project: "Project: ",
  department: "competent department: ",
  unit: { department: "unit: ", project: "implementing unit: " },
  is: "",
  fill: (what) => `[To be completed] ${what}`,
  profileTodo: {
    department: "Describe the department's remit, main tasks, internal structure and staffing.",
    project: "Describe the basis, content and implementation of the project.",
  },
  goalsLead: "Goals of the year: ",
  goalsAchieved: "Achieved: ",
  goalsTodo: "Describe the year's overall goals and key tasks.",
  fundsTodo: "Describe the year's budget and spending.",
  managementTodo: {
    department: "Describe how performance targets were set, monitored and self-evaluated.",
    project: "Describe how the project's targets were set and monitored and how its funds were managed.",
  },
  yearLead: (y) => `In ${y}, `,
  includes: " comprises: ",
  amountOf: " ",
  spentOf: (n) => `${n}: spent `,
  lowerAfterYear: true,
  ofWhichIncludes: ", of which: ",
  score: { lead: "scored ", unit: " points", none: "scored nothing" },
  blockScore: { lead: "scored ", unit: " points", none: "scored nothing" },
  partScore: { lead: "", unit: " points", none: "nothing" },
  achievedLead: (b) => (b ? `${b}: ` : ""),
  achievedItem: (n) => `"${n}" reached `,
  achievedQual: (n) => `"${n}": `,
  reached: ", meeting the target",
  exceeded: ", above the target",
  targetOpen: " (",
  targetClose: ")",
  causeLead: (c) => `${c}: `,
  causeItem: " (target ",
  causeItemEnd: ")",
  noCause: "Indicators below target with no reason given: ",
  answer: (n) => `On problem ${n}: `,
  causeMeasure: (c) =>
    `weigh factors such as "${c}" when budgeting and setting targets, leave room to adjust, and prepare an alternative plan.`,
  tableHeader: ["Indicator", "Target", "Actual", "Reason"],
  tableCaption: "Indicators below target",
  inconsistencyCount: (n) =>
    `${n} inconsistent figure${n === 1 ? "" : "s"} (sub-lines and totals, weights or stated scores); see the review flags.`,
  stale: "⚠ The data has changed since this report was written: run the evaluation again.",
};

const table: Readonly<Record<Lang, ReportPhrases>> = { "zh-CN": zh, "en-US": en };

export function reportPhrases(lang: Lang): ReportPhrases {
  return table[lang];
}

/** Every stale warning, so that the pane recognises one in either language. */
export const staleWarnings: readonly string[] = [zh.stale, en.stale];

/**
 * Every text the task pane and the ribbon command show, in zh-CN and en-US. Components receive
 * a `Strings` and never hold text of their own. Flag messages and the grade label of a run come
 * from the engine, in the language of that run.
 */
import type { Grade, Lang, TableKind } from "../core/types";
import type { BudgetRole, FlagCode, IndicatorRole, Severity } from "../core/types";
import type { HostErrorCode } from "../workbook/host";
import type { RunPhase } from "../workbook/runCommand";
import type { RunSummary } from "./runSummary";

export interface Strings {
  readonly appTitle: string;
  readonly previewBadge: string;
  readonly previewNote: string;
  readonly run: string;
  readonly revert: string;
  readonly running: string;
  readonly phases: Readonly<Record<RunPhase, string>>;
  readonly written: (summary: RunSummary) => string;
  readonly openSheet: (sheet: string) => string;
  readonly revertTitle: string;
  readonly revertQuestion: string;
  readonly revertConfirm: string;
  readonly cancel: string;
  readonly reverted: (cells: number) => string;
  /** The cells revert could not give their exact look back (Sheet!A1). */
  readonly notRestored: (cells: readonly string[]) => string;
  /** Review mode: the reviewer's values typed over the tool's review cells, removed with them (Sheet!A1). */
  readonly reviewerRemoved: (cells: readonly string[]) => string;
  /** Review mode: the reviewer's entries in cells the tool never wrote, left as they are (Sheet!A1). */
  readonly reviewerLeft: (cells: readonly string[]) => string;
  readonly nothingToRevert: string;
  readonly untouched: (reason: string) => string;
  readonly settings: string;
  readonly rules: string;
  readonly rulePresets: Readonly<Record<"mof2020" | "pass-fail", string>>;
  readonly loadRules: string;
  readonly rulesFromFile: (title: string) => string;
  readonly rulesSource: string;
  readonly rulesRefused: string;
  readonly gradeBands: string;
  readonly bandLabel: (grade: Exclude<Grade, "poor">) => string;
  /** Review mode's switch and what it adds. */
  readonly reviewMode: string;
  readonly reviewModeHint: string;
  readonly language: string;
  readonly tables: string;
  readonly noTables: string;
  readonly tableKind: Readonly<Record<TableKind, string>>;
  readonly sheet: string;
  readonly headerRows: (top: number, bottom: number) => string;
  readonly dataRows: (first: number, last: number) => string;
  readonly notMapped: string;
  readonly roleColumn: (role: string) => string;
  readonly roles: Readonly<Record<BudgetRole | IndicatorRole, string>>;
  readonly results: string;
  readonly total: string;
  readonly grade: string;
  readonly grades: Readonly<Record<Grade, string>>;
  readonly executionRate: string;
  readonly blocks: string;
  readonly flags: string;
  readonly noFlags: string;
  readonly flagCodes: Readonly<Record<FlagCode, string>>;
  /** What each severity means, as the flag list's pill tells it. */
  readonly severities: Readonly<Record<Severity, string>>;
  readonly selected: (ref: string) => string;
  readonly errorTitle: string;
  readonly errors: Readonly<Record<HostErrorCode, (sheet: string | undefined, detail: string) => string>>;
}

const zh: Strings = {
  appTitle: "绩效自评",
  previewBadge: "预览模式",
  previewNote: "未在 Excel 中打开：使用内置示例工作簿（增城区科协 2021）。",
  run: "运行评价",
  revert: "撤销写入",
  running: "正在评价…",
  phases: { read: "正在读取工作簿…", evaluate: "正在评价…", write: "正在写入结果…" },
  written: (s) =>
    `已写入 ${s.formulas} 个公式` +
    (s.columns > 0 ? `，在表格右侧追加 ${s.columns} 列` : "") +
    (s.summarySheet !== null ? `，生成工作表“${s.summarySheet}”` : "") +
    `；发现 ${s.flags} 个复核提示。`,
  openSheet: (sheet) => `查看“${sheet}”`,
  revertTitle: "撤销写入？",
  revertQuestion:
    "工作簿将恢复到第一次运行之前的样子：写入的公式和追加的列被清除，生成的工作表被删除。Excel 的“撤销”无法恢复此操作之前的写入。",
  revertConfirm: "撤销写入",
  cancel: "取消",
  reverted: (n) => `已恢复 ${n} 个单元格。`,
  notRestored: (cells) =>
    `${cells.slice(0, 5).join("、")}${cells.length > 5 ? ` 等 ${cells.length} 个单元格` : ""}的格式未能按原样恢复，已恢复为默认格式。`,
  reviewerRemoved: (cells) =>
    `复核人在本工具单元格中填写的 ${cells.length} 个值已随之撤销：${cells.slice(0, 5).join("、")}${cells.length > 5 ? " 等" : ""}。`,
  reviewerLeft: (cells) =>
    `复核人填写的 ${cells.length} 项内容不是本工具写入的，已保留：${cells.slice(0, 5).join("、")}${cells.length > 5 ? " 等" : ""}。`,
  nothingToRevert: "没有可撤销的写入。",
  untouched: (reason) => `未写入任何内容：${reason}`,
  settings: "设置",
  rules: "评分规则",
  rulePresets: { mof2020: "财预〔2020〕10号（按比例计分）", "pass-fail": "达标得满分，未达标不得分" },
  loadRules: "载入规则文件…",
  rulesFromFile: (title) => `${title}（规则文件）`,
  rulesSource: "依据：",
  rulesRefused: "规则文件未采用（仍按原规则评分）：",
  gradeBands: "等级下限",
  bandLabel: (g) => ({ excellent: "优 ≥", good: "良 ≥", fair: "中 ≥" })[g],
  reviewMode: "复核模式",
  reviewModeHint: "运行时在评分旁加上复核得分、复核扣分原因和偏离度列；重新运行保留复核人填写的内容。",
  language: "语言",
  tables: "识别到的表格",
  noTables: "尚未识别到预算表或指标表。",
  tableKind: { budget: "预算执行表", indicator: "绩效指标表" },
  sheet: "工作表",
  headerRows: (t, b) => (t === b ? `表头第 ${t} 行` : `表头第 ${t}–${b} 行`),
  dataRows: (f, l) => `数据第 ${f}–${l} 行`,
  notMapped: "（无）",
  roleColumn: (role) => `“${role}”所在列`,
  roles: {
    name: "名称",
    initial: "年初预算数",
    budget: "全年预算数",
    actual: "全年执行数 / 实际完成值",
    rate: "执行率",
    weight: "分值",
    score: "得分",
    reportedScore: "自评得分",
    level1: "一级指标",
    level2: "二级指标",
    comparator: "指标性质",
    target: "年度指标值",
    initialTarget: "年初指标值",
    unit: "计量单位",
    method: "计分方法",
    reason: "偏差原因",
    completion: "完成率",
    flag: "复核提示",
    reviewScore: "复核得分",
    reviewReason: "复核扣分原因",
    deviation: "偏离度",
  },
  results: "评价结果",
  total: "总分",
  grade: "等级",
  grades: { excellent: "优", good: "良", fair: "中", poor: "差" },
  executionRate: "预算执行率",
  blocks: "分项得分",
  flags: "复核提示",
  noFlags: "没有需要复核的问题。",
  flagCodes: {
    "below-target": "未达到指标值",
    "missing-reason": "未填写偏差原因",
    "missing-actual": "缺少实际完成值",
    "unparsed-target": "指标值无法识别",
    "over-target": "大幅超过指标值",
    overspend: "执行数超过预算",
    "low-execution": "执行率偏低",
    "subtotal-mismatch": "小计与明细不符",
    "weight-total": "分值合计不符",
    "score-mismatch": "自评得分与计算不符",
    "score-over-weight": "得分超过分值",
    "qualitative-default": "定性指标按默认档计分",
    "bad-number": "不是有效数字",
    "missing-column": "缺少必需的列",
    "weight-unknown": "只有合计分值，未逐项列出",
    "all-full-marks": "自评得分全部为满分",
    "full-marks-no-actual": "无实际完成值却得满分",
    "cost-lower-bound": "成本指标设为下限",
    "rate-over-100": "比率超过100%",
    "satisfaction-unsurveyed": "满意度未经调查",
    "spend-output-mismatch": "执行率低而产出满分",
    "reason-boilerplate": "偏差原因空泛或雷同",
    "vague-target": "效益指标无衡量标准",
    "weight-framework": "权重与评分框架不符",
  },
  severities: { P0: "P0：得分或表格不能成立", P1: "P1：须说明或更正", P2: "P2：质量问题" },
  selected: (ref) => `已选中 ${ref}`,
  errorTitle: "未能完成",
  errors: {
    "protected-sheet": (sheet) =>
      `工作表“${sheet ?? "?"}”受保护。请在“审阅 > 撤销工作表保护”中取消保护后重试；未写入任何内容。`,
    "cell-edit": () => "Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑，然后重试。",
    "too-large": () => "工作簿过大，无法一次处理。请把各部门的表格拆分到单独的工作簿后分别运行。",
    "nothing-found": () =>
      "未找到预算表或绩效指标表。预算表的表头应包含“全年预算数”（或“调整预算数”）和“全年执行数”（或“支出数”）；指标表的表头应包含“一级指标”“二级指标”“三级指标”“年度指标值”“实际完成值”“分值”。",
    unknown: (_sheet, detail) =>
      `发生意外错误：${detail}。请重试；如仍失败，请把工作簿另存为 .xlsx 后用命令行版本检查。`,
  },
};

/** "1 cell", "2 cells" (English nouns here all take -s). */
function plural(n: number, noun: string, many = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : many}`;
}

const en: Strings = {
  appTitle: "Performance self-evaluation",
  previewBadge: "Preview",
  previewNote: "Not running in Excel: showing the bundled sample workbook (Zengcheng CAST 2021).",
  run: "Run",
  revert: "Revert",
  running: "Evaluating…",
  phases: { read: "Reading the workbook…", evaluate: "Evaluating…", write: "Writing the results…" },
  written: (s) =>
    `Wrote ${plural(s.formulas, "formula")}` +
    (s.columns > 0 ? `, appended ${plural(s.columns, "column")}` : "") +
    (s.summarySheet !== null ? `, and the summary sheet "${s.summarySheet}"` : "") +
    `; ${plural(s.flags, "flag")} found.`,
  openSheet: (sheet) => `Go to "${sheet}"`,
  revertTitle: "Revert the writes?",
  revertQuestion:
    "The workbook goes back to how it was before the first run: the formulas written and the columns appended are cleared, the sheets added are deleted. Excel's Undo cannot bring back what was there before.",
  revertConfirm: "Revert",
  cancel: "Cancel",
  reverted: (n) => `Restored ${plural(n, "cell")}.`,
  notRestored: (cells) =>
    `The look of ${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ` and ${cells.length - 5} more` : ""} could not be put back exactly; ${cells.length === 1 ? "it has" : "they have"} Excel's plain look.`,
  reviewerRemoved: (cells) =>
    `${plural(cells.length, "reviewer's value")} typed over the tool's review cells ${cells.length === 1 ? "was" : "were"} removed with them: ${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ", …" : ""}.`,
  reviewerLeft: (cells) =>
    `${plural(cells.length, "reviewer's entry", "reviewer's entries")} the tool never wrote ${cells.length === 1 ? "was" : "were"} left in place: ${cells.slice(0, 5).join(", ")}${cells.length > 5 ? ", …" : ""}.`,
  nothingToRevert: "Nothing to revert.",
  untouched: (reason) => `Nothing was written: ${reason}`,
  settings: "Settings",
  rules: "Scoring rules",
  rulePresets: { mof2020: "MoF 2020 No. 10 (proportional)", "pass-fail": "Pass / fail (full marks or none)" },
  loadRules: "Load a rules file…",
  rulesFromFile: (title) => `${title} (rules file)`,
  rulesSource: "source: ",
  rulesRefused: "Rules file not used (the rules in use are unchanged):",
  gradeBands: "Grade lower bounds",
  bandLabel: (g) => ({ excellent: "Excellent ≥", good: "Good ≥", fair: "Fair ≥" })[g],
  reviewMode: "Review mode",
  reviewModeHint:
    "Run adds Review score, Review reason and Deviation columns beside the scores; a rerun keeps what the reviewer typed.",
  language: "Language",
  tables: "Tables found",
  noTables: "No budget or indicator table found yet.",
  tableKind: { budget: "Budget execution", indicator: "Performance indicators" },
  sheet: "Sheet",
  headerRows: (t, b) => (t === b ? `header row ${t}` : `header rows ${t}–${b}`),
  dataRows: (f, l) => `data rows ${f}–${l}`,
  notMapped: "(none)",
  roleColumn: (role) => `Column of "${role}"`,
  roles: {
    name: "Name",
    initial: "Initial budget",
    budget: "Adjusted budget",
    actual: "Actual",
    rate: "Execution rate",
    weight: "Weight",
    score: "Score",
    reportedScore: "Self-reported score",
    level1: "Level 1",
    level2: "Level 2",
    comparator: "Comparator",
    target: "Target",
    initialTarget: "Initial target",
    unit: "Unit",
    method: "Scoring method",
    reason: "Reason for deviation",
    completion: "Completion",
    flag: "Review note",
    reviewScore: "Review score",
    reviewReason: "Review reason",
    deviation: "Deviation",
  },
  results: "Results",
  total: "Total",
  grade: "Grade",
  grades: { excellent: "Excellent", good: "Good", fair: "Fair", poor: "Poor" },
  executionRate: "Budget execution",
  blocks: "Scores by block",
  flags: "For review",
  noFlags: "Nothing to review.",
  flagCodes: {
    "below-target": "Below target",
    "missing-reason": "No reason for deviation",
    "missing-actual": "Missing actual",
    "unparsed-target": "Target not understood",
    "over-target": "Far over target",
    overspend: "Spending above budget",
    "low-execution": "Low execution",
    "subtotal-mismatch": "Subtotal ≠ sum of children",
    "weight-total": "Weights do not add up",
    "score-mismatch": "Reported ≠ computed score",
    "score-over-weight": "Score above weight",
    "qualitative-default": "Qualitative default score",
    "bad-number": "Not a number",
    "missing-column": "Required column missing",
    "weight-unknown": "Only a block weight, none per indicator",
    "all-full-marks": "Every score at full marks",
    "full-marks-no-actual": "Full marks with no actual",
    "cost-lower-bound": "Cost indicator with a floor",
    "rate-over-100": "Rate above 100%",
    "satisfaction-unsurveyed": "Satisfaction not surveyed",
    "spend-output-mismatch": "Low spending, full output",
    "reason-boilerplate": "Empty or copied reason",
    "vague-target": "Benefit target with no measure",
    "weight-framework": "Weight differs from the framework",
  },
  severities: {
    P0: "P0: the score or the table cannot stand",
    P1: "P1: must be explained or corrected",
    P2: "P2: quality",
  },
  selected: (ref) => `Selected ${ref}`,
  errorTitle: "Could not finish",
  errors: {
    "protected-sheet": (sheet) =>
      `Sheet "${sheet ?? "?"}" is protected. Unprotect it (Review > Unprotect Sheet) and run again; nothing was written.`,
    "cell-edit": () => "Excel is editing a cell. Press Enter or Esc to finish editing, then run again.",
    "too-large": () =>
      "The workbook is too large to process at once. Split the departments' tables into separate workbooks and run each.",
    "nothing-found": () =>
      'No budget or indicator table found. A budget table needs headers such as "全年预算数 / Adjusted budget" and "全年执行数 / Actual"; an indicator table "一级指标", "二级指标", "三级指标", "年度指标值 / Target", "实际完成值 / Actual" and "分值 / Weight".',
    unknown: (_sheet, detail) =>
      `Unexpected error: ${detail}. Run again; if it still fails, save the workbook as .xlsx and check it with the command-line tool.`,
  },
};

export const strings: Readonly<Record<Lang, Strings>> = { "zh-CN": zh, "en-US": en };

/** zh-CN for any Chinese display language (zh, zh-CN, zh-TW, zh-Hans …), en-US otherwise. */
export function langFor(displayLanguage: string | undefined): Lang {
  return displayLanguage && /^zh\b/i.test(displayLanguage) ? "zh-CN" : "en-US";
}

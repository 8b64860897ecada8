/** A run result shaped like the sample's (88.48, 良) and fake pane actions, for the component tests. */
import { cellRef } from "../../src/core/cellRef";
import type { RunResult } from "../../src/core/engine";
import { ruleSet } from "../../src/core/evaluate/rules";
import { emptyPlan } from "../../src/core/plan/writePlan";
import { readPack } from "../../src/packs/readPack";
import type { EvaluationResult } from "../../src/core/result";
import type { Flag, Lang, TableMapping } from "../../src/core/types";
import type { PaneActions } from "../../src/taskpane/App";
import type { Settings } from "../../src/workbook/host";

export const budgetTable: TableMapping = {
  kind: "budget",
  sheet: "预算执行",
  title: "2021年部门整体支出情况表",
  headerTop: 2,
  headerBottom: 2,
  firstRow: 3,
  lastRow: 15,
  lastCol: 4,
  columns: { name: 0, initial: 1, budget: 2, actual: 3 },
};

export const indicatorTable: TableMapping = {
  kind: "indicator",
  sheet: "绩效指标",
  title: "2021年部门整体支出绩效自评指标表",
  headerTop: 1,
  headerBottom: 2,
  firstRow: 3,
  lastRow: 30,
  lastCol: 9,
  columns: { level1: 0, level2: 1, name: 2, target: 4, actual: 5, weight: 6, reportedScore: 7, reason: 8 },
};

function flags(lang: Lang): Flag[] {
  const zh = lang === "zh-CN";
  return [
    {
      code: "below-target",
      cell: cellRef("绩效指标", 4, 5),
      message: zh
        ? "“预算调整率”实际完成值8.58%未达到年度指标值≤5%。"
        : '"Budget adjustment rate": actual 8.58% is below the target ≤5%.',
    },
    {
      code: "below-target",
      cell: cellRef("绩效指标", 5, 5),
      message: zh ? "“基本支出预算执行率”未达标。" : '"Basic expenditure execution" is below target.',
    },
    {
      code: "low-execution",
      cell: cellRef("预算执行", 4, 4),
      message: zh
        ? "“一、基本支出”预算执行率86.37%低于90%，需说明原因。"
        : '"Basic expenditure": execution 86.37% is below 90%.',
    },
  ];
}

export function evaluation(lang: Lang): EvaluationResult {
  return {
    title: "广州市增城区科学技术协会2021年部门整体支出",
    totalScore: 88.48,
    grade: "good",
    gradeLabel: lang === "zh-CN" ? "良" : "Good",
    budget: { executionRate: 0.9116, executionScore: null, lines: [] },
    indicators: [],
    blocks: [
      {
        level1: "管理效能",
        level2: "",
        weight: 40,
        score: 32.48,
        sheet: "绩效指标",
        firstRow: 3,
        lastRow: 20,
      },
      {
        level1: "管理效能",
        level2: "资金管理",
        weight: 14,
        score: 8.48,
        sheet: "绩效指标",
        firstRow: 3,
        lastRow: 8,
      },
      { level1: "履职效能", level2: "", weight: 60, score: 56, sheet: "绩效指标", firstRow: 21, lastRow: 30 },
    ],
    reportedTotal: 88.48,
    flags: flags(lang),
    tables: [budgetTable, indicatorTable],
  };
}

export function runResult(
  lang: Lang,
  tables: readonly TableMapping[] = [budgetTable, indicatorTable],
): RunResult {
  const ev = evaluation(lang);
  return {
    tables,
    evaluations: tables.length ? [ev] : [],
    flags: tables.length ? ev.flags : [],
    plan: emptyPlan,
    rules: ruleSet("mof2020"),
    details: [],
  };
}

export type FakeActions = {
  readonly [K in keyof PaneActions]: jest.Mock<ReturnType<PaneActions[K]>, Parameters<PaneActions[K]>>;
};

export function fakeActions(overrides: Partial<PaneActions> = {}): FakeActions {
  const base: PaneActions = {
    evaluate: async (_s: Settings, lang: Lang) => runResult(lang),
    run: async (_s: Settings, lang: Lang, onPhase) => {
      for (const p of ["read", "evaluate", "write"] as const) onPhase?.(p);
      return { result: runResult(lang), outcome: { kind: "written", syncs: 2 } };
    },
    revert: async () => ({ kind: "reverted", cells: 42 }),
    hasRevertRecord: async () => false,
    select: async () => undefined,
    saveSettings: async () => undefined,
    readRules: async (text, fileName) => readPack(text, fileName),
    exportReport: async () => ({ kind: "copied" }),
    ...overrides,
  };
  return {
    evaluate: jest.fn(base.evaluate),
    run: jest.fn(base.run),
    revert: jest.fn(base.revert),
    hasRevertRecord: jest.fn(base.hasRevertRecord),
    select: jest.fn(base.select),
    saveSettings: jest.fn(base.saveSettings),
    readRules: jest.fn(base.readRules),
    exportReport: jest.fn(base.exportReport),
  };
}

/** Text the planner writes into the user's sheets: appended column headers and the below-target mark. */
import type { Lang } from "../types";

export interface PlanLabels {
  readonly rate: string;
  readonly completion: string;
  readonly flag: string;
  readonly score: string;
  readonly belowTarget: string;
}

const labels: Readonly<Record<Lang, PlanLabels>> = {
  // Headers the detector recognises, so that a rerun finds the columns it appended.
  "zh-CN": { rate: "执行率", completion: "完成率", flag: "核查标记", score: "得分", belowTarget: "未达标" },
  "en-US": {
    rate: "Execution rate",
    completion: "Completion rate",
    flag: "Review flag",
    score: "Score",
    belowTarget: "Below target",
  },
};

export function planLabels(lang: Lang): PlanLabels {
  return labels[lang];
}

export const numFmt = { rate: "0.00%", score: "0.00" } as const;

/** Conditional-format colours of a below-target row (Excel's "light red fill with dark red text"). */
export const belowTargetStyle = { fill: "FFC7CE", fontColor: "9C0006" } as const;

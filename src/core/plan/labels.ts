/** Text the planner writes into the user's sheets: appended column headers and the below-target mark. */
import type { Lang } from "../types";

export interface PlanLabels {
  readonly rate: string;
  readonly completion: string;
  readonly flag: string;
  readonly score: string;
  readonly belowTarget: string;
  /** Review mode's columns: the detector's review roles read these headers back. */
  readonly reviewScore: string;
  readonly reviewReason: string;
  readonly deviation: string;
}

const labels: Readonly<Record<Lang, PlanLabels>> = {
  // Headers the detector recognises, so that a rerun finds the columns it appended.
  "zh-CN": {
    rate: "执行率",
    completion: "完成率",
    flag: "核查标记",
    score: "得分",
    belowTarget: "未达标",
    // "扣分原因" alone is a unit's own reason column (the detector's reason role): the reviewer's is named apart.
    reviewScore: "复核得分",
    reviewReason: "复核扣分原因",
    deviation: "偏离度",
  },
  "en-US": {
    rate: "Execution rate",
    completion: "Completion rate",
    flag: "Review flag",
    score: "Score",
    belowTarget: "Below target",
    reviewScore: "Review score",
    reviewReason: "Review reason",
    deviation: "Deviation",
  },
};

export function planLabels(lang: Lang): PlanLabels {
  return labels[lang];
}

export const numFmt = { rate: "0.00%", score: "0.00" } as const;

/** Conditional-format colours of a below-target row (Excel's "light red fill with dark red text"). */
export const belowTargetStyle = { fill: "FFC7CE", fontColor: "9C0006" } as const;

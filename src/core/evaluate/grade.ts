import type { Grade, Lang } from "../types";
import type { GradeBands } from "./rules";

export function gradeOf(total: number, bands: GradeBands): Grade {
  if (total >= bands.excellent) return "excellent";
  if (total >= bands.good) return "good";
  if (total >= bands.fair) return "fair";
  return "poor";
}

const labels: Readonly<Record<Lang, Readonly<Record<Grade, string>>>> = {
  "zh-CN": { excellent: "优", good: "良", fair: "中", poor: "差" },
  "en-US": { excellent: "Excellent", good: "Good", fair: "Fair", poor: "Poor" },
};

export function gradeLabel(grade: Grade, lang: Lang): string {
  return labels[lang][grade];
}

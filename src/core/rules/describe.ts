/**
 * A pack's budget-score rule and total cap in words, as reviewers ask to see them stated
 * ("预算执行率得分 = 分值 × 执行率，最高不超过分值"): for the JSON report and the summary sheet.
 */
import type { Lang } from "../types";
import type { CapBand, ExecutionRule, RateBand, RulePack } from "./pack";

const pct = (x: number): string => `${Number((x * 100).toPrecision(12))}%`;

function rangeWords(b: RateBand, lang: Lang): string {
  if (lang === "zh-CN") {
    if (b.max === null) return `≥${pct(b.min)}`;
    if (b.min === 0) return `低于${pct(b.max)}`;
    return `${pct(b.min)}（含）-${pct(b.max)}`;
  }
  if (b.max === null) return `≥ ${pct(b.min)}`;
  if (b.min === 0) return `below ${pct(b.max)}`;
  return `${pct(b.min)} (incl.) to ${pct(b.max)}`;
}

const byMinDown = <B extends RateBand>(bands: readonly B[]): B[] => [...bands].sort((a, b) => b.min - a.min);

export function executionRuleInWords(rule: ExecutionRule, lang: Lang): string {
  const zh = lang === "zh-CN";
  switch (rule.kind) {
    case "proportional":
      if (zh) return `预算执行率得分 = 分值 × 执行率，${rule.capped ? "最高不超过分值" : "不设上限"}`;
      return `budget execution score = weight × execution rate, ${rule.capped ? "at most the weight" : "not capped"}`;
    case "stepped": {
      const step = pct(rule.step);
      if (zh)
        return `预算执行率得分：执行率100%计满分，每低于${step}扣${rule.deduct}分，扣完为止（${rule.partial === "counts" ? `不足${step}按${step}计` : `不足${step}的部分不扣分`}）`;
      return `budget execution score: full at 100 %, ${rule.deduct} points off for every ${step} below it, down to 0 (${rule.partial === "counts" ? "a started step counts" : "only whole steps count"})`;
    }
    case "banded": {
      const bands = byMinDown(rule.bands);
      if (zh) {
        const parts = bands.map((b) => `${rangeWords(b, lang)}计${b.points}分`.replace(/计0分$/, "不得分"));
        return `预算执行率得分：${parts.join("；")}（满分${rule.outOf}分，按分值折算）`;
      }
      const parts = bands.map((b) => `${rangeWords(b, lang)}: ${b.points}`);
      return `budget execution score: ${parts.join("; ")} (out of ${rule.outOf}, scaled to the weight)`;
    }
  }
}

export function totalCapInWords(bands: readonly CapBand[], lang: Lang): string {
  if (bands.length === 0) return "";
  const sorted = byMinDown(bands);
  if (lang === "zh-CN")
    return `总分按执行率封顶：${sorted.map((b) => `执行率${rangeWords(b, lang)}的，总分最高${b.cap}分`).join("；")}`;
  return `total capped by execution rate: ${sorted.map((b) => `${rangeWords(b, lang)}: at most ${b.cap}`).join("; ")}`;
}

/** The budget rule and the cap, one sentence each, for the report and the summary sheet. */
export function budgetRuleInWords(pack: RulePack, lang: Lang): string {
  const cap = totalCapInWords(pack.totalCap, lang);
  const sep = lang === "zh-CN" ? "；" : "; ";
  return cap
    ? `${executionRuleInWords(pack.execution, lang)}${sep}${cap}`
    : executionRuleInWords(pack.execution, lang);
}

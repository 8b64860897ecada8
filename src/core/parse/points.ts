/**
 * Points stated inside a label rather than in a 分值 column: "产出指标（50分）", "（50分）",
 * "年度绩效目标1（40分）", "预算执行情况（万元）（20分）", "得分（20分*执行率）", "分值：10分".
 */
import { normaliseText } from "./text";

const BRACKETED =
  /[([【]\s*(?:分值|权重|满分)?\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分\s*(?:[*×xX]\s*[^)\]】]*)?[)\]】]/;
const TIMES_RATE = /(\d+(?:\.\d+)?)\s*分\s*[*×xX]\s*(?:预算)?执行率/;
const LABELLED = /(?:分值|权重|满分)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分/;

/** The points a label states, or null when it states none. */
export function pointsIn(text: string): number | null {
  const t = normaliseText(text);
  const m = BRACKETED.exec(t) ?? TIMES_RATE.exec(t) ?? LABELLED.exec(t);
  if (!m) return null;
  const v = Number(m[1]);
  return Number.isFinite(v) && v > 0 && v <= 100 ? v : null;
}

/** The per-row scoring method column (计分方法 / 评分方法 / Scoring). */
import type { CellValue } from "../grid";
import type { ScoringMethod } from "../types";
import { normaliseText } from "./text";

const methods: Readonly<Record<string, ScoringMethod>> = {
  正向: "forward",
  正向指标: "forward",
  比例: "forward",
  forward: "forward",
  proportional: "forward",
  反向: "reverse",
  反向指标: "reverse",
  reverse: "reverse",
  等于: "equal",
  equal: "equal",
  定性: "qualitative",
  定性指标: "qualitative",
  qualitative: "qualitative",
  达标: "passFail",
  达标制: "passFail",
  达标得分: "passFail",
  达标得满分: "passFail",
  "pass-fail": "passFail",
  passfail: "passFail",
  手工: "manual",
  人工: "manual",
  手工评分: "manual",
  manual: "manual",
};

/** `extra`: a rule pack's own words (its 计分方法 vocabulary), matched first, as typed or normalised. */
export function parseMethod(
  v: CellValue,
  extra: Readonly<Record<string, ScoringMethod>> = {},
): ScoringMethod | null {
  if (typeof v !== "string") return null;
  const own = extra[v.trim()] ?? extra[normaliseText(v)];
  if (own !== undefined) return own;
  // "pass-fail", "Pass/Fail", "pass fail" and "pass_fail" are one key.
  const key = normaliseText(v)
    .toLowerCase()
    .replace(/[\s/_]+/g, "-");
  return methods[key] ?? methods[key.replace(/-/g, "")] ?? null;
}

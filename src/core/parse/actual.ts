/** Actuals (实际完成值): numbers with units, achievement phrases, or other text. */
import { isCellError, type CellValue } from "../grid";
import { splitComparator } from "./comparator";
import { isPercentFormat, parseNumberText, scaleByUnitColumn } from "./number";
import { isPlaceholder } from "./placeholder";
import { qualitativeLevel } from "./qualitative";
import { unitText } from "./target";
import { normaliseText } from "./text";
import type { Actual, ParsedNumber, Target } from "./types";

export interface ActualColumns {
  readonly unit?: CellValue;
  readonly numFmt?: string;
  readonly target?: Target;
}

/** Money in 元, 万元, 亿元 converts to the target's unit; other units are left as written. */
const money: Readonly<Record<string, number>> = { 元: 1, 万元: 1e4, 亿元: 1e8 };

function toTargetUnit(p: ParsedNumber, target: Target | undefined): ParsedNumber {
  if (!target || target.kind !== "quantitative" || p.unit === target.unit) return p;
  const from = money[p.unit];
  const to = money[target.unit];
  if (from === undefined || to === undefined) return p;
  return { value: Number(((p.value * from) / to).toPrecision(15)), unit: target.unit };
}

export function parseActual(value: CellValue, cols: ActualColumns = {}): Actual {
  const unitColumn = unitText(cols.unit);
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "text", text: String(value) };
    const p = isPercentFormat(cols.numFmt) ? { value, unit: "%" } : scaleByUnitColumn({ value, unit: "" }, unitColumn);
    return { kind: "quantity", ...toTargetUnit(p, cols.target) };
  }
  if (typeof value === "boolean") return { kind: "qualitative", level: value ? "achieved" : "notAchieved", text: String(value) };
  if (isCellError(value)) return { kind: "text", text: value.error };
  const text = normaliseText(value);
  if (isPlaceholder(text)) return { kind: "empty" };
  const p = parseNumberText(splitComparator(text).rest);
  if (p) return { kind: "quantity", ...toTargetUnit(scaleByUnitColumn(p, unitColumn), cols.target) };
  const level = qualitativeLevel(text);
  if (level) return { kind: "qualitative", level, text: value.trim() };
  if (cols.target?.kind === "qualitative" && normaliseText(cols.target.text) === text) {
    return { kind: "qualitative", level: "achieved", text: value.trim() };
  }
  return { kind: "text", text: value.trim() };
}

/** Actuals (实际完成值): numbers with units, achievement phrases, or other text. */
import { isCellError, type CellValue } from "../grid";
import { splitComparator } from "./comparator";
import { isDateFormat, isPercentFormat, parseNumberText, scaleByUnitColumn } from "./number";
import { isPlaceholder } from "./placeholder";
import { qualitativeLevel } from "./qualitative";
import { unitText } from "./target";
import { normaliseText } from "./text";
import { isDeadlineUnit, parseDeadlineActual, serialInDeadlineUnit } from "./deadline";
import { shiftPoint } from "./decimal";
import type { Actual, ParsedNumber, QualitativeLevel, Target } from "./types";

export interface ActualColumns {
  readonly unit?: CellValue;
  readonly numFmt?: string;
  readonly target?: Target;
}

/** Money units as powers of ten of 元, so converting is a decimal shift; other units stay as written. */
const money: Readonly<Record<string, number>> = { 元: 0, 千元: 3, 万元: 4, 百万元: 6, 亿元: 8 };

/**
 * A bare number against a percent target is a percentage, in points (96 against ≥95%) or as a
 * fraction (0.98 against ≥95%): whichever reading lies nearer the target, by ratio; points on a tie.
 */
function asPercent(value: number, target: number): ParsedNumber {
  const points = shiftPoint(value, -2);
  if (value <= 0 || target <= 0) return { value: value > 1 ? points : value, unit: "%" };
  const off = (x: number): number => Math.abs(Math.log(x / target));
  return { value: off(value) < off(points) ? value : points, unit: "%" };
}

function toTargetUnit(p: ParsedNumber, target: Target | undefined): ParsedNumber {
  if (!target || target.kind !== "quantitative" || p.unit === target.unit) return p;
  if (target.unit === "%" && p.unit === "") return asPercent(p.value, target.value);
  const from = money[p.unit];
  const to = money[target.unit];
  if (from === undefined || to === undefined) return p;
  return { value: shiftPoint(p.value, from - to), unit: target.unit };
}

// Trailing punctuation does not change an answer: target 及时, actual "及时。".
const answer = (s: string): string => normaliseText(s).replace(/[\s。.!！,，;；]+$/, "");
const yesNo = new Set(["是", "否", "yes", "no"]);
const HEDGES = ["较", "比较", "基本", "基本上", "大部分", "部分", "大致", "较为"];

/** The level an actual text has against a qualitative target, when the target text decides it. */
function levelAgainstTarget(text: string, target: Target | undefined): QualitativeLevel | null {
  if (target?.kind !== "qualitative") return null;
  const a = answer(text).toLowerCase();
  const t = answer(target.text).toLowerCase();
  if (a === t) return "achieved";
  // The target's own word, hedged (及时 / 较及时, 达标 / 基本达标, 健全 / 较健全): partly achieved.
  if (t !== "" && HEDGES.some((h) => a === h + t)) return "partial";
  // A yes/no target (是否发生安全事故: 否) is met by the same answer only.
  return yesNo.has(a) && yesNo.has(t) ? "notAchieved" : null;
}

export function parseActual(value: CellValue, cols: ActualColumns = {}): Actual {
  const unitColumn = unitText(cols.unit);
  if (value === null || value === undefined) return { kind: "empty" };
  const deadline =
    cols.target?.kind === "quantitative" && isDeadlineUnit(cols.target.unit) ? cols.target : null;
  const deadlineUnit = deadline?.unit ?? null;
  if (typeof value === "number") {
    if (deadlineUnit !== null && isDateFormat(cols.numFmt)) {
      const v = serialInDeadlineUnit(value, deadlineUnit, deadline?.year);
      if (v !== null) return { kind: "quantity", value: v, unit: deadlineUnit };
    }
    if (!Number.isFinite(value) || isDateFormat(cols.numFmt)) return { kind: "text", text: String(value) };
    const p = isPercentFormat(cols.numFmt)
      ? { value, unit: "%" }
      : scaleByUnitColumn({ value, unit: "" }, unitColumn);
    return { kind: "quantity", ...toTargetUnit(p, cols.target) };
  }
  if (typeof value === "boolean") {
    return { kind: "qualitative", level: value ? "achieved" : "notAchieved", text: value ? "TRUE" : "FALSE" };
  }
  if (isCellError(value)) return { kind: "text", text: value.error };
  const text = normaliseText(value);
  if (isPlaceholder(text)) return { kind: "empty" };
  if (deadlineUnit !== null) {
    const v = parseDeadlineActual(splitComparator(text).rest, deadlineUnit, deadline?.year);
    if (v !== null) return { kind: "quantity", value: v, unit: deadlineUnit };
  }
  const p = parseNumberText(splitComparator(text).rest);
  if (p) return { kind: "quantity", ...toTargetUnit(scaleByUnitColumn(p, unitColumn), cols.target) };
  // The target's own text decides before the phrase table: target 否, actual 否 is met.
  const level = levelAgainstTarget(text, cols.target) ?? qualitativeLevel(text);
  if (level) return { kind: "qualitative", level, text: value.trim() };
  return { kind: "text", text: value.trim() };
}

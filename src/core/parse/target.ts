/** Targets (年度指标值): comparator, value and unit, in one cell or in their own columns. */
import { isCellError, type CellValue } from "../grid";
import { parseComparatorCell, splitComparator } from "./comparator";
import { parseDeadlineTarget, serialDeadlineTarget } from "./deadline";
import { fractionToPercentText, plainDecimal } from "./decimal";
import { isDateFormat, isPercentFormat, parseNumberText, scaleByUnitColumn } from "./number";
import { isPlaceholder } from "./placeholder";
import { normaliseText } from "./text";
import type { Comparator, ParsedNumber, Target } from "./types";

export interface TargetColumns {
  /** A 指标性质 column. */
  readonly comparator?: CellValue;
  /** A 计量单位 / 度量单位 column. */
  readonly unit?: CellValue;
  readonly numFmt?: string;
}

/** The unit in a unit column; a placeholder there ("—", "/") is no unit. */
export function unitText(v: CellValue | undefined): string {
  return typeof v === "string" && !isPlaceholder(v) ? normaliseText(v) : "";
}

function quantitative(p: ParsedNumber, comparator: Comparator | null): Target {
  return {
    kind: "quantitative",
    comparator: comparator ?? "ge",
    value: p.value,
    unit: p.unit,
    explicit: comparator !== null,
  };
}

export function parseTarget(value: CellValue, cols: TargetColumns = {}): Target {
  const columnCell = parseComparatorCell(cols.comparator);
  const unitColumn = unitText(cols.unit);
  if (value === null || value === undefined) return { kind: "empty" };
  // 定性 in the 指标性质 column: whatever the cell says is the qualitative target.
  if (columnCell === "qualitative") {
    const text = typeof value === "string" ? value.trim() : isCellError(value) ? value.error : String(value);
    return isPlaceholder(text) ? { kind: "empty" } : { kind: "qualitative", text };
  }
  const columnComparator = columnCell;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { kind: "unparsed", text: String(value) };
    if (isDateFormat(cols.numFmt)) {
      // A date typed as the target is the deadline for it (完成时间 2022-12-31).
      const deadline = serialDeadlineTarget(value);
      return deadline === null
        ? { kind: "unparsed", text: String(value) }
        : { kind: "quantitative", comparator: "le", ...deadline, explicit: true };
    }
    const p = isPercentFormat(cols.numFmt)
      ? { value, unit: "%" }
      : scaleByUnitColumn({ value, unit: "" }, unitColumn);
    return quantitative(p, columnComparator);
  }
  if (typeof value === "boolean") return { kind: "unparsed", text: value ? "TRUE" : "FALSE" };
  if (isCellError(value)) return { kind: "unparsed", text: value.error };
  const text = normaliseText(value);
  if (isPlaceholder(text)) return { kind: "empty" };
  const deadline = parseDeadlineTarget(text);
  if (deadline) return { kind: "quantitative", comparator: "le", ...deadline, explicit: true };
  const { comparator, rest } = splitComparator(text);
  const p = parseNumberText(rest);
  if (p) return quantitative(scaleByUnitColumn(p, unitColumn), comparator ?? columnComparator);
  if (!/\d/.test(text)) return { kind: "qualitative", text: value.trim() };
  return { kind: "unparsed", text: value.trim() };
}

const symbols: Readonly<Record<Comparator, string>> = { ge: "≥", gt: ">", le: "≤", lt: "<", eq: "=" };

/** A target printed back; parseTarget(formatTarget(t)) gives t again. */
export function formatTarget(t: Target): string {
  switch (t.kind) {
    case "quantitative": {
      const sym = t.explicit ? symbols[t.comparator] : "";
      const number =
        t.unit === "%" ? `${fractionToPercentText(t.value)}%` : `${plainDecimal(t.value)}${t.unit}`;
      return sym + number;
    }
    case "qualitative":
    case "unparsed":
      return t.text;
    case "empty":
      return "";
  }
}

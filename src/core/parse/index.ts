export { parseActual, type ActualColumns } from "./actual";
export { parseComparatorCell, splitComparator, type ComparatorCell } from "./comparator";
export { fractionToPercentText, percentToFraction, plainDecimal } from "./decimal";
export { parseMethod } from "./method";
export { isDateFormat, isPercentFormat, isPercentUnit, parseNumber, parseNumberText } from "./number";
export { isPlaceholder } from "./placeholder";
export { qualitativeLevel } from "./qualitative";
export { formatTarget, parseTarget, type TargetColumns } from "./target";
export type { Actual, Comparator, ParsedNumber, QualitativeLevel, Target } from "./types";

/** Flags grouped by code for the results list: a missing column first, then in the order of FlagCode's declaration. */
import type { Flag, FlagCode } from "../core/types";

export const flagOrder: readonly FlagCode[] = [
  "missing-column",
  "below-target",
  "missing-reason",
  "missing-actual",
  "unparsed-target",
  "over-target",
  "overspend",
  "low-execution",
  "subtotal-mismatch",
  "weight-total",
  "weight-unknown",
  "weight-framework",
  "score-mismatch",
  "score-over-weight",
  "qualitative-default",
  "bad-number",
  "all-full-marks",
  "full-marks-no-actual",
  "cost-lower-bound",
  "spend-output-mismatch",
  "rate-over-100",
  "satisfaction-unsurveyed",
  "vague-target",
  "reason-boilerplate",
];

export interface FlagGroup {
  readonly code: FlagCode;
  readonly flags: readonly Flag[];
}

export function groupFlags(flags: readonly Flag[]): FlagGroup[] {
  return flagOrder
    .map((code) => ({ code, flags: flags.filter((f) => f.code === code) }))
    .filter((g) => g.flags.length > 0);
}

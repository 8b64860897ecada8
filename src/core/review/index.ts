/** Reviewer mode (复核): checks with severities, 复核 columns, the batch review workbook's rows. */
import type { Evaluated } from "../evaluate/evaluate";
import type { WorkbookData } from "../grid";
import type { Lang } from "../types";
import { reviewFlags } from "./reviewChecks";

export { reviewFlags } from "./reviewChecks";
export { REVIEW_CODES, REVIEW_RULES, SEVERITY, severityOf, type ReviewRules } from "./reviewRules";

/** The evaluation with the reviewer's findings after its scoring flags. */
export function withReviewFlags(wb: WorkbookData, ev: Evaluated, lang: Lang): Evaluated {
  const found = reviewFlags(wb, ev, lang);
  return found.length === 0 ? ev : { ...ev, flags: [...ev.flags, ...found] };
}

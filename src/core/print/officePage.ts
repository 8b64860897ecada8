/**
 * The package adapter's rule (docs/PRINT.md) for a page layout as Office.js shows it: the user's
 * own settings win, only what is missing is set. Office.js always reports a paper and an
 * orientation, so "not set" reads as Excel's defaults: Letter paper (a part without pageSetup
 * reads as Letter), portrait, 100 % scale with no fit, and no print area or print titles.
 */
import type { RecordedPage, RecordedZoom } from "../revert/officePages";
import type { PrintSetup } from "../plan/writePlan";

/** An evaluated sheet's page layout as read before the run. */
export interface PageNow {
  readonly paperSize: string;
  readonly zoom: RecordedZoom;
  readonly hasPrintArea: boolean;
  /** Print title rows or columns: either means the sheet has print titles of its own. */
  readonly hasPrintTitles: boolean;
}

/** What the run sets on one sheet; absent: left as it is. */
export interface PageChange {
  readonly sheet: string;
  readonly paperSize?: "A4";
  readonly zoom?: { readonly horizontalFitToPages: 1; readonly verticalFitToPages: 0 };
  readonly printArea?: PrintSetup["area"];
  readonly titleRows?: NonNullable<PrintSetup["titleRows"]>;
  /** What the change replaces, for the revert record. */
  readonly before: RecordedPage;
}

const isSet = (v: number | null | undefined) => v !== null && v !== undefined;

/** The user chose a scale other than 100 % or a fit of their own. */
function ownZoom(z: RecordedZoom): boolean {
  return (isSet(z.scale) && z.scale !== 100) || isSet(z.horizontalFitToPages) || isSet(z.verticalFitToPages);
}

/**
 * The change for `setup` on a sheet whose layout is `now`. The orientation is never changed: portrait
 * is Excel's default, so a landscape sheet is the user's choice (it still gets the fit, as in the package).
 */
export function pageChange(setup: PrintSetup, now: PageNow): PageChange | null {
  const paper = now.paperSize === "Letter" && setup.page.paper === "A4";
  const fit = setup.page.fitToWidth && !ownZoom(now.zoom);
  const area = !now.hasPrintArea;
  const titles = !now.hasPrintTitles && setup.titleRows !== undefined;
  if (!paper && !fit && !area && !titles) return null;
  return {
    sheet: setup.sheet,
    ...(paper ? { paperSize: "A4" as const } : {}),
    ...(fit ? { zoom: { horizontalFitToPages: 1 as const, verticalFitToPages: 0 as const } } : {}),
    ...(area ? { printArea: setup.area } : {}),
    ...(titles ? { titleRows: setup.titleRows } : {}),
    before: {
      sheet: setup.sheet,
      ...(paper ? { paperSize: now.paperSize } : {}),
      ...(fit ? { zoom: now.zoom } : {}),
      names: [...(area ? (["Print_Area"] as const) : []), ...(titles ? (["Print_Titles"] as const) : [])],
    },
  };
}

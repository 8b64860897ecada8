/**
 * What the Office adapter records of an evaluated sheet's page layout before a run sets it, so that
 * revert puts it back exactly: the paper size and print zoom as Excel read them (only those the run
 * changed) and the print names (Print_Area, Print_Titles) the run added. As the package adapter's
 * `xlsxPrint`, the first run's view wins; later runs only add what they changed for the first time.
 */

/** Excel's print zoom as read: a percentage scale, or fit to pages wide / tall (null where unused). */
export interface RecordedZoom {
  readonly scale?: number | null;
  readonly horizontalFitToPages?: number | null;
  readonly verticalFitToPages?: number | null;
}

export type PrintName = "Print_Area" | "Print_Titles";

export interface RecordedPage {
  readonly sheet: string;
  /** Excel's paper type name before the run ("Letter" …); omitted: the run left the paper alone. */
  readonly paperSize?: string;
  /** The zoom before the run; omitted: the run left it alone. */
  readonly zoom?: RecordedZoom;
  /** The print names the run added for the sheet; revert removes them. */
  readonly names: readonly PrintName[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const isZoomValue = (v: unknown) =>
  v === undefined || v === null || (typeof v === "number" && Number.isFinite(v));
const ZOOM_KEYS = ["scale", "horizontalFitToPages", "verticalFitToPages"];

function isZoom(v: unknown): v is RecordedZoom {
  return (
    isObject(v) &&
    Object.keys(v).every((k) => ZOOM_KEYS.includes(k)) &&
    ZOOM_KEYS.every((k) => isZoomValue(v[k]))
  );
}

/** A recorded page as JSON gives it back. */
export function isRecordedPage(v: unknown): v is RecordedPage {
  return (
    isObject(v) &&
    typeof v.sheet === "string" &&
    (v.paperSize === undefined || typeof v.paperSize === "string") &&
    (v.zoom === undefined || isZoom(v.zoom)) &&
    Array.isArray(v.names) &&
    v.names.every((n) => n === "Print_Area" || n === "Print_Titles")
  );
}

/**
 * Earlier runs' pages merged with this run's: per sheet (case-insensitively) the first recorded
 * paper and zoom stay, and the names accumulate. Entries that record nothing are dropped.
 */
export function mergePages(previous: readonly RecordedPage[], now: readonly RecordedPage[]): RecordedPage[] {
  const out = new Map<string, RecordedPage>();
  for (const p of [...previous, ...now]) {
    const k = p.sheet.toLowerCase();
    const old = out.get(k);
    if (!old) {
      out.set(k, p);
      continue;
    }
    out.set(k, {
      sheet: old.sheet,
      ...(old.paperSize !== undefined || p.paperSize !== undefined
        ? { paperSize: old.paperSize ?? p.paperSize }
        : {}),
      ...(old.zoom !== undefined || p.zoom !== undefined ? { zoom: old.zoom ?? p.zoom } : {}),
      names: [...new Set([...old.names, ...p.names])],
    });
  }
  return [...out.values()].filter(
    (p) => p.paperSize !== undefined || p.zoom !== undefined || p.names.length > 0,
  );
}

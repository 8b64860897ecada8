/**
 * Finds every budget and indicator table in a workbook: header bands first (so each table can stop
 * at the next one's header), then each table's data rows, columns, title and subject.
 */
import type { WorkbookData } from "../grid";
import { pointsIn } from "../parse";
import type { ColumnRole, TableMapping } from "../types";
import { resolveBudgetName } from "./budgetName";
import { findHeaderBands, headerSpan, type HeaderBand } from "./headerBands";
import { SheetView } from "./sheetView";
import { lastDataRow } from "./tableExtent";
import { findSubject, findTitle } from "./tableTitle";

/** A mapping plus what the table is about (the text right of 项目名称), when the sheet says so. */
export interface DetectedTable extends TableMapping {
  readonly subject?: string;
}

/** Sheets this product writes for itself (backup, settings) are never read as user tables. */
export const OWN_SHEET_PREFIX = "_pse";

/** The first cell in rows top..bottom, columns 0..right, that states points ("（20分）"), at its merge's top-left. */
function statedPoints(
  view: SheetView,
  top: number,
  bottom: number,
  right: number,
): TableMapping["statedWeight"] {
  for (let r = Math.max(0, top); r <= bottom; r++) {
    for (let c = 0; c <= right; c++) {
      const m = view.mergeAt(r, c);
      if (m && (m.top !== r || m.left !== c)) continue;
      const value = pointsIn(view.own(r, c));
      if (value !== null) return { value, row: r, col: c };
    }
  }
  return undefined;
}

function detectSheet(view: SheetView): DetectedTable[] {
  const bands = findHeaderBands(view);
  const out: DetectedTable[] = [];
  let previousEnd = -1;
  for (const band of bands) {
    const roles: Partial<Record<ColumnRole, number>> = { ...band.roles };
    // 年初指标值 with no 调整指标值 beside it is simply the target.
    if (roles.target === undefined && roles.initialTarget !== undefined) {
      roles.target = roles.initialTarget;
      delete roles.initialTarget;
    }
    const { right } = headerSpan(view, band.top, band.bottom, roles);
    const others = bands.filter((b) => b !== band).map((b) => b.top);
    const last = lastDataRow(view, band, right, others);
    if (last === undefined) continue;
    const first = band.bottom + 1;
    if (band.kind === "budget") {
      const name = resolveBudgetName(view, band.roles, first, last);
      if (name === undefined) continue;
      roles.name = name;
    }
    const cols = Object.values(roles).filter((c): c is number => c !== undefined);
    const subject = findSubject(view, band.top);
    // A budget states its weight in its header; an indicator block in the rows between the
    // previous table and its header (年度绩效目标1（40分）, 绩效指标（90分）).
    const points =
      band.kind === "budget"
        ? statedPoints(view, band.top, band.bottom, right)
        : statedPoints(view, Math.max(previousEnd + 1, band.top - 3), band.bottom, right);
    out.push({
      kind: band.kind,
      sheet: view.grid.name,
      title: findTitle(view, band.top, previousEnd),
      headerTop: band.top,
      headerBottom: band.bottom,
      firstRow: first,
      lastRow: last,
      lastCol: Math.max(right, ...cols),
      columns: roles,
      ...(points !== undefined ? { statedWeight: points } : {}),
      ...(subject !== undefined ? { subject } : {}),
    });
    previousEnd = last;
  }
  return out;
}

/** Every table on every sheet (hidden ones included, this product's own "_pse…" sheets excluded), in sheet then row order. */
export function detectTables(wb: WorkbookData): DetectedTable[] {
  const out: DetectedTable[] = [];
  for (const grid of wb.sheets) {
    if (grid.name.startsWith(OWN_SHEET_PREFIX)) continue;
    out.push(...detectSheet(new SheetView(grid)));
  }
  return out;
}

export type { HeaderBand };

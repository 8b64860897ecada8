/**
 * Column mappings as the pane edits them. The engine replaces detection sheet by sheet with the
 * saved mappings (see core/engine), so a saved edit carries every table of the edited sheet.
 */
import type { BudgetRole, ColumnRole, IndicatorRole, TableKind, TableMapping } from "../core/types";

export const budgetRoles: readonly BudgetRole[] = [
  "name",
  "initial",
  "budget",
  "actual",
  "rate",
  "weight",
  "score",
  "reportedScore",
];

export const indicatorRoles: readonly IndicatorRole[] = [
  "level1",
  "level2",
  "name",
  "comparator",
  "target",
  "initialTarget",
  "unit",
  "actual",
  "weight",
  "score",
  "reportedScore",
  "method",
  "reason",
  "completion",
  "flag",
];

export function rolesOf(kind: TableKind): readonly ColumnRole[] {
  switch (kind) {
    case "budget":
      return budgetRoles;
    case "indicator":
      return indicatorRoles;
  }
}

/** The table with `role` moved to column `col`, or unmapped when col is null. */
export function withColumn(table: TableMapping, role: ColumnRole, col: number | null): TableMapping {
  const columns = { ...table.columns };
  if (col === null) delete columns[role];
  else columns[role] = col;
  return { ...table, columns };
}

/** The columns a role may be mapped to: A up to the table's last header column or last mapped column. */
export function columnChoices(table: TableMapping): number[] {
  const mapped = Object.values(table.columns).filter((c): c is number => typeof c === "number");
  const last = Math.max(table.lastCol, ...mapped);
  return Array.from({ length: last + 1 }, (_, i) => i);
}

/** Saved mappings after an edit on `sheet`: the other sheets' saved mappings, plus every table of that sheet. */
export function mappingsAfterEdit(
  saved: readonly TableMapping[] | undefined,
  tables: readonly TableMapping[],
  sheet: string,
): TableMapping[] {
  return [...(saved ?? []).filter((m) => m.sheet !== sheet), ...tables.filter((t) => t.sheet === sheet)];
}

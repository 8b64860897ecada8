/**
 * Groups tables into evaluations: a sheet holding both a budget and an indicator table (the MoF
 * project form) is one evaluation; all other tables of the workbook together form one more.
 */
import type { TableMapping } from "../types";

export interface EvaluationGroup {
  readonly title: string;
  readonly budget: TableMapping[];
  readonly indicators: TableMapping[];
}

type Table = TableMapping & { readonly subject?: string };

function titleOf(t: Table): string {
  return t.subject ?? t.title;
}

/** Order: sheets as first met in the input (detectTables lists sheets in workbook order), then header row. */
export function groupEvaluations(tables: readonly Table[]): EvaluationGroup[] {
  const sheetOrder = new Map<string, number>();
  for (const t of tables) if (!sheetOrder.has(t.sheet)) sheetOrder.set(t.sheet, sheetOrder.size);
  const sorted = tables
    .map((t, i) => ({ t, i }))
    .sort(
      (a, b) =>
        sheetOrder.get(a.t.sheet)! - sheetOrder.get(b.t.sheet)! || a.t.headerTop - b.t.headerTop || a.i - b.i,
    )
    .map((x) => x.t);

  const bySheet = new Map<string, Table[]>();
  for (const t of sorted) {
    const list = bySheet.get(t.sheet);
    if (list) list.push(t);
    else bySheet.set(t.sheet, [t]);
  }
  const own = new Set(
    [...bySheet]
      .filter(([, list]) => list.some((t) => t.kind === "budget") && list.some((t) => t.kind === "indicator"))
      .map(([s]) => s),
  );

  const groups: { order: number; group: EvaluationGroup }[] = [];
  const make = (list: readonly Table[]): EvaluationGroup => ({
    title: titleOf(list[0]),
    budget: list.filter((t) => t.kind === "budget"),
    indicators: list.filter((t) => t.kind === "indicator"),
  });
  for (const sheet of own) groups.push({ order: sheetOrder.get(sheet)!, group: make(bySheet.get(sheet)!) });
  const rest = sorted.filter((t) => !own.has(t.sheet));
  if (rest.length > 0) groups.push({ order: sheetOrder.get(rest[0].sheet)!, group: make(rest) });
  return groups.sort((a, b) => a.order - b.order).map((g) => g.group);
}

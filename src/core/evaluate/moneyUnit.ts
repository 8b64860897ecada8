/**
 * The money unit a budget table states ("单位：万元" above it, or a header such as 调整预算数（万元）),
 * and amounts brought to 万元, the national form's unit, so tables in 元 and 万元 can be compared
 * and summed (the batch review's 汇总 and its key-project threshold).
 */
import { cellText } from "./cellText";
import type { Grid } from "../grid";
import type { TableMapping } from "../types";

export type MoneyUnit = "元" | "千元" | "万元" | "亿元";

/** How many 万元 one of each unit is. */
const IN_WAN: Readonly<Record<MoneyUnit, number>> = { 元: 1e-4, 千元: 0.1, 万元: 1, 亿元: 1e4 };

const STATED = /单位[:：]\s*(万元|元|亿元|千元)/;
const IN_HEADER = /[（(](万元|元|亿元|千元)[)）]/;

/** The unit stated in the four rows above the table's header or in the header itself; "" if none. */
export function moneyUnitOf(grid: Grid, t: TableMapping): MoneyUnit | "" {
  for (let r = Math.max(0, t.headerTop - 4); r <= t.headerBottom; r++) {
    for (const cell of grid.rows[r] ?? []) {
      const s = cellText(cell?.value ?? null);
      const m = STATED.exec(s) ?? IN_HEADER.exec(s);
      if (m) return m[1] as MoneyUnit;
    }
  }
  return "";
}

/** An amount in 万元; a table that names no unit is taken to use the national form's 万元. */
export function inWanYuan(amount: number, unit: MoneyUnit | ""): number {
  return amount * IN_WAN[unit === "" ? "万元" : unit];
}

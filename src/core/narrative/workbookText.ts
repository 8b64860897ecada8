/**
 * The workbook's own words for 一、基本情况: the labelled cells of a 自评表's head (项目名称, 主管部门,
 * 实施单位, 部门, a 部门概况 text) and the 年度总体目标 rows that sit between the budget block and the
 * indicator table (预期目标 | 实际完成情况), each with the cell it comes from so the report points at it.
 */
import { cellRef, type CellRef } from "../cellRef";
import { normaliseHeader } from "../detect/normalize";
import type { Evaluated } from "../evaluate/evaluate";
import { cellAt, isCellError, mergeAt, type Grid, type WorkbookData } from "../grid";
import { gridOf } from "./figures";

/** A piece of text and the cell it was read from. */
export interface SourceText {
  readonly text: string;
  readonly cell: CellRef;
  /** Where the text starts in the cell ("单位名称:襄阳市中心医院" holds its label too); 0 when whole. */
  readonly from?: number;
}

export type ProfileField = "project" | "department" | "unit" | "overview";

export interface WorkbookText {
  readonly fields: Readonly<Partial<Record<ProfileField, SourceText>>>;
  /** 年度总体目标: each row's 预期目标 and 实际完成情况, in row order. */
  readonly goals: readonly { readonly expected: SourceText | null; readonly achieved: SourceText | null }[];
  /** The year the table is for (2021), from its title or a "(2022年度)" line. */
  readonly year: string | null;
}

/** Labels as normaliseHeader leaves them (brackets, spaces and colons dropped). */
const FIELD_LABELS: Readonly<Record<ProfileField, readonly string[]>> = {
  project: ["项目名称"],
  department: ["主管部门", "县级主管部门", "市级主管部门", "主管单位"],
  unit: ["实施单位", "项目实施单位", "部门", "部门名称", "单位名称", "预算单位", "单位"],
  overview: ["部门概况", "单位概况", "项目概况", "基本情况", "项目基本情况", "部门基本情况"],
};

const GOAL_LABEL = /^(年度总体目标|当年绩效目标|年度绩效目标|总体目标)/;
const EXPECTED = /^(预期目标|年初设定目标|年初绩效目标|全年\(?调整\)?绩效目标|年度目标|目标)$/;
const ACHIEVED = /^(实际完成情况|目标实际完成情况|全年实际完成情况|全年目标实际完成情况|完成情况)$/;
/** The header of the indicator table ends the goal rows. */
const INDICATOR_HEADER = /^(一级指标|二级指标|三级指标|绩效指标)$/;

function textAt(grid: Grid, row: number, col: number): string {
  const v = cellAt(grid, row, col)?.value;
  if (v === null || v === undefined || isCellError(v) || typeof v === "boolean") return "";
  return String(v).trim();
}

const labelOf = (s: string): string => normaliseHeader(s.replace(/\s+/g, ""));

/** The first filled cell right of (row, col), past the label's own merge. */
function valueRightOf(grid: Grid, row: number, col: number): SourceText | null {
  const m = mergeAt(grid, row, col);
  const width = (grid.rows[row] ?? []).length;
  for (let c = (m ? m.right : col) + 1; c < Math.min(width, col + 8); c++) {
    const t = textAt(grid, row, c);
    if (t === "") continue;
    // The next label on the row ("主管部门 | (empty) | 实施单位 | …") means this one is empty.
    if (isFieldLabel(t)) return null;
    return { text: t, cell: cellRef(grid.name, row, c) };
  }
  return null;
}

function isFieldLabel(t: string): boolean {
  const l = labelOf(t);
  return Object.values(FIELD_LABELS).some((ls) => ls.includes(l));
}

/** The value after "label:" in the cell itself, as the characters of the cell it starts at. */
function inlineValue(grid: Grid, row: number, col: number): SourceText | null {
  const raw = String(cellAt(grid, row, col)?.value ?? "");
  const m = /^(\s*[^:：]{2,8}[:：]\s*)(.*?)\s*$/s.exec(raw);
  if (!m || m[2] === "") return null;
  return { text: m[2], cell: cellRef(grid.name, row, col), from: m[1].length };
}

function fieldsOf(grid: Grid, stopRow: number): Partial<Record<ProfileField, SourceText>> {
  const found: Partial<Record<ProfileField, SourceText>> = {};
  for (let r = 0; r < Math.min(stopRow, grid.rows.length); r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const raw = textAt(grid, r, c);
      if (raw === "" || raw.length > 40) continue;
      // "单位名称:襄阳市中心医院": the label and its value in one cell.
      const inline = /^([^:：]{2,8})[:：]\s*(.+)$/.exec(raw);
      const label = labelOf(inline ? inline[1] : raw);
      for (const field of Object.keys(FIELD_LABELS) as ProfileField[]) {
        if (found[field] || !FIELD_LABELS[field].includes(label)) continue;
        const value = inline ? inlineValue(grid, r, c) : valueRightOf(grid, r, c);
        // "单位：万元" is the money unit of the table, not the unit (单位) that reports.
        if (value && !/^(万元|元|亿元|千元|%|分)$/.test(value.text)) found[field] = value;
      }
    }
  }
  return found;
}

function goalsOf(grid: Grid, from: number): WorkbookText["goals"] {
  for (let r = from; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      if (!GOAL_LABEL.test(labelOf(textAt(grid, r, c)))) continue;
      let expCol: number | undefined;
      let achCol: number | undefined;
      for (let k = c + 1; k < row.length; k++) {
        const l = labelOf(textAt(grid, r, k));
        if (expCol === undefined && EXPECTED.test(l)) expCol = k;
        else if (achCol === undefined && ACHIEVED.test(l)) achCol = k;
      }
      if (expCol === undefined && achCol === undefined) continue;
      const m = mergeAt(grid, r, c);
      const last = m && m.bottom > r ? m.bottom : Math.min(grid.rows.length - 1, r + 6);
      const goals: { expected: SourceText | null; achieved: SourceText | null }[] = [];
      for (let g = r + 1; g <= last; g++) {
        if ((grid.rows[g] ?? []).some((_, k) => INDICATOR_HEADER.test(labelOf(textAt(grid, g, k))))) break;
        // Without a merge the goal rows end where the label column starts something else.
        if (!m && textAt(grid, g, c) !== "") break;
        const at = (col: number | undefined): SourceText | null => {
          if (col === undefined) return null;
          const t = textAt(grid, g, col);
          return t === "" ? null : { text: t, cell: cellRef(grid.name, g, col) };
        };
        const goal = { expected: at(expCol), achieved: at(achCol) };
        if (goal.expected || goal.achieved) goals.push(goal);
      }
      return goals;
    }
  }
  return [];
}

function yearOf(grids: readonly Grid[], title: string): string | null {
  const m = /(20\d{2})\s*年/.exec(title);
  if (m) return m[1];
  for (const g of grids)
    for (let r = 0; r < Math.min(4, g.rows.length); r++)
      for (let c = 0; c < (g.rows[r] ?? []).length; c++) {
        const y = /(20\d{2})\s*年/.exec(textAt(g, r, c));
        if (y) return y[1];
      }
  return null;
}

/** The sheets an evaluation reads, in the order their tables come. */
function sheetsOf(wb: WorkbookData, ev: Evaluated): Grid[] {
  const names = [...ev.budgets.map((b) => b.table.sheet), ...ev.indicatorTables.map((t) => t.table.sheet)];
  return [...new Set(names)].map((n) => gridOf(wb, n));
}

export function workbookText(wb: WorkbookData, ev: Evaluated): WorkbookText {
  const grids = sheetsOf(wb, ev);
  const firstIndicatorRow = (sheet: string): number =>
    ev.indicatorTables
      .filter((t) => t.table.sheet === sheet)
      .reduce((a, t) => Math.min(a, t.table.headerTop), Infinity);
  const fields: Partial<Record<ProfileField, SourceText>> = {};
  let goals: WorkbookText["goals"] = [];
  for (const g of grids) {
    const stop = Math.min(firstIndicatorRow(g.name), g.rows.length);
    for (const [k, v] of Object.entries(fieldsOf(g, stop)) as [ProfileField, SourceText][]) fields[k] ??= v;
    if (goals.length === 0) {
      const budgetEnd = ev.budgets.filter((b) => b.table.sheet === g.name).map((b) => b.table.lastRow + 1);
      goals = goalsOf(g, budgetEnd.length ? Math.min(...budgetEnd) : 0);
    }
  }
  return { fields, goals, year: yearOf(grids, ev.title) };
}

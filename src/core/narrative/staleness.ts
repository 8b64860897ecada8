/**
 * Never stale: the judgements the report's text makes (达到 / 未达预期, which indicators are listed,
 * the causes) were written from the workbook as it was. Each source cell the report was written
 * from is compared, by formula, with the value it had; a banner in the summary's first rows shows
 * a warning beginning with "⚠" as soon as one differs, and is empty otherwise.
 */
import { cellRef, formulaRef, type CellRef } from "../cellRef";
import type { Evaluated } from "../evaluate/evaluate";
import { cellAt, isCellError, type WorkbookData } from "../grid";
import type { ColumnRole } from "../types";
import { STALE_MARK } from "./banner";
import { gridOf } from "./figures";
import { stringLiteral } from "./parts";
import { workbookText } from "./workbookText";

/** Columns whose content the text quotes or judges from; computed columns follow by formula. */
const SOURCE_ROLES: readonly ColumnRole[] = [
  "name",
  "initial",
  "budget",
  "actual",
  "weight",
  "target",
  "reason",
];

/** Excel's limits: 8,192 characters in a formula, 255 arguments to OR. */
const MAX_CHUNK_CHARS = 7000;
const MAX_CHUNK_ARGS = 200;

export { STALE_MARK };

export function sourceCells(wb: WorkbookData, ev: Evaluated): CellRef[] {
  const seen = new Set<string>();
  const out: CellRef[] = [];
  const add = (sheet: string, row: number, col: number | undefined): void => {
    if (col === undefined) return;
    const k = `${sheet}\u0000${row}\u0000${col}`;
    if (seen.has(k)) return;
    seen.add(k);
    out.push(cellRef(sheet, row, col));
  };
  for (const b of ev.budgets)
    for (const l of b.lines) for (const r of SOURCE_ROLES) add(b.table.sheet, l.line.row, b.table.columns[r]);
  for (const ie of ev.indicators) {
    for (const r of SOURCE_ROLES) add(ie.table.sheet, ie.indicator.row, ie.table.columns[r]);
    add(ie.table.sheet, ie.indicator.row, ie.indicator.targetCol);
  }
  const wt = workbookText(wb, ev);
  for (const f of Object.values(wt.fields)) if (f) add(f.cell.sheet, f.cell.row, f.cell.col);
  for (const g of wt.goals)
    for (const s of [g.expected, g.achieved]) if (s) add(s.cell.sheet, s.cell.row, s.cell.col);
  return out;
}

/** The text as a formula, line breaks kept (a string literal cannot hold them; CHAR can). */
function exactLiteral(s: string): string {
  return (
    s
      .split(/(\r\n|\r|\n)/)
      .map((piece) =>
        piece === "\r\n"
          ? "CHAR(13)&CHAR(10)"
          : piece === "\r"
            ? "CHAR(13)"
            : piece === "\n"
              ? "CHAR(10)"
              : piece && stringLiteral(piece),
      )
      .filter((p) => p !== "")
      .join("&") || '""'
  );
}

/** True (in the spreadsheet) when the cell no longer holds what it held when the report was written. */
function changed(wb: WorkbookData, ref: CellRef): string | null {
  const v = cellAt(gridOf(wb, ref.sheet), ref.row, ref.col)?.value ?? null;
  const r = formulaRef(ref);
  if (v === null || (typeof v === "string" && v === "")) return `(${r}&"")<>""`;
  if (typeof v === "number") return `N(${r})<>${String(v)}`;
  if (typeof v === "string") return `NOT(EXACT(${r},${exactLiteral(v)}))`;
  if (isCellError(v)) return `NOT(ISERROR(${r}))`;
  return null;
}

/** Check formulas, each at most one formula's worth: "⚠" when a cell it checks changed, else "". */
export function checkFormulas(wb: WorkbookData, cells: readonly CellRef[]): string[] {
  const chunks: string[][] = [];
  let cur: string[] = [];
  let len = 0;
  for (const ref of cells) {
    const c = changed(wb, ref);
    if (c === null) continue;
    // A text longer than a formula holds is left to the other checks.
    if (c.length > MAX_CHUNK_CHARS) continue;
    if (cur.length >= MAX_CHUNK_ARGS || len + c.length + 1 > MAX_CHUNK_CHARS) {
      chunks.push(cur);
      cur = [];
      len = 0;
    }
    cur.push(c);
    len += c.length + 1;
  }
  if (cur.length) chunks.push(cur);
  return chunks.map((cs) => `IF(IFERROR(OR(${cs.join(",")}),TRUE),"${STALE_MARK}","")`);
}

/** The banner: the warning when any check cell in `range` shows the mark, else empty. */
export function bannerFormula(range: string, warning: string): string {
  return `IF(COUNTIF(${range},"${STALE_MARK}")>0,${stringLiteral(warning)},"")`;
}

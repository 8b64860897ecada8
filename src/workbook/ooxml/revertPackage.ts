/**
 * Revert through the package adapter: the recorded cells restored, the product's sheets and
 * conditional formats removed, in one change (see applyPackage.ts).
 */
import { recordFromData, REVERT_SHEET, sheetKey, type RecordedCell } from "../../core/revert";
import { restoredCells } from "../../core/revert/restoredCells";
import { applyChange, editOf, setCell, strip } from "./applyPackage";
import type { CellContent, CellEdit, SheetEdit } from "./patchSheet";
import { validPrintRecords } from "./printSetup";
import type { PackageDocument } from "./readPackage";

function restoreEdit(c: RecordedCell): CellEdit {
  const b = c.before;
  if (c.xlsx?.absent) return { content: undefined, absent: c.xlsx.absent };
  const content: CellContent | undefined = !b
    ? undefined
    : b.formula !== undefined
      ? { kind: "formula", formula: b.formula, value: b.value }
      : b.value === null
        ? undefined
        : { kind: "value", value: b.value };
  // The exact style the cell had, where the record knows it (records written before it did: a reset).
  if (c.xlsx) return { content, styleIndex: c.xlsx.s };
  return { content, style: { ...(!b && c.style ? { reset: true } : {}), numFmt: b?.numFmt ?? "General" } };
}

/**
 * Restores the workbook as it was before the first recorded run (the recorded cells, the
 * product's sheets and conditional formats). Null when there is no valid record; nothing changes then. A user's formula or defined
 * name that came to refer to a removed sheet gets #REF!, as in Excel; `brokenRefs` names them.
 */
export function revertPackage(doc: PackageDocument): { cells: number; brokenRefs: readonly string[] } | null {
  const record = recordFromData(doc.data);
  if (!record) return null;
  const present = new Set(doc.sheets.map((s) => sheetKey(s.name)));
  const edits = new Map<string, SheetEdit>();
  const cells = restoredCells(record, present);
  for (const c of cells) setCell(editOf(edits, sheetKey(c.sheet)), c.row, c.col, restoreEdit(c));
  for (const f of record.conditionalFormats) {
    const key = sheetKey(f.sheet);
    if (!present.has(key)) continue;
    editOf(edits, key).removeFormats.push({
      area: f.area,
      formula: strip(f.formula),
    });
  }
  for (const d of record.xlsxDimensions ?? []) {
    const key = sheetKey(d.sheet);
    if (present.has(key)) editOf(edits, key).dimension = d.ref;
  }
  const removeSheets = [...record.addedSheets, REVERT_SHEET].filter((n) => present.has(sheetKey(n)));
  const records = validPrintRecords(record.xlsxPrint).filter((r) => present.has(sheetKey(r.sheet)));
  for (const r of records) editOf(edits, sheetKey(r.sheet));
  const print = records.length > 0 ? ({ kind: "restore", records } as const) : undefined;
  const { brokenRefs } = applyChange(doc, {
    edits,
    removeSheets,
    addSheets: [],
    wroteFormulas: false,
    print,
  });
  return { cells: cells.length, brokenRefs };
}

/**
 * Applies a WritePlan to a workbook loaded with ExcelJS. Only the cells, conditional formats and
 * sheets named in the plan are touched; every other cell keeps its value, formula and format.
 *
 * Order: removeSheets, then newSheets (appended after the existing sheets, with their cells), then
 * the plan's cells, then conditional formats. The grids in `doc.data` are rebuilt from the workbook when next read.
 */
import type ExcelJS from "exceljs";
import { a1, a1Range } from "../../core/cellRef";
import type { CellStyle, CellWrite, ConditionalFormat, NewSheet, WritePlan } from "../../core/plan/writePlan";
import { formulaOf, refreshData, type XlsxDocument } from "./readXlsx";

/** Fill of header cells (light blue-grey). */
const HEADER_FILL = "FFDDEBF7";
const NOTE_COLOR = "FF808080";

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(h)) return `FF${h}`;
  if (/^[0-9A-F]{8}$/.test(h)) return h;
  throw new Error(`invalid colour "${hex}" (expected 6 hex digits)`);
}

/** Sheet lookup as Excel does it: names are case-insensitive. */
function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return wb.getWorksheet(name) ?? wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}

/**
 * Sets style parts on one cell. A fresh style object is assigned each time: ExcelJS may share one
 * style object between cells (and with row or column styles), and mutating it would restyle them.
 */
function patchStyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  const style: Partial<ExcelJS.Style> = { ...cell.style };
  if (patch.font) style.font = { ...(cell.style.font ?? {}), ...patch.font };
  if (patch.alignment) style.alignment = { ...(cell.style.alignment ?? {}), ...patch.alignment };
  if (patch.fill) style.fill = patch.fill;
  if (patch.numFmt !== undefined) style.numFmt = patch.numFmt;
  cell.style = style;
}

function stylePatch(style: CellStyle): Partial<ExcelJS.Style> {
  switch (style) {
    case "header":
      return {
        font: { bold: true },
        fill: { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } },
        alignment: { wrapText: true, vertical: "middle" },
      };
    case "title":
      return { font: { bold: true, size: 16 } };
    case "heading":
      return { font: { bold: true, size: 12 } };
    case "body":
      return { alignment: { wrapText: true, vertical: "top" } };
    case "note":
      return { font: { italic: true, color: { argb: NOTE_COLOR } } };
  }
}

/**
 * Before a shared-formula master cell is overwritten, its dependents get their own formula text:
 * otherwise they would point at a master that no longer has a formula, and lose theirs.
 */
function detachSharedDependents(ws: ExcelJS.Worksheet, master: ExcelJS.Cell): void {
  const model = master.model as { formula?: string; shareType?: string; ref?: string };
  if (!model.formula || model.shareType !== "shared") return;
  const address = master.address;
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const m = cell.model as { sharedFormula?: string; result?: unknown };
      if (m.sharedFormula !== address) return;
      const formula = formulaOf(ws, cell);
      if (formula !== undefined)
        cell.value = { formula, result: m.result as ExcelJS.CellFormulaValue["result"] };
    });
  });
}

function writeCell(ws: ExcelJS.Worksheet, w: CellWrite): void {
  const cell = ws.getCell(a1(w.row, w.col));
  detachSharedDependents(ws, cell);
  if (w.kind === "formula") {
    const formula = w.formula.startsWith("=") ? w.formula.slice(1) : w.formula;
    const v: ExcelJS.CellFormulaValue = { formula };
    if (w.value !== null && w.value !== undefined) v.result = w.value;
    cell.value = v;
    if (w.numFmt) patchStyle(cell, { numFmt: w.numFmt });
  } else {
    // A plain string value: ExcelJS writes it as a shared string, never as a formula, whatever it starts with.
    cell.value = w.text;
  }
  if (w.style) patchStyle(cell, stylePatch(w.style));
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormat): void {
  const { top, left, bottom, right } = cf.area;
  const ref = top === bottom && left === right ? a1(top, left) : a1Range(top, left, bottom, right);
  const formula = cf.formula.startsWith("=") ? cf.formula.slice(1) : cf.formula;
  const existing =
    (ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] })
      .conditionalFormattings ?? [];
  // Idempotent: the same rule on the same range is not added twice.
  const same = existing.some(
    (e) => e.ref === ref && e.rules.some((r) => r.type === "expression" && (r.formulae ?? [])[0] === formula),
  );
  if (same) return;
  const maxPriority = existing.reduce((p, e) => Math.max(p, ...e.rules.map((r) => r.priority || 0)), 0);
  ws.addConditionalFormatting({
    ref,
    rules: [
      {
        type: "expression",
        priority: maxPriority + 1,
        formulae: [formula],
        style: {
          fill: {
            type: "pattern",
            pattern: "solid",
            bgColor: { argb: argb(cf.fill) },
            fgColor: { argb: argb(cf.fill) },
          },
          font: { color: { argb: argb(cf.fontColor) } },
        },
      },
    ],
  });
}

function addNewSheet(wb: ExcelJS.Workbook, sheet: NewSheet): ExcelJS.Worksheet {
  const fit = sheet.pageSetup.fitToWidth;
  const ws = wb.addWorksheet(sheet.name, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: sheet.pageSetup.orientation,
      fitToPage: fit,
      ...(fit ? { fitToWidth: 1, fitToHeight: 0 } : {}),
    },
  });
  sheet.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  // Spreadsheet programs do not grow a row for wrapped text they did not lay out themselves.
  (sheet.rowHeights ?? []).forEach((h, i) => {
    ws.getRow(i + 1).height = h;
  });
  for (const c of sheet.cells) writeCell(ws, c);
  return ws;
}

function checkPosition(source: string, w: CellWrite): void {
  if (
    !Number.isInteger(w.row) ||
    !Number.isInteger(w.col) ||
    w.row < 0 ||
    w.col < 0 ||
    w.row >= 1048576 ||
    w.col >= 16384
  ) {
    throw new Error(`${source}: the plan writes outside the sheet: "${w.sheet}" row ${w.row}, col ${w.col}`);
  }
}

/**
 * Checks the whole plan before anything is changed, so that a bad plan leaves the workbook as it was.
 * A write into a cell hidden under a merge is refused: ExcelJS would write it through to the merge's
 * top-left cell, which the plan did not name.
 */
function validatePlan(doc: XlsxDocument, plan: WritePlan): void {
  const wb = doc.workbook;
  const lower = (s: string) => s.toLowerCase();
  const removed = new Set(plan.removeSheets.map(lower));
  const existing = new Map<string, ExcelJS.Worksheet>();
  for (const ws of wb.worksheets) if (!removed.has(lower(ws.name))) existing.set(lower(ws.name), ws);
  const added = new Set<string>();
  for (const s of plan.newSheets) {
    const key = lower(s.name);
    if (existing.has(key) || added.has(key)) {
      throw new Error(
        `${doc.source}: sheet "${s.name}" already exists; a plan replaces a sheet only through removeSheets`,
      );
    }
    added.add(key);
    for (const c of s.cells) {
      if (c.sheet !== s.name)
        throw new Error(`${doc.source}: new sheet "${s.name}" holds a cell addressed to sheet "${c.sheet}"`);
      checkPosition(doc.source, c);
    }
  }
  for (const c of plan.cells) {
    checkPosition(doc.source, c);
    const ws = existing.get(lower(c.sheet));
    if (!ws) {
      if (added.has(lower(c.sheet))) continue;
      throw new Error(
        `${doc.source}: the plan writes to sheet "${c.sheet}", which the workbook does not have`,
      );
    }
    const cell = ws.findCell(c.row + 1, c.col + 1);
    if (cell && cell.isMerged && cell.master !== cell) {
      throw new Error(
        `${doc.source}: the plan writes to ${c.sheet}!${a1(c.row, c.col)}, which is hidden under the merged cell ${cell.master.address}`,
      );
    }
  }
  for (const cf of plan.conditionalFormats) {
    if (!existing.has(lower(cf.sheet)) && !added.has(lower(cf.sheet))) {
      throw new Error(`${doc.source}: conditional format for missing sheet "${cf.sheet}"`);
    }
    argb(cf.fill);
    argb(cf.fontColor);
  }
}

export function applyPlanToXlsx(doc: XlsxDocument, plan: WritePlan): void {
  validatePlan(doc, plan);
  const wb = doc.workbook;
  for (const name of plan.removeSheets) {
    const ws = findSheet(wb, name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  for (const s of plan.newSheets) addNewSheet(wb, s);
  for (const w of plan.cells) {
    const ws = findSheet(wb, w.sheet);
    if (ws) writeCell(ws, w); // validatePlan checked that it exists
  }
  for (const cf of plan.conditionalFormats) {
    const ws = findSheet(wb, cf.sheet);
    if (ws) addConditionalFormat(ws, cf);
  }
  const wroteFormulas =
    plan.cells.some((c) => c.kind === "formula") ||
    plan.newSheets.some((s) => s.cells.some((c) => c.kind === "formula"));
  if (wroteFormulas) {
    // The cached results are the engine's figures; ask Excel to recompute everything on open anyway.
    wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
  }
  refreshData(doc);
}

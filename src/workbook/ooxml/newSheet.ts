/** The worksheet part of a sheet the plan adds (the summary, the revert record). */
import { a1, a1Range } from "../../core/cellRef";
import type { NewSheet } from "../../core/plan/writePlan";
import { cellXml, type CellContent } from "./patchSheet";
import type { StyleEdit, Styles } from "./styles";

export interface AddedSheet extends Omit<NewSheet, "pageSetup" | "cells"> {
  readonly pageSetup?: NewSheet["pageSetup"];
  readonly state?: "hidden" | "veryHidden";
  readonly cells: readonly { row: number; col: number; content: CellContent; style?: StyleEdit }[];
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function newSheetXml(sheet: AddedSheet, styles: Styles): string {
  const byRow = new Map<number, { col: number; xml: string }[]>();
  let bottom = 0;
  let right = 0;
  for (const c of sheet.cells) {
    const s = c.style ? styles.derive(0, c.style) : 0;
    const list = byRow.get(c.row) ?? [];
    list.push({ col: c.col, xml: cellXml("", a1(c.row, c.col), s, c.content) });
    byRow.set(c.row, list);
    bottom = Math.max(bottom, c.row);
    right = Math.max(right, c.col);
  }
  const heights = sheet.rowHeights ?? [];
  const rowCount = Math.max(byRow.size > 0 ? bottom + 1 : 0, heights.length);
  let data = "";
  for (let r = 0; r < rowCount; r++) {
    const cells = (byRow.get(r) ?? []).sort((a, b) => a.col - b.col);
    const h = heights[r];
    if (cells.length === 0 && h === undefined) continue;
    const ht = h !== undefined ? ` ht="${h}" customHeight="1"` : "";
    data += `<row r="${r + 1}"${ht}>${cells.map((c) => c.xml).join("")}</row>`;
  }
  const cols = sheet.columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const fit = sheet.pageSetup?.fitToWidth;
  const dim = bottom === 0 && right === 0 ? "A1" : a1Range(0, 0, bottom, right);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet ${NS}>` +
    (fit ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "") +
    `<dimension ref="${dim}"/>` +
    '<sheetViews><sheetView workbookViewId="0"/></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${data}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (sheet.pageSetup
      ? `<pageSetup paperSize="9" orientation="${sheet.pageSetup.orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`
      : "") +
    "</worksheet>"
  );
}

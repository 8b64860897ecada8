/**
 * The look of a whole run of cells read at once through range properties (`range.style`,
 * `range.format…`, `range.format.borders`): Excel answers a property of a multi-cell range with
 * its value when every cell shares it and with null when they differ. A run whose cells all look
 * alike (a table column, typically) is so read in a few hundred bytes instead of ~850 a cell; a
 * run that is not (null anywhere) is read again cell by cell (getCellProperties).
 */
import type { RecordedLook } from "../../core/revert";

const PATHS = [
  "style",
  "format/fill/color",
  "format/fill/pattern",
  "format/font/name",
  "format/font/size",
  "format/font/color",
  "format/font/bold",
  "format/font/italic",
  "format/font/underline",
  "format/font/strikethrough",
  "format/horizontalAlignment",
  "format/verticalAlignment",
  "format/wrapText",
  "format/indentLevel",
  "format/protection/locked",
  "format/protection/formulaHidden",
].join(",");

export interface RangeLook {
  readonly range: Excel.Range;
  readonly borders: Excel.RangeBorderCollection;
  readonly height: number;
}

/** Queues the loads of a vertical run's shared look (two requests). */
export function loadRangeLook(range: Excel.Range, height: number): RangeLook {
  range.load(PATHS);
  const borders = range.format.borders;
  borders.load("items/sideIndex,items/style,items/color,items/weight");
  return { range, borders, height };
}

type Edge = { style: string; color: string; weight: string };

/**
 * Each cell's look when all cells of the run share one (their top and bottom borders may differ
 * only at the run's ends: the inside lines are one value); null when any property differs.
 */
export function uniformLooks(r: RangeLook): RecordedLook[] | null {
  const { range, borders, height } = r;
  const f = range.format;
  const values: unknown[] = [
    range.style,
    f.fill.color,
    f.fill.pattern,
    f.font.name,
    f.font.size,
    f.font.color,
    f.font.bold,
    f.font.italic,
    f.font.underline,
    f.font.strikethrough,
    f.horizontalAlignment,
    f.verticalAlignment,
    f.wrapText,
    f.indentLevel,
    f.protection.locked,
    f.protection.formulaHidden,
  ];
  if (values.some((v) => v === null || v === undefined)) return null;
  const sides = new Map<string, Edge>();
  for (const b of borders.items) {
    if (b.style === null || b.color === null || b.weight === null) continue;
    sides.set(b.sideIndex, { style: b.style, color: b.color, weight: b.weight });
  }
  const need = [
    "EdgeTop",
    "EdgeBottom",
    "EdgeLeft",
    "EdgeRight",
    ...(height > 1 ? ["InsideHorizontal"] : []),
  ];
  if (need.some((s) => !sides.has(s))) return null;
  const edge = (s: string): Edge => ({ ...sides.get(s)! });
  return Array.from({ length: height }, (_, i) => ({
    style: range.style,
    format: {
      fill: { color: f.fill.color, pattern: f.fill.pattern },
      font: {
        name: f.font.name,
        size: f.font.size,
        color: f.font.color,
        bold: f.font.bold,
        italic: f.font.italic,
        underline: f.font.underline,
        strikethrough: f.font.strikethrough,
      },
      horizontalAlignment: f.horizontalAlignment,
      verticalAlignment: f.verticalAlignment,
      wrapText: f.wrapText,
      indentLevel: f.indentLevel,
      borders: {
        top: edge(i === 0 ? "EdgeTop" : "InsideHorizontal"),
        bottom: edge(i === height - 1 ? "EdgeBottom" : "InsideHorizontal"),
        left: edge("EdgeLeft"),
        right: edge("EdgeRight"),
      },
      protection: { locked: f.protection.locked, formulaHidden: f.protection.formulaHidden },
    },
  }));
}

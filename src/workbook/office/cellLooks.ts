/**
 * A cell's look as Excel's cell properties give it (`range.getCellProperties`, ExcelApi 1.9), in
 * the shape the revert record keeps (core/revert RecordedLook), and back into the shape
 * `range.setCellProperties` takes. Per-cell properties are the only way to read or write a look
 * cell by cell in one request for a whole rectangle: `range.format.*` on a rectangle gives null
 * where its cells differ.
 */
import type { LookValue, RecordedLook } from "../../core/revert";

/**
 * What is read of every cell a run restyles. A cell style applied on revert ("Normal") resets
 * font, fill, alignment, borders and protection, so all of these are read, not just the fill a run
 * sets: what revert puts back after the style must be the whole look.
 */
export const LOOK_PROPERTIES: Excel.CellPropertiesLoadOptions = {
  style: true,
  format: {
    fill: { color: true, pattern: true },
    font: {
      name: true,
      size: true,
      color: true,
      bold: true,
      italic: true,
      underline: true,
      strikethrough: true,
    },
    horizontalAlignment: true,
    verticalAlignment: true,
    wrapText: true,
    indentLevel: true,
    borders: { style: true, color: true, weight: true },
    protection: true,
  },
};

/**
 * Answer bytes of one cell's LOOK_PROPERTIES, with room to spare: about 850 measured on the test
 * fake, which answers as Excel documents (eight borders a cell, every font property asked).
 */
export const LOOK_CELL_BYTES = 1000;

/** The four edges of a cell; inside and diagonal borders are not the table's grid. */
const EDGES = ["top", "bottom", "left", "right"] as const;

function plain(v: unknown): LookValue | undefined {
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "object" || v === null || Array.isArray(v)) return undefined;
  const out: Record<string, LookValue> = {};
  for (const [k, x] of Object.entries(v)) {
    const p = plain(x);
    if (p !== undefined) out[k] = p;
  }
  return out;
}

/** The recorded look of one cell's properties: its style name and format, borders on the four edges only. */
export function lookFrom(p: Excel.CellProperties): RecordedLook {
  const format = (plain(p.format) ?? {}) as Record<string, LookValue>;
  const borders = format.borders as Record<string, LookValue> | undefined;
  if (borders) {
    const edges: Record<string, LookValue> = {};
    for (const e of EDGES) if (borders[e] !== undefined) edges[e] = borders[e];
    format.borders = edges;
  }
  return { ...(typeof p.style === "string" ? { style: p.style } : {}), format };
}

function fillOf(look: RecordedLook): Record<string, LookValue> | undefined {
  return look.format?.fill as Record<string, LookValue> | undefined;
}

/** True when the look has no fill at all (Excel reports pattern "None"; its colour is then meaningless). */
export function hasNoFill(look: RecordedLook): boolean {
  return fillOf(look)?.pattern === "None";
}

/**
 * The look's format for setCellProperties. A cell without fill gets none through `fill.clear()`
 * (done by the caller, see hasNoFill), so the fill is left out here rather than set to white.
 */
export function formatOf(look: RecordedLook, parts?: readonly string[]): Excel.CellPropertiesFormat {
  const out: Record<string, LookValue> = {};
  for (const [k, v] of Object.entries(look.format ?? {})) {
    if (parts && !parts.includes(k)) continue;
    if (k === "fill") {
      const fill = fillOf(look) ?? {};
      if (fill.pattern === "None") continue;
      // The pattern follows from the colour; set alone it would be refused for gradients.
      out.fill = { color: fill.color ?? "#FFFFFF" };
      continue;
    }
    out[k] = v;
  }
  return out as Excel.CellPropertiesFormat;
}

/** Whether two looks format a cell alike (the style name aside), as JSON compares them. */
export function sameFormat(a: RecordedLook, b: RecordedLook): boolean {
  return JSON.stringify(sorted(a.format ?? {})) === JSON.stringify(sorted(b.format ?? {}));
}

function sorted(v: LookValue): LookValue {
  if (typeof v !== "object") return v;
  return Object.fromEntries(
    Object.keys(v)
      .sort()
      .map((k) => [k, sorted(v[k])]),
  );
}

/**
 * The fake's model of a cell's look, as Excel documents it: format properties kept flat on the
 * cell ("font.bold", "borders.top.style") when they differ from the default, a named style per
 * cell (absent: "Normal"), and cell styles that, when given to a cell, reset the categories they
 * include (number format, font, alignment, borders, fill, protection) to their own values.
 * `range.getCellProperties` / `setCellProperties` (ExcelApi 1.9) read and write the same tree of
 * properties Excel uses (format.fill.color, format.borders.top.style …).
 */
export type Flat = Record<string, unknown>;

const EDGES = ["top", "bottom", "left", "right", "diagonalDown", "diagonalUp", "horizontal", "vertical"];
const EDGE_DEFAULT: Flat = { style: "None", color: "#000000", weight: "Thin" };

/** Excel's plain look (Normal style of a new workbook): a property at its default is not kept. */
export const DEFAULT_FORMAT: Flat = {
  "font.name": "Calibri",
  "font.size": 11,
  "font.color": "#000000",
  "font.bold": false,
  "font.italic": false,
  "font.underline": "None",
  "font.strikethrough": false,
  // No fill: Excel reports white with pattern None.
  "fill.color": "#FFFFFF",
  "fill.pattern": "None",
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  "protection.locked": true,
  "protection.formulaHidden": false,
  ...Object.fromEntries(
    EDGES.flatMap((e) => Object.entries(EDGE_DEFAULT).map(([k, v]) => [`borders.${e}.${k}`, v])),
  ),
};

export type Category = "number" | "font" | "alignment" | "border" | "patterns" | "protection";
const ALIGNMENT = new Set(["horizontalAlignment", "verticalAlignment", "wrapText", "indentLevel"]);

export function categoryOf(key: string): Category {
  if (key.startsWith("font.")) return "font";
  if (key.startsWith("fill.")) return "patterns";
  if (key.startsWith("borders.")) return "border";
  if (key.startsWith("protection.")) return "protection";
  if (ALIGNMENT.has(key)) return "alignment";
  throw new Error(`fake: no category for ${key}`);
}

export interface FakeStyle {
  readonly name: string;
  readonly builtIn: boolean;
  include: Record<Category, boolean>;
  format: Flat;
  numFmt: string;
}

const ALL: Record<Category, boolean> = {
  number: true,
  font: true,
  alignment: true,
  border: true,
  patterns: true,
  protection: true,
};

/** A few of Excel's built-in styles (a new workbook has about 50; these are enough to tell them apart). */
export function builtInStyles(): Map<string, FakeStyle> {
  const s = (name: string, format: Flat, include: Partial<Record<Category, boolean>> = {}): FakeStyle => ({
    name,
    builtIn: true,
    include: { ...ALL, ...include },
    format,
    numFmt: "General",
  });
  return new Map(
    [
      s("Normal", {}),
      s(
        "Good",
        { "font.color": "#006100", "fill.color": "#C6EFCE", "fill.pattern": "Solid" },
        {
          number: false,
          alignment: false,
          border: false,
          protection: false,
        },
      ),
      s("Note", {
        "fill.color": "#FFFFCC",
        "fill.pattern": "Solid",
        ...Object.fromEntries(
          ["top", "bottom", "left", "right"].flatMap((e) => [
            [`borders.${e}.style`, "Continuous"],
            [`borders.${e}.color`, "#B2B2B2"],
          ]),
        ),
      }),
    ].map((x) => [x.name, x]),
  );
}

export function newStyle(name: string): FakeStyle {
  // A style added by name starts as Normal does, including every category.
  return { name, builtIn: false, include: { ...ALL }, format: {}, numFmt: "General" };
}

export function cloneStyles(styles: Map<string, FakeStyle>): Map<string, FakeStyle> {
  return new Map(
    [...styles].map(([k, s]) => [k, { ...s, include: { ...s.include }, format: { ...s.format } }]),
  );
}

/** Sets one flat property, dropping it when it is the default. */
export function setFlat(format: Flat, key: string, value: unknown): void {
  if (!(key in DEFAULT_FORMAT)) throw new Error(`fake: unknown format property ${key}`);
  if (DEFAULT_FORMAT[key] === value) delete format[key];
  else format[key] = value;
}

export interface LookCell {
  numFmt: string;
  format: Flat;
  style?: string;
}

/** Gives `cell` the style: its name, and the style's values in every category it includes. */
export function applyNamedStyle(cell: LookCell, style: FakeStyle): void {
  if (style.name === "Normal") delete cell.style;
  else cell.style = style.name;
  for (const key of Object.keys(cell.format)) if (style.include[categoryOf(key)]) delete cell.format[key];
  for (const [key, v] of Object.entries(style.format))
    if (style.include[categoryOf(key)]) setFlat(cell.format, key, v);
  if (style.include.number) cell.numFmt = style.numFmt;
}

export function fillColor(format: Flat, color: unknown): void {
  setFlat(format, "fill.color", color);
  setFlat(format, "fill.pattern", "Solid");
}

export function clearFill(format: Flat): void {
  delete format["fill.color"];
  delete format["fill.pattern"];
}

/** The cell's whole look as Excel's cell properties nest it. */
function fullProperties(cell: LookCell | undefined, base: Flat): Record<string, unknown> {
  const flat = { ...DEFAULT_FORMAT, ...base, ...(cell?.format ?? {}) };
  const format: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(flat)) {
    const path = key.split(".");
    let node = format;
    for (const p of path.slice(0, -1)) node = (node[p] ??= {}) as Record<string, unknown>;
    node[path[path.length - 1]] = v;
  }
  return { style: cell?.style ?? "Normal", format };
}

function pick(value: unknown, spec: unknown): unknown {
  if (spec === true) return value;
  if (typeof spec !== "object" || spec === null || typeof value !== "object" || value === null)
    return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, s] of Object.entries(spec as Record<string, unknown>)) {
    if (!s) continue;
    const v = (value as Record<string, unknown>)[k];
    if (v === undefined) continue;
    // The border options apply to each border alike (CellPropertiesBorderLoadOptions).
    out[k] =
      k === "borders" && typeof s === "object"
        ? Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([e, b]) => [e, pick(b, s)]))
        : pick(v, s);
  }
  return out;
}

/** What getCellProperties answers for one cell (`base`: the column's format, for a cell with none of its own). */
export function cellProperties(cell: LookCell | undefined, base: Flat, spec: unknown): unknown {
  return pick(fullProperties(cell, base), spec);
}

/** setCellProperties for one cell: the style first, then every format property given. */
export function setCellProps(cell: LookCell, props: unknown, styleOf: (name: string) => FakeStyle): void {
  if (props === null || props === undefined) return;
  const { style, format, ...rest } = props as { style?: string; format?: Record<string, unknown> };
  if (Object.keys(rest).length > 0)
    throw new Error(`fake: setCellProperties does not model ${Object.keys(rest)}`);
  if (style !== undefined) applyNamedStyle(cell, styleOf(style));
  for (const [k, v] of Object.entries(format ?? {})) {
    if (k === "fill") {
      const fill = v as { color?: string; pattern?: string };
      if (fill.pattern === "None") clearFill(cell.format);
      else if (fill.color !== undefined) fillColor(cell.format, fill.color);
    } else if (k === "font" || k === "protection") {
      for (const [p, x] of Object.entries(v as object)) setFlat(cell.format, `${k}.${p}`, x);
    } else if (k === "borders") {
      for (const [edge, b] of Object.entries(v as Record<string, Flat>)) {
        if (!EDGES.includes(edge)) throw new Error(`fake: no border ${edge}`);
        if (b.style === "None") {
          for (const p of Object.keys(EDGE_DEFAULT)) delete cell.format[`borders.${edge}.${p}`];
          continue;
        }
        for (const [p, x] of Object.entries(b)) setFlat(cell.format, `borders.${edge}.${p}`, x);
      }
    } else setFlat(cell.format, k, v);
  }
}

/** A cell's value of one flat property: its own, else its column's, else the default. */
export function effective(cell: LookCell | undefined, base: Flat, key: string): unknown {
  if (key === "style") return cell?.style ?? "Normal";
  return cell?.format[key] ?? base[key] ?? DEFAULT_FORMAT[key];
}

/** The one value all `values` share, or null when they differ (as Excel answers for a range). */
export function shared(values: readonly unknown[]): unknown {
  if (values.length === 0) return null;
  return values.every((v) => v === values[0]) ? values[0] : null;
}

const SIDES: Record<
  string,
  { readonly edges: readonly ["first" | "last" | "inner", "row" | "col", string][] }
> = {
  EdgeTop: { edges: [["first", "row", "top"]] },
  EdgeBottom: { edges: [["last", "row", "bottom"]] },
  EdgeLeft: { edges: [["first", "col", "left"]] },
  EdgeRight: { edges: [["last", "col", "right"]] },
  InsideHorizontal: {
    edges: [
      ["inner", "row", "bottom"],
      ["inner", "row", "top"],
    ],
  },
  InsideVertical: {
    edges: [
      ["inner", "col", "right"],
      ["inner", "col", "left"],
    ],
  },
  DiagonalDown: { edges: [["first", "row", "diagonalDown"]] },
  DiagonalUp: { edges: [["first", "row", "diagonalUp"]] },
};

/**
 * range.format.borders of a rectangle, as Excel answers it: the outer edges from the cells along
 * them, the inside lines from both cells each separates, each property null where they differ.
 */
export function rangeBorders(
  at: (r: number, c: number) => unknown,
  area: { top: number; left: number; bottom: number; right: number },
): { sideIndex: string; style: unknown; color: unknown; weight: unknown }[] {
  const get = at as (r: number, c: number, key: string) => unknown;
  return Object.entries(SIDES).map(([sideIndex, { edges }]) => {
    const per = (prop: string) => {
      const vals: unknown[] = [];
      for (const [which, along, edge] of edges) {
        for (let r = area.top; r <= area.bottom; r++) {
          for (let c = area.left; c <= area.right; c++) {
            const i = along === "row" ? r - area.top : c - area.left;
            const n = along === "row" ? area.bottom - area.top : area.right - area.left;
            const take =
              which === "first"
                ? i === 0
                : which === "last"
                  ? i === n
                  : edge === "bottom" || edge === "right"
                    ? i < n
                    : i > 0;
            if (take) vals.push(get(r, c, `borders.${edge}.${prop}`));
          }
        }
      }
      // A single row or column has no inside line: Excel answers None.
      return vals.length === 0 ? EDGE_DEFAULT[prop] : shared(vals);
    };
    return { sideIndex, style: per("style"), color: per("color"), weight: per("weight") };
  });
}

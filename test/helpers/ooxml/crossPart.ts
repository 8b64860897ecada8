/**
 * Rules Excel enforces across the parts of a workbook that no schema can see (the list in
 * schemas/ooxml/README.md): relationship targets exist and have content types; cell, row, column
 * and dxf style indexes lie within their counts; sheet names and ids are unique; defined names and
 * formulas refer to sheets that exist; rows and cells are in ascending order; no row is taller
 * than 409.5 pt; an extLst extension holds only other namespaces' elements; app.xml's counts agree.
 * Independent of the product's code on purpose: an oracle, not a second copy of the writer.
 */
import * as path from "path";
import { kids, type XmlNode } from "./markupCompat";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const MAX_ROW_HEIGHT = 409.5;

/** Parsed XML parts by package path (no leading "/"); other parts only by name. */
export interface PackageParts {
  readonly xml: ReadonlyMap<string, XmlNode>;
  readonly names: readonly string[];
}

function relsSource(rels: string): string {
  const dir = path.posix.dirname(path.posix.dirname(rels));
  const base = path.posix.basename(rels).replace(/\.rels$/, "");
  return dir === "." ? base : `${dir}/${base}`;
}

function resolve(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const dir = path.posix.dirname(source);
  return path.posix.normalize(path.posix.join(dir === "." ? "" : dir, target));
}

/** The sheet names a formula refers to (outside string literals; external references left out). */
export function referencedSheets(formula: string): string[] {
  const out: string[] = [];
  const re = /"(?:[^"]|"")*"|'((?:[^']|'')+)'!|(?<![\]\p{L}\p{N}_.#'!\\])([\p{L}_\\][\p{L}\p{N}_.\\]*)!/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) {
    const name = m[1]?.replace(/''/g, "'") ?? m[2];
    if (name !== undefined && !name.startsWith("[")) out.push(name);
  }
  return out;
}

function attrOf(n: XmlNode, name: string): string | undefined {
  return n.attrs[name];
}

function rId(n: XmlNode): string | undefined {
  const k = Object.keys(n.attrs).find((a) => /(^|:)id$/.test(a) && a.includes(":"));
  return k ? n.attrs[k] : undefined;
}

function contentTypes(parts: PackageParts, problems: string[]): (part: string) => boolean {
  const ct = parts.xml.get("[Content_Types].xml");
  const defaults = new Set(kids(ct, "Default").map((d) => (attrOf(d, "Extension") ?? "").toLowerCase()));
  const overrides = new Set(
    kids(ct, "Override").map((o) => (attrOf(o, "PartName") ?? "").slice(1).toLowerCase()),
  );
  const lower = new Set(parts.names.map((n) => n.toLowerCase()));
  for (const o of overrides)
    if (!lower.has(o)) problems.push(`[Content_Types].xml: override for missing part /${o}`);
  return (part) =>
    overrides.has(part.toLowerCase()) || defaults.has((/\.([^./]+)$/.exec(part)?.[1] ?? "").toLowerCase());
}

function checkRelationships(parts: PackageParts, problems: string[]): void {
  const typed = contentTypes(parts, problems);
  const lower = new Set(parts.names.map((n) => n.toLowerCase()));
  for (const name of parts.names) {
    if (name !== "[Content_Types].xml" && !typed(name)) problems.push(`${name}: no content type`);
    if (!name.endsWith(".rels")) continue;
    const source = relsSource(name);
    if (source !== "" && source !== ".rels" && !lower.has(source.toLowerCase()))
      problems.push(`${name}: relationships of a missing part ${source}`);
    const ids = new Set<string>();
    for (const r of kids(parts.xml.get(name), "Relationship")) {
      const id = attrOf(r, "Id") ?? "";
      if (ids.has(id)) problems.push(`${name}: duplicate relationship id ${id}`);
      ids.add(id);
      if (attrOf(r, "TargetMode") === "External") continue;
      const target = resolve(source === ".rels" ? "" : source, attrOf(r, "Target") ?? "");
      if (!lower.has(target.toLowerCase())) problems.push(`${name}: ${id} targets missing part ${target}`);
    }
  }
}

interface StyleCounts {
  readonly xfs: number;
  readonly dxfs: number;
}

function checkStyles(styles: XmlNode | undefined, problems: string[]): StyleCounts {
  const count = (local: string, item: string) => kids(kids(styles, local)[0], item).length;
  const fonts = count("fonts", "font");
  const fills = count("fills", "fill");
  const borders = count("borders", "border");
  const numFmts = new Set(
    kids(kids(styles, "numFmts")[0], "numFmt").map((n) => Number(attrOf(n, "numFmtId"))),
  );
  const xfs = kids(kids(styles, "cellXfs")[0], "xf");
  xfs.forEach((xf, i) => {
    const check = (a: string, n: number) => {
      const v = Number(attrOf(xf, a) ?? 0);
      if (v >= n) problems.push(`styles: cellXfs[${i}] ${a}=${v} of ${n}`);
    };
    check("fontId", fonts);
    check("fillId", fills);
    check("borderId", borders);
    const nf = Number(attrOf(xf, "numFmtId") ?? 0);
    if (nf >= 164 && !numFmts.has(nf)) problems.push(`styles: cellXfs[${i}] numFmtId=${nf} not declared`);
  });
  for (const [local, item] of [
    ["fonts", "font"],
    ["fills", "fill"],
    ["borders", "border"],
    ["cellXfs", "xf"],
    ["dxfs", "dxf"],
    ["numFmts", "numFmt"],
  ]) {
    const el = kids(styles, local)[0];
    const stated = el ? attrOf(el, "count") : undefined;
    if (stated !== undefined && Number(stated) !== kids(el, item).length)
      problems.push(`styles: ${local} count="${stated}" but ${kids(el, item).length} items`);
  }
  return { xfs: styles ? xfs.length : 1, dxfs: count("dxfs", "dxf") };
}

function checkSheet(
  name: string,
  ws: XmlNode,
  st: StyleCounts,
  sheets: Set<string>,
  strings: number,
  problems: string[],
): void {
  const p = (s: string) => problems.push(`${name}: ${s}`);
  const style = (what: string, v: string | undefined) => {
    if (v !== undefined && Number(v) >= st.xfs) p(`${what} style ${v} of ${st.xfs}`);
  };
  for (const col of kids(kids(ws, "cols")[0], "col")) style("col", attrOf(col, "style"));
  let lastRow = 0;
  for (const row of kids(kids(ws, "sheetData")[0], "row")) {
    const r = Number(attrOf(row, "r") ?? lastRow + 1);
    if (r <= lastRow) p(`row ${r} after row ${lastRow}`);
    lastRow = r;
    const ht = attrOf(row, "ht");
    if (ht !== undefined && Number(ht) > MAX_ROW_HEIGHT) p(`row ${r} height ${ht} > ${MAX_ROW_HEIGHT}`);
    style(`row ${r}`, attrOf(row, "s"));
    let lastCol = 0;
    for (const c of kids(row, "c")) {
      const ref = attrOf(c, "r");
      const m = ref ? /^([A-Z]+)(\d+)$/.exec(ref) : null;
      const col = m ? [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) : lastCol + 1;
      if (m && Number(m[2]) !== r) p(`cell ${ref} in row ${r}`);
      if (col <= lastCol) p(`cell ${ref ?? "?"} out of order in row ${r}`);
      lastCol = col;
      style(`cell ${ref}`, attrOf(c, "s"));
      const v = kids(c, "v")[0]?.text;
      if (attrOf(c, "t") === "s" && v !== undefined && Number(v) >= strings)
        p(`cell ${ref} string ${v} of ${strings}`);
      for (const f of kids(c, "f"))
        for (const s of referencedSheets(f.text))
          if (!sheets.has(s.toLowerCase())) p(`cell ${ref} formula refers to missing sheet "${s}"`);
    }
  }
  for (const cf of kids(ws, "conditionalFormatting"))
    for (const rule of kids(cf, "cfRule")) {
      const d = attrOf(rule, "dxfId");
      if (d !== undefined && Number(d) >= st.dxfs) p(`cfRule dxfId ${d} of ${st.dxfs}`);
    }
  checkExtLst(name, ws, problems);
}

/** An extension's children belong to its own (non-main) namespace; ours go in the main sequence. */
function checkExtLst(name: string, root: XmlNode, problems: string[]): void {
  for (const ext of kids(kids(root, "extLst")[0], "ext"))
    for (const c of ext.children)
      if (c.ns === MAIN) problems.push(`${name}: extLst ext holds main-namespace <${c.local}>`);
}

function checkApp(app: XmlNode | undefined, sheetNames: readonly string[], problems: string[]): void {
  const vector = (local: string) =>
    kids(
      kids(app, local)[0],
      "vector",
      "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
    )[0];
  const hv = vector("HeadingPairs");
  const tv = vector("TitlesOfParts");
  if (!hv || !tv) return;
  for (const v of [hv, tv])
    if (Number(attrOf(v, "size")) !== v.children.length)
      problems.push(`app.xml: vector size ${attrOf(v, "size")} holds ${v.children.length}`);
  const titles = tv.children.map((c) => c.text);
  let at = 0;
  const names = new Set(sheetNames);
  for (let i = 0; i + 1 < hv.children.length; i += 2) {
    const n = Number(hv.children[i + 1].children[0]?.text);
    const group = titles.slice(at, at + n);
    at += n;
    if (group.some((t) => names.has(t)) && !group.every((t) => names.has(t)))
      problems.push(`app.xml: the sheet list ${JSON.stringify(group)} differs from the workbook's sheets`);
  }
  if (at !== titles.length) problems.push(`app.xml: HeadingPairs count ${at} for ${titles.length} titles`);
}

function textOf(n: XmlNode): string {
  return n.local === "t" ? n.text : n.local === "rPh" ? "" : n.children.map(textOf).join("");
}

/** A table's header cells hold its column names (Excel repairs the table otherwise). */
function checkTables(
  parts: PackageParts,
  part: string,
  ws: XmlNode,
  sst: XmlNode | undefined,
  problems: string[],
): void {
  const relsName = `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`;
  const rels = kids(parts.xml.get(relsName), "Relationship");
  for (const tp of kids(kids(ws, "tableParts")[0], "tablePart")) {
    const rel = rels.find((r) => attrOf(r, "Id") === rId(tp));
    const table = rel ? parts.xml.get(resolve(part, attrOf(rel, "Target") ?? "")) : undefined;
    const m = table ? /^([A-Z]+)(\d+):/.exec(attrOf(table, "ref") ?? "") : null;
    if (!table || !m) continue;
    const first = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = kids(kids(ws, "sheetData")[0], "row").find((r) => attrOf(r, "r") === m[2]);
    kids(kids(table, "tableColumns")[0], "tableColumn").forEach((col, i) => {
      const ref = `${String.fromCharCode(64 + first + i)}${m[2]}`;
      const c = row ? kids(row, "c").find((x) => attrOf(x, "r") === ref) : undefined;
      const v = c ? kids(c, "v")[0]?.text : undefined;
      const t = c ? attrOf(c, "t") : undefined;
      const text =
        t === "s" && v !== undefined
          ? textOf(kids(sst, "si")[Number(v)] ?? ({ local: "", children: [] } as unknown as XmlNode))
          : t === "inlineStr" && c
            ? textOf(kids(c, "is")[0])
            : (v ?? "");
      if (text !== attrOf(col, "name"))
        problems.push(`${part}: table header ${ref} "${text}" is not column "${attrOf(col, "name")}"`);
    });
  }
}

/** Every problem found, as "part: what"; empty when the package passes. */
export function crossPartProblems(parts: PackageParts): string[] {
  const problems: string[] = [];
  checkRelationships(parts, problems);
  const wbRel = kids(parts.xml.get("_rels/.rels"), "Relationship").find((r) =>
    (attrOf(r, "Type") ?? "").endsWith("/officeDocument"),
  );
  const wbPath = resolve("", attrOf(wbRel ?? ({ attrs: {} } as XmlNode), "Target") ?? "xl/workbook.xml");
  const wb = parts.xml.get(wbPath);
  if (!wb) return [...problems, `${wbPath}: no workbook part`];
  const relsName = `${path.posix.dirname(wbPath)}/_rels/${path.posix.basename(wbPath)}.rels`;
  const rels = new Map(kids(parts.xml.get(relsName), "Relationship").map((r) => [attrOf(r, "Id"), r]));
  const target = (type: string) => {
    const r = [...rels.values()].find((x) => (attrOf(x, "Type") ?? "").endsWith(`/${type}`));
    return r ? resolve(wbPath, attrOf(r, "Target") ?? "") : undefined;
  };
  const stylesPath = target("styles");
  const st = checkStyles(stylesPath ? parts.xml.get(stylesPath) : undefined, problems);
  const sstPath = target("sharedStrings");
  const strings = sstPath ? kids(parts.xml.get(sstPath), "si").length : 0;
  const sheetEls = kids(kids(wb, "sheets")[0], "sheet");
  const names = new Set<string>();
  const ids = new Set<string>();
  for (const s of sheetEls) {
    const n = (attrOf(s, "name") ?? "").toLowerCase();
    if (names.has(n)) problems.push(`workbook: duplicate sheet name "${attrOf(s, "name")}"`);
    names.add(n);
    const id = attrOf(s, "sheetId") ?? "";
    if (ids.has(id)) problems.push(`workbook: duplicate sheetId ${id}`);
    ids.add(id);
  }
  for (const dn of kids(kids(wb, "definedNames")[0], "definedName")) {
    const local = attrOf(dn, "localSheetId");
    if (local !== undefined && Number(local) >= sheetEls.length)
      problems.push(
        `workbook: name ${attrOf(dn, "name")} localSheetId ${local} of ${sheetEls.length} sheets`,
      );
    for (const s of referencedSheets(dn.text))
      if (!names.has(s.toLowerCase()))
        problems.push(`workbook: name ${attrOf(dn, "name")} refers to missing sheet "${s}"`);
  }
  checkExtLst("workbook", wb, problems);
  for (const s of sheetEls) {
    const rel = rels.get(rId(s) ?? "");
    if (!rel) {
      problems.push(`workbook: sheet "${attrOf(s, "name")}" has no relationship`);
      continue;
    }
    const part = resolve(wbPath, attrOf(rel, "Target") ?? "");
    const ws = parts.xml.get(part);
    if (ws && ws.local === "worksheet" && ws.ns === MAIN) {
      checkSheet(part, ws, st, names, strings, problems);
      checkTables(parts, part, ws, sstPath ? parts.xml.get(sstPath) : undefined, problems);
    }
  }
  const appRel = kids(parts.xml.get("_rels/.rels"), "Relationship").find((r) =>
    (attrOf(r, "Type") ?? "").endsWith("/extended-properties"),
  );
  if (appRel)
    checkApp(
      parts.xml.get(resolve("", attrOf(appRel, "Target") ?? "")),
      sheetEls.map((s) => attrOf(s, "name") ?? ""),
      problems,
    );
  return problems;
}

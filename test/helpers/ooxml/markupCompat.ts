/**
 * Markup Compatibility (ECMA-376 Part 3) as Excel applies it before reading a part, so that the
 * result can be checked against the ECMA schemas: attributes and elements of namespaces listed in
 * mc:Ignorable are dropped, mc:AlternateContent is replaced by its first Choice whose Requires are
 * all understood (else its Fallback), and xml:space is dropped (the schemas do not declare it).
 * The output is the cleaned text, and a small tree of it for the cross-part checks.
 */
import { SaxesParser, type SaxesTagNS } from "saxes";

export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const UNDERSTOOD_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** Namespaces the schemas in schemas/ooxml describe: anything else is "not understood". */
export const UNDERSTOOD = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://schemas.openxmlformats.org/package/2006/relationships",
  "http://schemas.openxmlformats.org/package/2006/content-types",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
  "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
  "http://schemas.openxmlformats.org/officeDocument/2006/sharedTypes",
  "http://schemas.openxmlformats.org/drawingml/2006/main",
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  "http://schemas.openxmlformats.org/drawingml/2006/chart",
  "http://schemas.openxmlformats.org/drawingml/2006/picture",
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/2000/xmlns/",
  MC_NS,
]);

export interface XmlNode {
  readonly ns: string;
  readonly local: string;
  /** Attributes by qualified name, as written (namespace declarations left out). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
  text: string;
}

export interface Cleaned {
  readonly xml: string;
  readonly root: XmlNode;
}

const esc = (s: string, attr: boolean) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, attr ? "&quot;" : '"');

interface Frame {
  /** Drop this element and everything in it. */
  readonly skip: boolean;
  /** Emit the children only (mc:Choice/Fallback chosen, AlternateContent itself). */
  readonly unwrap: boolean;
  readonly ignorable: ReadonlySet<string>;
  readonly node?: XmlNode;
  /** For an AlternateContent: a branch was already taken. */
  chosen: boolean;
}

/** Throws when `xml` is not well-formed. */
export function applyMarkupCompatibility(xml: string): Cleaned {
  const parser = new SaxesParser({ xmlns: true });
  const stack: Frame[] = [];
  let out = "";
  let root: XmlNode | undefined;
  let error: Error | undefined;
  parser.on("error", (e) => (error ??= e));
  parser.on("opentag", (tag: SaxesTagNS) => {
    const parent = stack[stack.length - 1];
    const uri = tag.uri ?? "";
    const ignorable = new Set(parent?.ignorable ?? []);
    const ign =
      tag.attributes["mc:Ignorable"] ??
      Object.values(tag.attributes).find((a) => a.uri === MC_NS && a.local === "Ignorable");
    for (const p of (ign?.value ?? "").split(/\s+/).filter(Boolean)) {
      const ns = tag.ns[p] ?? parser.resolve(p);
      if (ns) ignorable.add(ns);
    }
    // An extension's content is any element (processContents="lax"): Excel understands its
    // namespaces even when the part lists them as ignorable, so it stays.
    const inExt = parent?.node?.local === "ext" && parent.node.ns === UNDERSTOOD_MAIN;
    let skip = !!parent?.skip || (ignorable.has(uri) && !UNDERSTOOD.has(uri) && !inExt);
    let unwrap = false;
    if (!skip && uri === MC_NS) {
      unwrap = true;
      if (tag.local === "Choice" || tag.local === "Fallback") {
        const requires = (tag.attributes["Requires"]?.value ?? "").split(/\s+/).filter(Boolean);
        const ok =
          tag.local === "Fallback" ||
          requires.every((p) => UNDERSTOOD.has(tag.ns[p] ?? parser.resolve(p) ?? ""));
        if (!ok || parent?.chosen) skip = true;
        else if (parent) parent.chosen = true;
      }
    }
    const frame: Frame = { skip, unwrap, ignorable, chosen: false };
    if (skip || unwrap) {
      stack.push(frame);
      return;
    }
    const attrs: Record<string, string> = {};
    let text = `<${tag.name}`;
    for (const a of Object.values(tag.attributes)) {
      const isDecl = a.prefix === "xmlns" || a.name === "xmlns";
      if (
        !isDecl &&
        (a.uri === MC_NS || (a.uri === "http://www.w3.org/XML/1998/namespace" && a.local === "space"))
      )
        continue;
      if (!isDecl && a.uri && ignorable.has(a.uri) && !UNDERSTOOD.has(a.uri)) continue;
      text += ` ${a.name}="${esc(a.value, true)}"`;
      if (!isDecl) attrs[a.name] = a.value;
    }
    out += text + ">";
    const node: XmlNode = { ns: uri, local: tag.local, attrs, children: [], text: "" };
    const holder = [...stack].reverse().find((f) => f.node);
    if (holder) holder.node!.children.push(node);
    else root ??= node;
    stack.push({ ...frame, node });
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (!top || top.skip) return;
    const holder = [...stack].reverse().find((f) => f.node);
    if (holder && !top.unwrap) holder.node!.text += t;
    out += esc(t, false);
  });
  parser.on("closetag", (tag) => {
    const frame = stack.pop();
    if (frame && !frame.skip && !frame.unwrap) out += `</${tag.name}>`;
  });
  parser.write(xml).close();
  if (error) throw error;
  if (!root) throw new Error("no document element");
  return { xml: '<?xml version="1.0" encoding="UTF-8"?>\n' + out, root };
}

/** Direct children of `n` with namespace `ns` and local name `local`. */
export function kids(n: XmlNode | undefined, local: string, ns = n?.ns): XmlNode[] {
  return n ? n.children.filter((c) => c.local === local && c.ns === ns) : [];
}

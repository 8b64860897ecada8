/**
 * Namespace-aware lookups of an element's children. Matching tags by local name alone confuses a
 * main-namespace `<conditionalFormatting>` with the `<x14:conditionalFormatting>` Excel 2010+
 * writes inside `<extLst>`; where element order matters (inserting into a schema sequence) we walk
 * only the direct children and resolve each one's namespace from the declarations in scope.
 */
import type { Element } from "./xml";

/** SpreadsheetML's main namespace, transitional and strict. */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const MAIN_NS_STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

export function isMainNs(uri: string | undefined): boolean {
  return uri === MAIN_NS || uri === MAIN_NS_STRICT;
}

/** Prefix ("" for the default namespace) -> URI. */
export type NsScope = ReadonlyMap<string, string>;

const XMLNS_RE = /\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** `scope` extended with the declarations of one start tag. */
export function declare(scope: NsScope, tag: string): NsScope {
  if (tag.indexOf("xmlns") < 0) return scope;
  const out = new Map(scope);
  XMLNS_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = XMLNS_RE.exec(tag))) out.set(m[1] ?? "", m[2] ?? m[3] ?? "");
  return out;
}

export interface Child extends Element {
  readonly local: string;
  /** The element's namespace URI ("" when unbound). */
  readonly ns: string;
}

export interface Root extends Child {
  /** Declarations in scope inside the root. */
  readonly scope: NsScope;
  /** Offset just after the root's start tag. */
  readonly innerStart: number;
}

// A start, end or empty tag; or a comment, CDATA section, processing instruction or declaration.
const TOKEN_RE =
  /<(\/?)([\w.-]+:)?([\w.-]+)\b[^>]*?(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>/g;

function nsOf(scope: NsScope, prefix: string | undefined): string {
  return scope.get(prefix ? prefix.slice(0, -1) : "") ?? "";
}

/** The document element, with the namespaces it declares. */
export function rootElement(xml: string): Root | undefined {
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(xml))) {
    if (m[3] === undefined || m[1] === "/") continue;
    const tag = m[0];
    const scope = declare(new Map(), tag);
    const innerStart = m.index + tag.length;
    const close = xml.lastIndexOf("</");
    const end = m[4] === "/" ? innerStart : xml.indexOf(">", close) + 1;
    const inner = m[4] === "/" ? "" : xml.slice(innerStart, close);
    return { start: m.index, end, tag, inner, local: m[3], ns: nsOf(scope, m[2]), scope, innerStart };
  }
  return undefined;
}

/**
 * The direct children of the element whose content starts at `from` (just after its start tag),
 * up to its end tag. Offsets are into `xml`.
 */
export function childElements(
  xml: string,
  from: number,
  scope: NsScope,
  /**
   * Children whose content is jumped to their end tag rather than read token by token: elements
   * that never nest themselves, such as a worksheet's sheetData (most of a large sheet's bytes).
   */
  skip?: ReadonlySet<string>,
): Child[] {
  const out: Child[] = [];
  TOKEN_RE.lastIndex = from;
  let depth = 0;
  let open: { start: number; tag: string; local: string; ns: string; innerStart: number } | undefined;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(xml))) {
    if (m[3] === undefined) continue;
    const closing = m[1] === "/";
    const empty = m[4] === "/";
    if (depth === 0) {
      if (closing) break; // the parent's end tag
      const tag = m[0];
      const ns = nsOf(declare(scope, tag), m[2]);
      const end = m.index + tag.length;
      if (empty) out.push({ start: m.index, end, tag, inner: "", local: m[3], ns });
      else {
        open = { start: m.index, tag, local: m[3], ns, innerStart: end };
        depth = 1;
        if (skip?.has(m[3])) {
          const close = new RegExp(`</(?:[\\w.-]+:)?${m[3]}\\s*>`, "g");
          close.lastIndex = end;
          const at = close.exec(xml);
          if (at) TOKEN_RE.lastIndex = at.index;
        }
      }
      continue;
    }
    if (closing) depth--;
    else if (!empty) depth++;
    if (depth === 0 && open) {
      const end = m.index + m[0].length;
      out.push({ ...open, end, inner: xml.slice(open.innerStart, m.index) });
      open = undefined;
    }
  }
  return out;
}

/** The root's children in the main namespace named `local`. */
export function mainChildren(xml: string, local: string, root = rootElement(xml)): Child[] {
  if (!root) return [];
  return childElements(xml, root.innerStart, root.scope).filter((c) => c.local === local && isMainNs(c.ns));
}

/** The first child of the root in the main namespace named `local`. */
export function mainChild(xml: string, local: string, root = rootElement(xml)): Child | undefined {
  return mainChildren(xml, local, root)[0];
}

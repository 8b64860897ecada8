/**
 * Just enough XML for the parts of an .xlsx we read and patch: attributes of one tag, entity
 * decoding and encoding, the OOXML `_xHHHH_` escape, and finding elements by local name whatever
 * namespace prefix the producer used (`<c>` or `<x:c>`).
 */

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

export function decodeXml(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_, e: string) => {
    switch (e) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

// Characters XML 1.0 cannot hold even escaped; OOXML writes them as _xHHHH_.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Text for element content or an attribute value. */
// eslint-disable-next-line no-control-regex
const NEEDS_ENCODING = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

export function encodeXml(s: string): string {
  // Most text (numbers, names, formulas without quotes) needs nothing: skip the five passes.
  if (!NEEDS_ENCODING.test(s)) return s;
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(XML_INVALID, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** Cell text for a string item: also protects a literal "_x0041_" from being read as an escape. */
export function encodeCellText(s: string): string {
  return encodeXml(s.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1"));
}

/** Reverses the OOXML `_xHHHH_` escape in string items. */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

const attrRes = new Map<string, RegExp>();

export function attr(tag: string, name: string): string | undefined {
  let re = attrRes.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name.replace(".", "\\.")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrRes.set(name, re);
  }
  const m = re.exec(tag);
  return m ? decodeXml(m[1] ?? m[2] ?? "") : undefined;
}

/** Sets (or adds) an attribute in a start tag's text such as `<row r="3" spans="1:4">`. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const enc = encodeXml(value);
  if (re.test(tag)) return tag.replace(re, `$1"${enc}"`);
  return tag.replace(/\s*(\/?>)$/, ` ${name}="${enc}"$1`);
}

/** Removes an attribute from a start tag's text. */
export function removeAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

/** The namespace prefix of the document's root element, with its colon ("" for none). */
export function rootPrefix(xml: string): string {
  const m = /<(?!\?|!)([\w.-]+:)?[\w.-]+[\s>/]/.exec(xml);
  return m?.[1] ?? "";
}

export interface Element {
  /** Offsets of the whole element in the text. */
  readonly start: number;
  readonly end: number;
  /** The start tag, e.g. `<sheet name="A" r:id="rId1"/>`. */
  readonly tag: string;
  /** Text between the start and end tags ("" for an empty element). */
  readonly inner: string;
}

/**
 * Elements with local name `name` in `xml` from `from`, that do not nest in themselves
 * (true of every element we look for). Any namespace prefix matches.
 */
export function elements(xml: string, name: string, from = 0, to = xml.length, limit = Infinity): Element[] {
  const out: Element[] = [];
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])[^>]*>`, "g");
  const close = new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>`, "g");
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = re.exec(xml)) && m.index < to) {
    const tag = m[0];
    const start = m.index;
    if (tag.endsWith("/>")) {
      out.push({ start, end: start + tag.length, tag, inner: "" });
      continue;
    }
    close.lastIndex = re.lastIndex;
    const c = close.exec(xml);
    if (!c) break;
    out.push({ start, end: c.index + c[0].length, tag, inner: xml.slice(re.lastIndex, c.index) });
    re.lastIndex = c.index + c[0].length;
  }
  return out;
}

/** The first element `name`, or undefined. */
export function element(xml: string, name: string, from = 0): Element | undefined {
  return elements(xml, name, from, xml.length, 1)[0];
}

/** The text of every `<t>` in a string item (`<si>` or `<is>`), leaving out phonetic runs. */
export function itemText(inner: string): string {
  const body =
    inner.indexOf("rPh") >= 0 ? inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "") : inner;
  let text = "";
  const re = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) text += m[1] ?? "";
  return decodeOoxmlEscapes(decodeXml(text));
}

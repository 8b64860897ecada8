/**
 * The package around the workbook (Open Packaging Conventions): parts by path, relationships and
 * content types. Parts are decoded only when asked for and re-encoded only when changed.
 */
import * as path from "path";
import { attr, elements, encodeXml } from "./xml";
import { deflateEntry, entryData, readZip, writeZip, type ZipEntry } from "./zip";

export interface Relationship {
  readonly id: string;
  /** The type URI; compare with relType(), which also accepts Strict OOXML's URIs. */
  readonly type: string;
  /** The target part's path inside the package (no leading "/"), or the external target as is. */
  readonly target: string;
  readonly external: boolean;
}

/** True when a relationship type URI ends in `/kind` (transitional or strict namespaces alike). */
export function relType(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

/** The rels part holding the relationships of `part` ("" for the package itself). */
export function relsPath(part: string): string {
  const dir = path.posix.dirname(part);
  return part === ""
    ? "_rels/.rels"
    : `${dir === "." ? "" : dir + "/"}_rels/${path.posix.basename(part)}.rels`;
}

function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const dir = source === "" ? "" : path.posix.dirname(source);
  return path.posix.normalize(path.posix.join(dir === "." ? "" : dir, target)).replace(/^\/+/, "");
}

export class Package {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();
  /** Part names as stored (zip names are case-sensitive, OPC part names are not). */
  private readonly byLower = new Map<string, string>();

  constructor(buf: Buffer) {
    for (const e of readZip(buf)) {
      this.entries.set(e.name, e);
      this.byLower.set(e.name.toLowerCase(), e.name);
    }
  }

  private stored(part: string): string | undefined {
    return this.entries.has(part) ? part : this.byLower.get(part.toLowerCase());
  }

  has(part: string): boolean {
    return this.stored(part) !== undefined;
  }

  /** A part as UTF-8 text (BOM dropped), or undefined when absent. */
  text(part: string): string | undefined {
    const name = this.stored(part);
    if (name === undefined) return undefined;
    let t = this.texts.get(name);
    if (t === undefined) {
      t = entryData(this.entries.get(name)!).toString("utf8");
      if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
      this.texts.set(name, t);
    }
    return t;
  }

  /** Replaces or adds a part. */
  setText(part: string, text: string): void {
    const name = this.stored(part) ?? part;
    if (!this.entries.has(name)) {
      // A placeholder: changed parts are deflated from their text when the package is written.
      this.entries.set(name, { name, method: 8, crc: 0, size: 0, raw: Buffer.alloc(0) });
      this.byLower.set(name.toLowerCase(), name);
    }
    this.texts.set(name, text);
    this.changed.add(name);
  }

  /** Frees the decoded text of an unchanged part (large sheets are read once). */
  forget(part: string): void {
    const name = this.stored(part);
    if (name !== undefined && !this.changed.has(name)) this.texts.delete(name);
  }

  remove(part: string): void {
    const name = this.stored(part);
    if (name === undefined) return;
    this.entries.delete(name);
    this.texts.delete(name);
    this.changed.delete(name);
    this.byLower.delete(name.toLowerCase());
  }

  relationships(part: string): Relationship[] {
    const xml = this.text(relsPath(part));
    if (xml === undefined) return [];
    return elements(xml, "Relationship").map((e) => {
      const external = attr(e.tag, "TargetMode") === "External";
      const target = attr(e.tag, "Target") ?? "";
      return {
        id: attr(e.tag, "Id") ?? "",
        type: attr(e.tag, "Type") ?? "",
        target: external ? target : resolveTarget(part, target),
        external,
      };
    });
  }

  /** Adds a relationship from `part` to `target` (a package path) and returns its new id. */
  addRelationship(part: string, type: string, target: string): string {
    const file = relsPath(part);
    let xml =
      this.text(file) ??
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const used = new Set(this.relationships(part).map((r) => r.id));
    let n = used.size + 1;
    while (used.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const dir = path.posix.dirname(part);
    const rel = path.posix.relative(dir === "." ? "" : dir, target);
    const el = `<Relationship Id="${id}" Type="${encodeXml(type)}" Target="${encodeXml(rel)}"/>`;
    xml = xml.replace(/<\/(?:[\w.-]+:)?Relationships\s*>\s*$/, (close) => el + close);
    this.setText(file, xml);
    return id;
  }

  removeRelationship(part: string, id: string): void {
    const file = relsPath(part);
    const xml = this.text(file);
    if (xml === undefined) return;
    const el = elements(xml, "Relationship").find((e) => attr(e.tag, "Id") === id);
    if (el) this.setText(file, xml.slice(0, el.start) + xml.slice(el.end));
  }

  /** Declares the content type of a new part, or removes the declaration (type undefined). */
  setContentType(part: string, type: string | undefined): void {
    const file = "[Content_Types].xml";
    let xml = this.text(file);
    if (xml === undefined) return;
    const name = "/" + part;
    const old = elements(xml, "Override").find(
      (e) => (attr(e.tag, "PartName") ?? "").toLowerCase() === name.toLowerCase(),
    );
    if (old) xml = xml.slice(0, old.start) + xml.slice(old.end);
    if (type !== undefined) {
      const el = `<Override PartName="${encodeXml(name)}" ContentType="${encodeXml(type)}"/>`;
      xml = xml.replace(/<\/(?:[\w.-]+:)?Types\s*>\s*$/, (close) => el + close);
    }
    this.setText(file, xml);
  }

  /** The archive: unchanged parts copied byte for byte, changed ones deflated. */
  toBuffer(): Buffer {
    const out: ZipEntry[] = [];
    for (const [name, e] of this.entries) {
      out.push(this.changed.has(name) ? deflateEntry(name, this.texts.get(name)!) : e);
    }
    return writeZip(out);
  }
}

/**
 * A minimal zip reader and writer for .xlsx packages. Entries the run does not change are copied
 * into the output with their compressed bytes as they are (no inflate, no deflate): that is most of
 * a workbook, and why patching a package is cheaper than rebuilding it.
 *
 * Supports stored and deflated entries, no encryption, no zip64 (an .xlsx over 4 GB is refused).
 */
import * as zlib from "zlib";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly crc: number;
  readonly size: number;
  /** The entry's bytes as stored in the archive (compressed when method is 8). */
  readonly raw: Buffer;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;

export class ZipFormatError extends Error {}

/**
 * The most a part may expand to. A 50,000-row sheet is about 15 MB of XML; a part claiming more
 * than this is a damaged file or a zip bomb, and is refused before anything is inflated.
 */
export const MAX_PART_BYTES = 400 * 1024 * 1024;

/** A part larger than MAX_PART_BYTES, or one that inflates to more than its declared size. */
export class PartTooLargeError extends ZipFormatError {}

function findEnd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === END) return i;
  throw new ZipFormatError("no zip end-of-directory record");
}

/** The entries of a zip archive, in the order of its central directory. */
export function readZip(buf: Buffer): ZipEntry[] {
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  if (p === 0xffffffff || count === 0xffff) throw new ZipFormatError("zip64 archives are not supported");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("bad zip directory");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const csize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLen);
    if (flags & 1) throw new ZipFormatError(`zip entry ${name} is encrypted`);
    if (method !== 0 && method !== 8)
      throw new ZipFormatError(`zip entry ${name} uses compression ${method}`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL)
      throw new ZipFormatError(`bad zip entry ${name}`);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + csize > buf.length) throw new ZipFormatError(`zip entry ${name} is truncated`);
    entries.push({ name, method, crc, size, raw: buf.subarray(start, start + csize) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The uncompressed bytes of an entry. */
export function entryData(e: ZipEntry): Buffer {
  const mb = (n: number) =>
    n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MB` : `${Math.ceil(n / 1024)} KB`;
  if (e.size > MAX_PART_BYTES)
    throw new PartTooLargeError(
      `part ${e.name} expands to ${mb(e.size)}, more than the ${mb(MAX_PART_BYTES)} this tool reads (a damaged file or a zip bomb)`,
    );
  if (e.method === 0) return e.raw;
  let out: Buffer;
  try {
    // Never inflate past the declared size: a part that lies about its size cannot fill memory.
    out = zlib.inflateRawSync(e.raw, { maxOutputLength: Math.max(1, e.size) });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
      throw new PartTooLargeError(
        `part ${e.name} expands past its declared ${mb(e.size)} (a damaged file or a zip bomb)`,
      );
    throw new ZipFormatError(`zip entry ${e.name} is damaged`);
  }
  if (out.length !== e.size) throw new ZipFormatError(`zip entry ${e.name} has the wrong size`);
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 of the bytes (zlib's own when this Node has it). */
export function crc32(data: Buffer): number {
  const native = (zlib as unknown as { crc32?: (d: Buffer) => number }).crc32;
  if (native) return native(data) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A new deflated entry holding `data`. */
export function deflateEntry(name: string, data: Buffer | string): ZipEntry {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  return {
    name,
    method: 8,
    crc: crc32(bytes),
    size: bytes.length,
    raw: zlib.deflateRawSync(bytes, { level: 6 }),
  };
}

/** DOS time and date of 1980-01-01 00:00: fixed, so that the same edit gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** Version needed, flags (UTF-8 names), method, time, date, CRC, sizes, name length: 24 bytes at `at`. */
function writeEntryFields(b: Buffer, at: number, e: ZipEntry, nameLength: number): void {
  b.writeUInt16LE(20, at);
  b.writeUInt16LE(0x800, at + 2);
  b.writeUInt16LE(e.method, at + 4);
  b.writeUInt16LE(DOS_TIME, at + 6);
  b.writeUInt16LE(DOS_DATE, at + 8);
  b.writeUInt32LE(e.crc, at + 10);
  b.writeUInt32LE(e.raw.length, at + 14);
  b.writeUInt32LE(e.size, at + 18);
  b.writeUInt16LE(nameLength, at + 22);
}

/** The archive holding `entries`, in order. */
export function writeZip(entries: readonly ZipEntry[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    // The local header and the directory record share the fields from "version needed" to the name's
    // length; the directory record has "version made by" in front of them.
    const head = Buffer.alloc(30);
    head.writeUInt32LE(LOCAL, 0);
    writeEntryFields(head, 4, e, name.length);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    writeEntryFields(dir, 6, e, name.length);
    dir.writeUInt32LE(offset, 42);
    parts.push(head, name, e.raw);
    central.push(dir, name);
    offset += 30 + name.length + e.raw.length;
    if (offset > 0xffffffff) throw new ZipFormatError("the workbook would exceed 4 GB");
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(END, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

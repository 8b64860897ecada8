/** A one-line error naming the file, e.g. "in.xlsx: not an .xlsx workbook". */
export class XlsxError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    /** The underlying library message, for debugging; not part of `message`. */
    readonly detail?: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "XlsxError";
  }
}

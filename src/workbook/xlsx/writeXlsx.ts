/** Writes an ExcelJS-backed document to a file or a buffer. */
import { promises as fs } from "fs";
import * as path from "path";
import type { XlsxDocument } from "./readXlsx";

/** The workbook as .xlsx bytes. */
export async function toBuffer(doc: XlsxDocument): Promise<Buffer> {
  const out = await doc.workbook.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/**
 * Saves the workbook to `file`. It is written to a temporary file in the same folder first and then
 * renamed, so a failed write never leaves a half-written workbook in place of a good one.
 */
export async function saveXlsx(doc: XlsxDocument, file: string): Promise<void> {
  const buf = await toBuffer(doc);
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, buf);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(`${file}: cannot write (${code ?? (e instanceof Error ? e.message : String(e))})`);
  }
}

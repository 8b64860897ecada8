/** Writes an ExcelJS-backed document to a file or a buffer. */
import { writeWorkbookFile } from "../files";
import type { XlsxDocument } from "./readXlsx";

/** The workbook as .xlsx bytes. */
export async function toBuffer(doc: XlsxDocument): Promise<Buffer> {
  const out = await doc.workbook.xlsx.writeBuffer();
  return Buffer.from(out as ArrayBuffer);
}

/** Saves the workbook to `file` (through a temporary file and a rename). */
export async function saveXlsx(doc: XlsxDocument, file: string): Promise<void> {
  await writeWorkbookFile(file, await toBuffer(doc));
}

/** Reading and writing workbook files, with one-line errors that name the file. Shared by the adapters. */
import { promises as fs } from "fs";
import * as path from "path";
import { XlsxError } from "./xlsxError";

/** The bytes of `file`; rejects with an XlsxError naming the file and the reason. */
export async function readWorkbookFile(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new XlsxError(file, "file not found");
    if (code === "EISDIR") throw new XlsxError(file, "is a directory, not an .xlsx workbook");
    if (code === "EACCES" || code === "EPERM") throw new XlsxError(file, "permission denied");
    const why = code ?? (e instanceof Error ? e.message.split("\n")[0] : String(e));
    throw new XlsxError(file, `cannot read file (${why})`);
  }
}

/**
 * Writes `buf` to `file` through a temporary file in the same folder and a rename, so a failed
 * write never leaves a half-written workbook in place of a good one.
 */
export async function writeWorkbookFile(file: string, buf: Buffer): Promise<void> {
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

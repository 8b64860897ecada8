/** Writes a package document to a file (through a temporary file and a rename) or a buffer. */
import { writeWorkbookFile } from "../files";
import type { PackageDocument } from "./readPackage";

export function packageBuffer(doc: PackageDocument): Buffer {
  return doc.pkg.toBuffer();
}

export async function savePackage(doc: PackageDocument, file: string): Promise<void> {
  await writeWorkbookFile(file, packageBuffer(doc));
}

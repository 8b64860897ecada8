/** A problem with one file, reported as one line naming it; the other files go on. */
export class FileError extends Error {}

/** The one line for a file's failure: our own messages as they are, anything else cut to its first line. */
export function problemLine(input: string, e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return e instanceof FileError || msg.includes(input) ? msg : `${input}: ${msg.split("\n")[0]}`;
}

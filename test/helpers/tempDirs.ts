/**
 * Temporary folders for tests, removed after each test file (test/helpers/cleanupAfterAll.ts is a
 * setupFilesAfterEnv of every Jest config): a test run leaves nothing behind in the system's temp
 * folder, whichever test fails or is skipped.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const dirs: string[] = [];
const cleanups: (() => void | Promise<void>)[] = [];

export function makeTempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** Work to do after the test file besides removing folders (e.g. LibreOffice's profile). */
export function onCleanup(fn: () => void | Promise<void>): void {
  if (!cleanups.includes(fn)) cleanups.push(fn);
}

export async function cleanupTempDirs(): Promise<void> {
  for (const fn of cleanups.splice(0)) await fn();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Runs the command line as a user does: compiled JavaScript in a child process. */
import { execFileSync, spawnSync, type SpawnSyncOptions } from "child_process";
import * as path from "path";
import { repoRoot } from "../helpers/evaluateFile";

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * Compiles src/cli into a folder of this test file's own, so the tests check the sources as they
 * are now and never rewrite build/cli under an installed `pse` or another test file's build.
 */
export function buildCli(name: string): string {
  const outDir = path.join(repoRoot, "build", "test-cli", name);
  execFileSync("npx", ["tsc", "-p", "tsconfig.cli.json", "--outDir", outDir], {
    cwd: repoRoot,
    stdio: "pipe",
  });
  return path.join(outDir, "src", "cli", "main.js");
}

export function runCli(main: string, args: readonly string[], options: SpawnSyncOptions = {}): CliRun {
  const r = spawnSync("node", [main, ...args], { cwd: repoRoot, encoding: "utf8", ...options });
  return { code: r.status ?? -1, out: String(r.stdout), err: String(r.stderr) };
}

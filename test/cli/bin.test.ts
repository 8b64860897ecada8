/**
 * The installed command: package.json's bin, built once by `prepare` (npm install / npm ci), runs
 * as compiled JavaScript with nothing compiled at run time, so parallel runs cannot race a build.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { repoRoot, samplePath, tempDir } from "../helpers/evaluateFile";
import { runCli } from "./run";

const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
  version: string;
  bin: Record<string, string>;
  scripts: Record<string, string>;
};
const entry = path.join(repoRoot, pkg.bin.pse);
const linked = path.join(repoRoot, "node_modules", ".bin", "pse");

/** Every file under build/cli with its modification time: a compile would change them. */
function snapshot(dir: string): Record<string, number> {
  const files: Record<string, number> = {};
  const walk = (d: string): void => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files[path.relative(dir, p)] = fs.statSync(p).mtimeMs;
    }
  };
  walk(dir);
  return files;
}

beforeAll(() => {
  if (!fs.existsSync(entry))
    throw new Error(
      `${pkg.bin.pse} is missing: npm install (or npm ci) builds it through its prepare script`,
    );
});

test("package.json: bin pse is the compiled entry, built by prepare; cli and demo do not compile", () => {
  expect(pkg.bin).toEqual({ pse: "build/cli/src/cli/main.js" });
  expect(pkg.scripts.prepare).toMatch(/build:cli/);
  for (const name of ["cli", "demo"]) expect(pkg.scripts[name]).not.toMatch(/tsc|build/);
  expect(pkg.scripts.cli).toBe("pse");
  expect(fs.readFileSync(entry, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  expect(fs.statSync(entry).mode & 0o111).not.toBe(0);
  expect(fs.realpathSync(linked)).toBe(fs.realpathSync(entry));
});

test("node_modules/.bin/pse and npx pse run the compiled file without compiling anything", () => {
  const buildDir = path.join(repoRoot, "build", "cli");
  const before = snapshot(buildDir);
  const version = spawnSync(linked, ["--version"], { cwd: repoRoot, encoding: "utf8" });
  expect(version.status).toBe(0);
  expect(version.stdout).toBe(`${pkg.version}\n`);
  const dir = tempDir("pse-bin-");
  const npx = spawnSync(
    "npx",
    ["--no-install", "pse", "evaluate", samplePath, "--out", path.join(dir, "o.xlsx"), "--json"],
    {
      cwd: repoRoot,
      encoding: "utf8",
    },
  );
  expect(npx.status).toBe(0);
  expect(JSON.parse(npx.stdout).evaluations[0].totalScore).toBe(88.48);
  expect(snapshot(buildDir)).toEqual(before);
});

test("the entry also runs through node directly, as the benchmarks call it", () => {
  const r = runCli(entry, ["--version"]);
  expect(r).toEqual({ code: 0, out: `${pkg.version}\n`, err: "" });
});

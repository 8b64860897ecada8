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

/**
 * Every Node process the command starts, as its argv, one JSON line each: a preloaded module (inherited
 * through NODE_OPTIONS by npx, npm and whatever they start) writes it. A compile step would show as a
 * process running TypeScript; watching build/cli's files instead would also see another test's build.
 */
function nodeProcesses(run: (env: NodeJS.ProcessEnv) => void): string[][] {
  const dir = tempDir("pse-procs-");
  const log = path.join(dir, "argv.log");
  const hook = path.join(dir, "hook.js");
  fs.writeFileSync(
    hook,
    `require("fs").appendFileSync(${JSON.stringify(log)}, JSON.stringify(process.argv) + "\\n");\n`,
  );
  run({ ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${hook}`.trim() });
  return fs.existsSync(log)
    ? fs
        .readFileSync(log, "utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l) as string[])
    : [];
}

beforeAll(() => {
  if (!fs.existsSync(entry))
    throw new Error(
      `${pkg.bin.pse} is missing: npm install (or npm ci) builds it through its prepare script`,
    );
});

test("package.json: bin pse is the compiled entry, built by prepare; cli and demo do not compile", () => {
  expect(pkg.bin).toEqual({ pse: "build/cli/src/cli/main.js" });
  expect(pkg.scripts.prepare).toMatch(/build-cli-if-stale/);
  for (const name of ["cli", "demo"]) expect(pkg.scripts[name]).not.toMatch(/tsc|build/);
  expect(pkg.scripts.cli).toBe("pse");
  expect(fs.readFileSync(entry, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
  expect(fs.statSync(entry).mode & 0o111).not.toBe(0);
  expect(fs.realpathSync(linked)).toBe(fs.realpathSync(entry));
});

test("node_modules/.bin/pse and npx pse run the compiled file without compiling anything", () => {
  const dir = tempDir("pse-bin-");
  const runs = nodeProcesses((env) => {
    const version = spawnSync(linked, ["--version"], { cwd: repoRoot, encoding: "utf8", env });
    expect(version.status).toBe(0);
    expect(version.stdout).toBe(`${pkg.version}\n`);
    const npx = spawnSync(
      "npx",
      ["--no-install", "pse", "evaluate", samplePath, "--out", path.join(dir, "o.xlsx"), "--json"],
      { cwd: repoRoot, encoding: "utf8", env },
    );
    expect(npx.status).toBe(0);
    expect(JSON.parse(npx.stdout).evaluations[0].totalScore).toBe(88.48);
  });
  // The command ran (twice: the linked bin, then through npx), and nothing ran TypeScript.
  // npx runs the project's bin from its own copy of the project in npm's cache (it installs the
  // project there, running `prepare`, which compiles only what is stale).
  const pse = (a: string): boolean => a === linked || a === entry || a.endsWith("/node_modules/.bin/pse");
  expect(runs.filter((argv) => argv.some(pse))).toHaveLength(2);
  expect(runs.filter((argv) => argv.some((a) => /typescript|[/\\]tsc(\.js)?$|ts-node/.test(a)))).toEqual([]);
});

test("the entry also runs through node directly, as the benchmarks call it", () => {
  const r = runCli(entry, ["--version"]);
  expect(r).toEqual({ code: 0, out: `${pkg.version}\n`, err: "" });
});

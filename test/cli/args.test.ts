/** The argument parser in-process: help, version, suggestions, usage errors exit 2, options as given. */
import * as fs from "fs";
import * as path from "path";
import { parseArgs, type Command } from "../../src/cli/args";
import { repoRoot } from "../helpers/evaluateFile";

function parse(...argv: string[]): { cmd: Command; out: string; err: string } {
  let out = "";
  let err = "";
  const cmd = parseArgs(argv, { writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
  return { cmd, out, err };
}

const version = (
  JSON.parse(fs.readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string }
).version;

test("pse --help lists the commands and examples, on stdout, exit 0", () => {
  const r = parse("--help");
  expect(r.cmd).toEqual({ kind: "done", code: 0 });
  expect(r.err).toBe("");
  expect(r.out).toMatch(/^Usage: pse \[options\] \[command\]/);
  expect(r.out).toMatch(/evaluate \[options\] <inputs\.\.\.>/);
  expect(r.out).toMatch(/revert \[options\] <inputs\.\.\.>/);
  expect(r.out).toContain("Examples:");
  expect(parse("help", "evaluate").out).toMatch(/^Usage: pse evaluate/);
});

test("pse evaluate --help explains every option, the default output name, exit codes and examples", () => {
  const r = parse("evaluate", "--help");
  expect(r.cmd).toEqual({ kind: "done", code: 0 });
  for (const option of [
    "--out",
    "--report",
    "--rules",
    "--lang",
    "--no-summary",
    "--overwrite",
    "--force",
    "--json",
    "--quiet",
  ])
    expect(r.out).toMatch(new RegExp(`${option}\\b.*\\S`));
  expect(r.out).toContain("NAME.evaluated.xlsx");
  expect(r.out).toContain("--rules <name|file.json>");
  expect(r.out).toContain("pse rules lists them");
  expect(r.out).toMatch(/Exit codes: 0 .*, 1 .*, 2 usage error/);
  expect(r.out).toMatch(/Examples:\n\s+\$ pse evaluate/);
  expect(parse("revert", "--help").out).toContain("NAME.reverted.xlsx");
});

test("pse --version prints package.json's version", () => {
  const r = parse("--version");
  expect(r.cmd).toEqual({ kind: "done", code: 0 });
  expect(r.out).toBe(`${version}\n`);
});

test("no arguments: usage on stderr, nothing on stdout, exit 2", () => {
  const r = parse();
  expect(r.cmd).toEqual({ kind: "done", code: 2 });
  expect(r.out).toBe("");
  expect(r.err).toMatch(/^Usage: pse/);
});

test("mistyped options and commands get a suggestion and exit 2", () => {
  const option = parse("evaluate", "in.xlsx", "--ovewrite");
  expect(option.cmd).toEqual({ kind: "done", code: 2 });
  expect(option.err).toMatch(/unknown option '--ovewrite'\n\(Did you mean --overwrite\?\)/);
  const command = parse("evalute", "in.xlsx");
  expect(command.cmd).toEqual({ kind: "done", code: 2 });
  expect(command.err).toMatch(/unknown command 'evalute'\n\(Did you mean evaluate\?\)/);
  // A pack name or file is resolved by the command (it may be a file): see cli.test.ts.
  expect(parse("rules").cmd).toEqual({ kind: "rules" });
  expect(parse("evaluate", "in.xlsx", "--lang", "fr").cmd).toEqual({ kind: "done", code: 2 });
  expect(parse("evaluate").err).toMatch(/missing required argument 'inputs'/);
  expect(parse("evaluate", "in.xlsx", "--out").err).toMatch(/option '-o, --out <path>' argument missing/);
});

test("every option reaches the command", () => {
  expect(parse("evaluate", "a.xlsx", "dir").cmd).toEqual({
    kind: "evaluate",
    inputs: ["a.xlsx", "dir"],
    docx: false,
    out: null,
    report: null,
    json: false,
    options: { rules: "mof2020", lang: "zh-CN", summary: true, overwrite: false },
    output: { force: false, quiet: false },
  });
  expect(
    parse(
      "evaluate",
      "a.xlsx",
      "--out",
      "o.xlsx",
      "--report",
      "r.json",
      "--docx",
      "r.docx",
      "--rules",
      "pass-fail",
      "--lang",
      "en-US",
      "--no-summary",
      "--overwrite",
      "--force",
      "--json",
      "--quiet",
    ).cmd,
  ).toEqual({
    kind: "evaluate",
    inputs: ["a.xlsx"],
    out: "o.xlsx",
    report: "r.json",
    docx: "r.docx",
    json: true,
    options: { rules: "pass-fail", lang: "en-US", summary: false, overwrite: true },
    output: { force: true, quiet: true },
  });
  expect(parse("evaluate", "a.xlsx", "--review").cmd).toMatchObject({
    options: { rules: "mof2020", lang: "zh-CN", summary: true, overwrite: false, review: true },
  });
  expect(parse("revert", "o.xlsx", "-o", "back.xlsx", "-f").cmd).toEqual({
    kind: "revert",
    inputs: ["o.xlsx"],
    out: "back.xlsx",
    output: { force: true, quiet: false },
  });
});

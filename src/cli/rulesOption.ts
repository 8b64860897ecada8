/**
 * --rules NAME | FILE.json: a shipped pack by name, or a pack file read and checked here (the
 * edge). A pack that fails its checks stops the run before any file is read or written.
 */
import * as fs from "fs";
import * as path from "path";
import type { RuleChoice } from "../core/evaluate/rules";
import { packNamed, shippedPacks } from "../core/rules/shipped";
import { readPack } from "../packs/readPack";
import { UsageError } from "./usageError";

export function resolveRules(arg: string): RuleChoice {
  if (packNamed(arg)) return arg;
  const looksLikeFile = /\.json$/i.test(arg) || arg.includes("/") || arg.includes(path.sep);
  if (!looksLikeFile || !fs.existsSync(arg)) {
    throw new UsageError(
      looksLikeFile
        ? `${arg}: rules file not found`
        : `--rules ${arg}: no such pack (shipped: ${shippedPacks.map((p) => p.name).join(", ")}; or give a .json rules file)`,
    );
  }
  let text: string;
  try {
    text = fs.readFileSync(arg, "utf8");
  } catch (e) {
    throw new UsageError(`${arg}: cannot read the rules file: ${e instanceof Error ? e.message : String(e)}`);
  }
  const read = readPack(text, arg);
  if (!read.ok) throw new UsageError(`rules file refused, nothing written:\n  ${read.problems.join("\n  ")}`);
  return read.pack;
}

/** `pse rules`: the shipped packs, one a line: name, then its source. */
export function rulesLines(): string[] {
  const width = Math.max(...shippedPacks.map((p) => p.name.length));
  return shippedPacks.map((p) => `${p.name.padEnd(width)}  ${p.source}`);
}

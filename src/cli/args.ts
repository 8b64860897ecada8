/** Command-line arguments, checked at the edge: a usage error names what is wrong. */
import { isRuleName } from "../core/evaluate/rules";
import type { RunOptions } from "../core/result";
import type { Lang } from "../core/types";

export type Command =
  | {
      readonly kind: "evaluate";
      readonly inputs: readonly string[];
      readonly out: string | null;
      readonly report: string | null;
      readonly options: RunOptions;
    }
  | { readonly kind: "revert"; readonly inputs: readonly string[]; readonly out: string | null }
  | { readonly kind: "help" };

export class UsageError extends Error {}

export const usage = `usage:
  cli evaluate IN.xlsx [IN2.xlsx | FOLDER ...] --out OUT(.xlsx | FOLDER) [--report REPORT.json]
                [--rules mof2020|pass-fail] [--lang zh-CN|en-US] [--no-summary] [--overwrite]
  cli revert IN.xlsx --out OUT.xlsx`;

export function parseArgs(argv: readonly string[]): Command {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === "--help" || cmd === "-h" || cmd === "help") return { kind: "help" };
  if (cmd !== "evaluate" && cmd !== "revert") throw new UsageError(`unknown command "${cmd}"`);
  const inputs: string[] = [];
  let out: string | null = null;
  let report: string | null = null;
  let rules: RunOptions["rules"] = "mof2020";
  let lang: Lang = "zh-CN";
  let summary = true;
  let overwrite = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined || v.startsWith("--")) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--out") out = value();
    else if (a === "--report") report = value();
    else if (a === "--rules") {
      const v = value();
      if (!isRuleName(v)) throw new UsageError(`--rules must be mof2020 or pass-fail, not "${v}"`);
      rules = v;
    } else if (a === "--lang") {
      const v = value();
      if (v !== "zh-CN" && v !== "en-US") throw new UsageError(`--lang must be zh-CN or en-US, not "${v}"`);
      lang = v;
    } else if (a === "--no-summary") summary = false;
    else if (a === "--overwrite") overwrite = true;
    else if (a.startsWith("--")) throw new UsageError(`unknown option ${a}`);
    else inputs.push(a);
  }
  if (inputs.length === 0) throw new UsageError("no input file given");
  if (cmd === "revert") return { kind: "revert", inputs, out };
  return { kind: "evaluate", inputs, out, report, options: { rules, lang, summary, overwrite } };
}

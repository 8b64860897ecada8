/** The options of `pse review`, checked: a sample size, a seed, a key-project budget. */
import { resolveRules } from "./rulesOption";
import { InvalidArgumentError } from "commander";
import { seedOf, type SampleSize } from "../core/review/sample";
import type { Lang } from "../core/types";
import type { Command } from "./args";

export interface ReviewOpts {
  out: string;
  sample: SampleSize;
  seed?: string;
  keyBudget?: number;
  rules: string;
  lang: Lang;
  force?: boolean;
  quiet?: boolean;
}

export const reviewExamples = `
Writes REVIEW.xlsx: 汇总 (one row per evaluation, an Excel table with filters, totals and the
grade distribution), 问题清单 (every finding with its severity and what to do), 抽查 (a sample
drawn by the seed; key projects always in); and REVIEW.json beside it. Files that cannot be read
are rows with their reason. The inputs are not modified.

Examples:
  $ pse review 2023/ --out 复核.xlsx --sample 20% --seed 2024 --key-budget 500
  $ pse review a.xlsx b.xlsx --out review.xlsx --sample 5
`;

export function sampleSize(text: string): SampleSize {
  const pct = /^(\d+(?:\.\d+)?)%$/.exec(text.trim());
  if (pct && Number(pct[1]) > 0 && Number(pct[1]) <= 100) return { kind: "percent", p: Number(pct[1]) };
  if (/^\d+$/.test(text.trim())) return { kind: "count", n: Number(text) };
  throw new InvalidArgumentError(`--sample ${text}: give a number of files (5) or a percentage (20%)`);
}

export function amount(text: string): number {
  const v = Number(text.replace(/,/g, ""));
  if (!Number.isFinite(v) || v < 0) throw new InvalidArgumentError(`--key-budget ${text}: not an amount`);
  return v;
}

export function parseReviewOptions(inputs: string[], o: ReviewOpts): Command {
  return {
    kind: "review",
    inputs,
    out: o.out,
    // A pack file is read and checked here, so a bad one stops the run before any workbook is read.
    options: { rules: resolveRules(o.rules), lang: o.lang },
    sample: {
      size: o.sample,
      seed: o.seed !== undefined ? seedOf(o.seed) : Math.floor(Math.random() * 0xffffffff),
      keyBudget: o.keyBudget ?? null,
    },
    output: { force: o.force === true, quiet: o.quiet === true },
  };
}

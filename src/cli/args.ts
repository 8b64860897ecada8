/**
 * Command-line arguments through commander: help for every command and option, --version,
 * suggestions for mistyped options and commands. A usage error exits 2, as the README promises.
 */
import { Command as Program, CommanderError, Option } from "commander";
import type { RunOptions } from "../core/result";
import type { Lang } from "../core/types";
import { packageVersion } from "./version";
import { amount, parseReviewOptions, reviewExamples, sampleSize, type ReviewOpts } from "./reviewArgs";
import type { SampleSpec } from "../core/review/batch";

export interface OutputOptions {
  /** Replace an existing output or report. */
  readonly force: boolean;
  /** Only problems, on stderr. */
  readonly quiet: boolean;
}

export type Command =
  | {
      readonly kind: "evaluate";
      readonly inputs: readonly string[];
      readonly out: string | null;
      readonly report: string | null;
      /** --docx: the Word report's path (one input), or true for NAME.docx beside each output. */
      readonly docx: string | boolean;
      readonly json: boolean;
      readonly options: RunOptions;
      readonly output: OutputOptions;
    }
  | {
      readonly kind: "revert";
      readonly inputs: readonly string[];
      readonly out: string | null;
      readonly output: OutputOptions;
    }
  | {
      readonly kind: "review";
      readonly inputs: readonly string[];
      readonly out: string;
      readonly options: RunOptions;
      readonly sample: SampleSpec;
      readonly output: OutputOptions;
    }
  /** `pse rules`: list the shipped rule packs. */
  | { readonly kind: "rules" }
  /** Help or version was printed, or a usage error was: nothing left to run. */
  | { readonly kind: "done"; readonly code: number };

export interface Streams {
  readonly writeOut: (s: string) => void;
  readonly writeErr: (s: string) => void;
}

const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

const rootExamples = `
Examples:
  $ pse evaluate 自评表.xlsx             writes 自评表.evaluated.xlsx beside it
  $ pse evaluate 2021/ --out reviewed/   every .xlsx in the folder, into reviewed/
  $ pse revert 自评表.evaluated.xlsx     the workbook as it was before

Run pse evaluate --help for every option, the outputs and the exit codes.`;

const evaluateExamples = `
Outputs:
  One input:            --out names the output workbook (default: NAME.evaluated.xlsx beside
                        the input); --report names the JSON report (default: none).
  Several or a folder:  --out names a folder (default: ./out); each output keeps its input's
                        name and NAME.report.json is written beside it.
  A folder stands for the .xlsx files directly inside it. Every other entry is named on stderr
  with the reason it is skipped (.xls, .csv, encrypted, Excel lock files ~$*.xlsx, and this
  tool's own *.evaluated.xlsx and *.report.json).
  An existing output or report is kept unless --force is given; the input is never modified.

Exit codes: 0 all evaluated, 1 a file failed (each named on stderr), 2 usage error.

Examples:
  $ pse evaluate 自评表.xlsx
      writes 自评表.evaluated.xlsx beside the input
  $ pse evaluate in.xlsx --out reviewed.xlsx --report reviewed.report.json
  $ pse evaluate 2021/ more.xlsx --out reviewed/
      every .xlsx in 2021/ and more.xlsx, into reviewed/
  $ pse evaluate in.xlsx --json | jq '.evaluations[0].totalScore'
  $ pse evaluate in.xlsx --lang en-US --rules pass-fail --no-summary --force
  $ pse evaluate in.xlsx --rules yueyang            a shipped pack (pse rules lists them)
  $ pse evaluate in.xlsx --rules 本局规则.json       a pack file (schemas/rule-pack.schema.json)
  $ pse evaluate in.xlsx --review                   复核 columns for a reviewer; a rerun keeps what they typed
`;

const revertExamples = `
Writes the workbook as it was before the first pse run on it, from the record every run keeps in
the workbook (a very hidden sheet _pse_revert), however many runs followed.
Default output: NAME.reverted.xlsx beside the input; with several inputs, --out names a folder
(default ./out). An existing output is kept unless --force is given.

Examples:
  $ pse revert 自评表.evaluated.xlsx
  $ pse revert reviewed.xlsx --out restored.xlsx --force
`;

function program(streams: Streams, done: (c: Command) => void): Program {
  const p = new Program("pse")
    .description(
      "绩效自评 (performance self-evaluation): finds the budget and indicator tables in .xlsx " +
        "workbooks, fills in rates and scores as live Excel formulas, flags what a reviewer checks, " +
        "and adds a summary sheet.",
    )
    .version(packageVersion(), "-V, --version", "print the version and exit")
    .helpOption("-h, --help", "show help (also: pse help COMMAND)")
    .configureOutput({ writeOut: streams.writeOut, writeErr: streams.writeErr })
    .showSuggestionAfterError(true)
    .showHelpAfterError("(run pse --help, or pse COMMAND --help, for usage)")
    .exitOverride();
  p.addHelpText("after", rootExamples);

  const force = (): Option =>
    new Option("-f, --force", "replace an existing output or report (default: keep it, fail)");
  const quiet = (): Option => new Option("-q, --quiet", "print only problems (on stderr)");

  p.command("evaluate")
    .description("evaluate workbooks: formulas, flags and a summary sheet, written to a copy")
    .argument("<inputs...>", ".xlsx workbooks and/or folders of them")
    .option(
      "-o, --out <path>",
      "output workbook (default NAME.evaluated.xlsx beside the input); a folder with several inputs (default ./out)",
    )
    .option("-r, --report <file>", "write the JSON report here (one input; a batch writes NAME.report.json)")
    .option(
      "--docx [file]",
      "write the report as a Word file in 公文 format (a batch writes NAME.docx beside each output)",
    )
    .addOption(
      new Option(
        "--rules <name|file.json>",
        "scoring rules: a shipped pack (mof2020 = 财预〔2020〕10号, pass-fail = 达标得满分, …; pse rules lists them) or a rule-pack JSON file",
      ).default("mof2020"),
    )
    .addOption(
      new Option("--lang <lang>", "language of the summary sheet, headers and messages")
        .choices(LANGS)
        .default("zh-CN"),
    )
    .option("--no-summary", "do not add the summary sheet (绩效自评报告)")
    .option(
      "--overwrite",
      "replace typed values in rate/score cells with formulas (default: keep them, flag a mismatch)",
    )
    .option(
      "--review",
      "review mode (复核): 复核得分, 复核扣分原因 and 偏离度 beside each score, 复核总分, and 复核意见 in the summary",
    )
    .addOption(force())
    .option("--json", "write the JSON report to stdout (an array for several inputs); messages go to stderr")
    .addOption(quiet())
    .addHelpText("after", evaluateExamples)
    .action((inputs: string[], o: EvaluateOpts) => {
      done({
        kind: "evaluate",
        inputs,
        out: o.out ?? null,
        report: o.report ?? null,
        docx: o.docx ?? false,
        json: o.json === true,
        options: {
          rules: o.rules,
          lang: o.lang,
          summary: o.summary,
          overwrite: o.overwrite === true,
          ...(o.review === true ? { review: true } : {}),
        },
        output: { force: o.force === true, quiet: o.quiet === true },
      });
    });

  p.command("rules")
    .description("list the shipped rule packs, one a line: name, then its source")
    .action(() => done({ kind: "rules" }));

  p.command("revert")
    .description("restore workbooks as they were before the first pse run")
    .argument("<inputs...>", "workbooks written by pse evaluate, and/or folders of them")
    .option("-o, --out <path>", "output workbook (default NAME.reverted.xlsx); a folder with several inputs")
    .addOption(force())
    .addOption(quiet())
    .addHelpText("after", revertExamples)
    .action((inputs: string[], o: RevertOpts) => {
      done({
        kind: "revert",
        inputs,
        out: o.out ?? null,
        output: { force: o.force === true, quiet: o.quiet === true },
      });
    });
  p.command("review")
    .description("batch review (复核): one workbook with 汇总, 问题清单 and a reproducible 抽查 sample")
    .argument("<inputs...>", ".xlsx workbooks and/or folders of them")
    .requiredOption("-o, --out <file>", "the review workbook to write (REVIEW.xlsx; REVIEW.json beside it)")
    .option("--sample <n|p%>", "sample size: a number of files or a percentage (default 10%)", sampleSize, {
      kind: "percent",
      p: 10,
    })
    .option("--seed <seed>", "seed of the draw (default: a random one, written on the sheet)")
    .option(
      "--key-budget <amount>",
      "key projects: a budget at or above this many 万元 is always in the sample (tables in 元 are converted)",
      amount,
    )
    .addOption(
      new Option(
        "--rules <name|file.json>",
        "scoring rules: a shipped pack (pse rules) or a rule-pack JSON file",
      ).default("mof2020"),
    )
    .addOption(new Option("--lang <lang>", "language of the findings").choices(LANGS).default("zh-CN"))
    .addOption(force())
    .addOption(quiet())
    .addHelpText("after", reviewExamples)
    .action((inputs: string[], o: ReviewOpts) => done(parseReviewOptions(inputs, o)));
  return p;
}

interface EvaluateOpts {
  out?: string;
  report?: string;
  docx?: string | boolean;
  rules: string;
  lang: Lang;
  summary: boolean;
  overwrite?: boolean;
  review?: boolean;
  force?: boolean;
  json?: boolean;
  quiet?: boolean;
}

interface RevertOpts {
  out?: string;
  force?: boolean;
  quiet?: boolean;
}

const defaultStreams: Streams = {
  writeOut: (s) => process.stdout.write(s),
  writeErr: (s) => process.stderr.write(s),
};

/** Help and version exit 0; everything else commander stops on is a usage error (2). */
function exitCode(e: CommanderError): number {
  return e.code === "commander.helpDisplayed" || e.code === "commander.version" ? 0 : 2;
}

export function parseArgs(argv: readonly string[], streams: Streams = defaultStreams): Command {
  let parsed: Command | null = null;
  try {
    program(streams, (c) => (parsed = c)).parse([...argv], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) return { kind: "done", code: exitCode(e) };
    throw e;
  }
  return parsed ?? { kind: "done", code: 2 };
}

#!/usr/bin/env node
/**
 * The `pse` command: parses the arguments and hands over to evaluate or revert. A bad file does
 * not stop the others; exit 0 when all went well, 1 when a file failed, 2 on a usage error.
 */
import { parseArgs, type Streams } from "./args";
import { CliConsole } from "./console";
import { evaluateCommand } from "./evaluateCommand";
import { createProgress } from "./progress";
import { revertCommand } from "./revertCommand";
import { reviewCommand } from "./reviewCommand";
import { rulesLines } from "./rulesOption";
import { UsageError } from "./usageError";

export async function main(argv: readonly string[], streams?: Streams): Promise<number> {
  const cmd = parseArgs(argv, streams);
  if (cmd.kind === "done") return cmd.code;
  if (cmd.kind === "rules") {
    for (const line of rulesLines()) process.stdout.write(line + "\n");
    return 0;
  }
  const progress = createProgress();
  try {
    const json = cmd.kind === "evaluate" && cmd.json;
    const cli = new CliConsole({ quiet: cmd.output.quiet, json }, progress);
    switch (cmd.kind) {
      case "evaluate":
        return await evaluateCommand(cmd, cli, progress);
      case "revert":
        return await revertCommand(cmd, cli);
      case "review":
        return await reviewCommand(cmd, cli, progress);
    }
  } catch (e) {
    progress.end();
    if (e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n(run pse ${cmd.kind} --help for usage)\n`);
      return 2;
    }
    process.stderr.write(`error: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}\n`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

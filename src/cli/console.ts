/**
 * Where each kind of line goes. Results on stdout (or the JSON report alone with --json, so it can
 * be piped); problems on stderr, always; notes (skipped files) on stderr unless --quiet.
 */
import type { Progress } from "./progress";

export interface ConsoleOptions {
  readonly quiet: boolean;
  /** stdout carries only the JSON report: results move to stderr. */
  readonly json: boolean;
}

export class CliConsole {
  constructor(
    private readonly options: ConsoleOptions,
    private readonly progress: Progress,
    private readonly out: NodeJS.WriteStream = process.stdout,
    private readonly err: NodeJS.WriteStream = process.stderr,
  ) {}

  result(text: string): void {
    if (this.options.quiet) return;
    this.progress.line(this.options.json ? this.err : this.out, text);
  }

  note(text: string): void {
    if (!this.options.quiet) this.progress.line(this.err, text);
  }

  problem(text: string): void {
    this.progress.line(this.err, text);
  }

  /** The report(s) as one JSON document, written after the bar is gone. */
  json(value: unknown): void {
    this.out.write(JSON.stringify(value, null, 2) + "\n");
  }
}

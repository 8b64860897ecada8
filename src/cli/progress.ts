/**
 * A progress bar on stderr (cli-progress) for folder runs and large workbooks, only when stderr is a
 * terminal: piped or redirected output, and the tests, get exactly the lines they always got.
 */
import { MultiBar, Presets, type SingleBar } from "cli-progress";

export interface Progress {
  /** Starts a bar of `total` steps; the label says what is being done. */
  begin(total: number, label: string): void;
  /** One step done; the label names the next one. */
  advance(label: string): void;
  /** Prints a line above the bar, so lines and bar never overwrite each other. */
  line(stream: NodeJS.WriteStream, text: string): void;
  end(): void;
}

/** A single workbook this large takes seconds; a smaller one is done before a bar is worth drawing. */
export const LARGE_WORKBOOK_BYTES = 2 * 1024 * 1024;

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? new TerminalProgress(stream) : plain;
}

const plain: Progress = {
  begin: () => {},
  advance: () => {},
  line: (stream, text) => void stream.write(text + "\n"),
  end: () => {},
};

class TerminalProgress implements Progress {
  private multi: MultiBar | null = null;
  private bar: SingleBar | null = null;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  begin(total: number, label: string): void {
    this.end();
    this.multi = new MultiBar(
      {
        stream: this.stream,
        format: " {bar} {value}/{total} {label}",
        clearOnComplete: true,
        hideCursor: true,
        // Ctrl-C must give the cursor back.
        gracefulExit: true,
      },
      Presets.shades_classic,
    );
    this.bar = this.multi.create(total, 0, { label });
    this.multi.update();
  }

  advance(label: string): void {
    this.bar?.increment(1, { label });
    // Drawn now: the steps are few and the work between them is synchronous, so the bar's own
    // timer would only ever draw the last one.
    this.multi?.update();
  }

  line(stream: NodeJS.WriteStream, text: string): void {
    if (!this.multi) return void stream.write(text + "\n");
    // Stdout on the same terminal goes through the bar's log too; redirected stdout is left alone.
    if (stream === this.stream || stream.isTTY) {
      this.multi.log(text + "\n");
      this.multi.update(); // flushed now, for the same reason as in advance()
    } else stream.write(text + "\n");
  }

  end(): void {
    if (!this.multi) return;
    this.multi.update();
    this.multi.stop();
    this.multi = null;
    this.bar = null;
  }
}

/**
 * The reliability catalogue's shape: each case builds one broken or hostile workbook and states what
 * the user must get, either a one-line error naming the file (and the sheet or cell where relevant)
 * or a correct result. test/reliability/catalogue.test.ts runs every case through the command line
 * and through the engine; docs/RELIABILITY.md lists them.
 */
import type { WorkbookData } from "../../src/core/grid";
import type { Report } from "../../src/core/report";

export interface ExpectedFlag {
  readonly code: string;
  /** "Sheet!C5" as the report shows it. */
  readonly cell: string;
}

/** What a case gives the `check` of an ok case. */
export interface CaseRun {
  /** The JSON report the command line wrote. */
  readonly report: Report;
  /** The workbook before and after, read back with the xlsx adapter. */
  readonly before: WorkbookData;
  readonly after: WorkbookData;
  /** The output file, for checks that need more than the grids (hidden rows, protection). */
  readonly output: string;
  /** Lines the command line printed on stdout. */
  readonly stdout: string;
}

export type Expectation =
  | {
      readonly kind: "error";
      /** Matched against the one line on stderr, which must also start with the input's path. */
      readonly message: RegExp;
    }
  | {
      readonly kind: "ok";
      /** The first evaluation's total and grade label (优 良 中 差). */
      readonly total?: number;
      readonly grade?: string;
      /** Flags that must be reported (others may be too). */
      readonly flags?: readonly ExpectedFlag[];
      /** Flag codes that must not be reported. */
      readonly noFlags?: readonly string[];
      /** Extra checks; throws (node:assert) on failure. */
      readonly check?: (run: CaseRun) => void | Promise<void>;
    };

export interface ReliabilityCase {
  /** File name stem, kebab-case. */
  readonly id: string;
  /** The catalogue group: file, table, value, hostile, sheet, rerun. */
  readonly group: string;
  /** What the workbook is, one line. */
  readonly title: string;
  /** What the user gets, one line (the RELIABILITY.md table). */
  readonly gets: string;
  readonly build: () => Promise<Buffer>;
  readonly expect: Expectation;
}

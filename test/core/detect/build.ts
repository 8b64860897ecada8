/** Grid builders for the detect tests. */
import { parseA1Range } from "../../../src/core/cellRef";
import {
  gridFromValues,
  type Area,
  type CellValue,
  type Grid,
  type WorkbookData,
} from "../../../src/core/grid";

export type Rows = ReadonlyArray<ReadonlyArray<CellValue | undefined>>;

/** "A1:C3" -> a 0-based merged area. */
export function area(ref: string): Area {
  const a = parseA1Range(ref);
  if (!a) throw new Error(`bad range ${ref}`);
  return a;
}

export function sheet(name: string, rows: Rows, merges: readonly string[] = []): Grid {
  return gridFromValues(name, rows, merges.map(area));
}

export function book(...sheets: Grid[]): WorkbookData {
  return { sheets };
}

/** A row of n empty cells. */
export function blank(n: number): (CellValue | undefined)[] {
  return Array.from({ length: n }, () => null);
}

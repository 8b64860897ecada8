/** The reliability catalogue: every broken or hostile workbook case, in the order of docs/RELIABILITY.md. */
import { fileCases } from "./fileCases";
import { hostileCases } from "./hostileCases";
import { sheetCases } from "./sheetCases";
import { tableCases } from "./tableCases";
import type { ReliabilityCase } from "./types";
import { valueCases } from "./valueCases";

export const CASES: readonly ReliabilityCase[] = [
  ...fileCases,
  ...tableCases,
  ...valueCases,
  ...hostileCases,
  ...sheetCases,
];

export type { ReliabilityCase, Expectation, CaseRun } from "./types";

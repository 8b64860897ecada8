/**
 * Round trips and request sizes of one run in Excel, through the recording Office fake
 * (test/workbook/office/fakeExcel.ts): the workbook's grids are loaded into the fake, and the
 * pane's Run (runEvaluation: read, engine, apply) goes through the Office adapter. Prints the number
 * of context.sync() calls, the bytes of each request and the largest, as one JSON line.
 *
 *   node build/bench/bench/office.js IN.xlsx
 */
import { FakeContext, stateFrom } from "../test/workbook/office/fakeExcel";
import { defaultSettings } from "../src/workbook/host";
import { createExcelHost, type SettingsStore } from "../src/workbook/office";
import { runEvaluation } from "../src/workbook/runCommand";
import { loadPackage } from "../src/workbook/ooxml";

/** Office.context.document.settings in memory. */
const settings = {
  values: new Map<string, unknown>(),
  get(name: string): unknown {
    return this.values.get(name) ?? null;
  },
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  },
  saveAsync(...args: unknown[]): void {
    const cb = args.find((a) => typeof a === "function") as ((r: unknown) => void) | undefined;
    cb?.({ status: "succeeded" });
  },
};

export async function benchOffice(file: string) {
  const doc = await loadPackage(file);
  const ctx = new FakeContext(stateFrom(doc.data));
  const host = createExcelHost({
    run: ctx.run,
    settings: settings as unknown as SettingsStore,
    apply: { supports: () => true },
  });
  const { result, outcome } = await runEvaluation(host, defaultSettings, "zh-CN");
  return {
    file,
    syncs: ctx.syncs,
    syncBytes: ctx.syncBytes,
    maxRequestBytes: Math.max(...ctx.syncBytes),
    totalRequestBytes: ctx.syncBytes.reduce((a, b) => a + b, 0),
    // Answers of the look reads (getCellProperties) before the write: Excel also caps answers at 5 MB.
    maxAnswerBytes: Math.max(...ctx.answerBytes),
    outcome,
    cells: result.plan.cells.length + result.plan.newSheets.reduce((n, s) => n + s.cells.length, 0),
  };
}

if (require.main === module) {
  benchOffice(process.argv[2]).then(
    (r) => console.log(JSON.stringify(r)),
    (e) => {
      console.error(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
      process.exitCode = 1;
    },
  );
}

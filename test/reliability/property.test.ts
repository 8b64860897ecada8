/**
 * Properties over generated workbooks (test/core/arbitraryWorkbook.ts: shuffled tables, hostile
 * text, error values, huge and negative figures, dates, merges), beyond test/core/noDataLoss:
 * the engine never throws, never plans a write into a non-empty cell or under a merge, the xlsx
 * adapter accepts every plan, and the xlsx reader turns any damaged file into a one-line XlsxError.
 *
 * FUZZ_RUNS sets the number of cases (300 by default; `npm run fuzz` runs 10,000). The ExcelJS
 * round trips are slower and run a tenth as many.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { runEngine } from "../../src/core/engine";
import { cellAt, isEmptyCell, mergeAt, type WorkbookData } from "../../src/core/grid";
import { applyPlanToXlsx, loadXlsxBuffer, toBuffer, XlsxError } from "../../src/workbook/xlsx";
import { arbitraryWorkbook } from "../core/arbitraryWorkbook";

const runs = Number(process.env.FUZZ_RUNS ?? 300) || 300;
const slowRuns = Math.max(20, Math.round(runs / 10));
const options = { rules: "mof2020", lang: "zh-CN", summary: true } as const;

test("the engine never throws and writes only into empty cells outside merges", () => {
  fc.assert(
    fc.property(arbitraryWorkbook, (wb) => {
      const { plan } = runEngine(wb, options);
      for (const w of plan.cells) {
        const g = wb.sheets.find((s) => s.name === w.sheet);
        expect(g).toBeDefined();
        if (!g) continue;
        const cell = cellAt(g, w.row, w.col);
        if (!isEmptyCell(cell)) expect(w.kind === "formula" && cell?.formula).toBeTruthy();
        const m = mergeAt(g, w.row, w.col);
        if (m) expect([m.top, m.left]).toEqual([w.row, w.col]);
      }
    }),
    { numRuns: runs },
  );
});

/** The generated grids as an ExcelJS workbook (values, number formats, merges). */
async function toXlsx(wb: WorkbookData): Promise<Buffer> {
  const x = new ExcelJS.Workbook();
  for (const g of wb.sheets) {
    const ws = x.addWorksheet(g.name);
    g.rows.forEach((row, r) =>
      row.forEach((c, col) => {
        if (!c || c.value === null) return;
        const cell = ws.getCell(r + 1, col + 1);
        cell.value = c.value as ExcelJS.CellValue;
        if (c.numFmt) cell.numFmt = c.numFmt;
      }),
    );
    for (const m of g.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return Buffer.from(await x.xlsx.writeBuffer());
}

test("through ExcelJS: every plan applies, and a second run plans nothing", async () => {
  await fc.assert(
    fc.asyncProperty(arbitraryWorkbook, async (wb) => {
      const doc = await loadXlsxBuffer(await toXlsx(wb), "generated.xlsx");
      const first = runEngine(doc.data, options);
      applyPlanToXlsx(doc, first.plan);
      const again = await loadXlsxBuffer(await toBuffer(doc), "generated.xlsx");
      const second = runEngine(again.data, options);
      expect(second.plan.cells).toEqual([]);
      expect(second.plan.newSheets).toEqual(first.plan.newSheets);
    }),
    { numRuns: slowRuns },
  );
}, 600_000);

test("the xlsx reader turns random and damaged bytes into an XlsxError, never anything else", async () => {
  const good = await toXlsx(fc.sample(arbitraryWorkbook, { numRuns: 1, seed: 7 })[0]);
  const damaged = fc.oneof(
    fc.uint8Array({ maxLength: 2048 }).map((b) => Buffer.from(b)),
    // A real workbook with bytes overwritten, or cut short.
    fc
      .array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 8,
      })
      .map((edits) => {
        const b = Buffer.from(good);
        for (const [i, v] of edits) b[i] = v;
        return b;
      }),
    fc.nat(good.length - 1).map((n) => good.subarray(0, n)),
  );
  await fc.assert(
    fc.asyncProperty(damaged, async (buf) => {
      try {
        const doc = await loadXlsxBuffer(buf, "damaged.xlsx");
        runEngine(doc.data, options); // a file that still reads must evaluate without throwing
      } catch (e) {
        expect(e).toBeInstanceOf(XlsxError);
        expect((e as Error).message.startsWith("damaged.xlsx: ")).toBe(true);
        expect((e as Error).message).not.toContain("\n");
      }
    }),
    { numRuns: slowRuns },
  );
}, 600_000);

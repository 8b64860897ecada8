import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import fc from "fast-check";
import { a1, quoteSheet } from "../../src/core/cellRef";
import { cellAt, isEmptyCell, type Cell, type Grid, type WorkbookData } from "../../src/core/grid";
import type { CellWrite, WritePlan } from "../../src/core/plan/writePlan";
import { featureWorkbook, tempDir, writeWorkbook } from "./xlsx/fixtures";

const BUDGET = "预算 表";

/** One adapter that writes a plan into an .xlsx: what the contract needs of it. */
export interface PlanWriter<D> {
  readonly name: string;
  load(file: string): Promise<D>;
  loadBuffer(buf: Buffer): Promise<D>;
  apply(doc: D, plan: WritePlan): void;
  buffer(doc: D): Promise<Buffer>;
  data(doc: D): WorkbookData;
}

/**
 * The contract every xlsx writer keeps: cells, styles, conditional formats and sheets as the plan
 * says, nothing else changed, idempotent, and a bad plan refused before anything changes.
 * The output is read back with ExcelJS and with the writer's own reader.
 */
export function applyPlanContract<D>(writer: PlanWriter<D>): void {
  let dir: string;
  let input: string;

  beforeAll(async () => {
    dir = tempDir("apply-plan-");
    const wb = await featureWorkbook();
    // An earlier run's summary sheet, which the plan replaces.
    wb.addWorksheet("绩效自评报告").getCell("A1").value = "old summary";
    input = await writeWorkbook(wb, dir, "in.xlsx");
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const SUMMARY = "绩效自评报告";

  function plan(): WritePlan {
    const ref = (r: number, c: number) => `${quoteSheet(BUDGET)}!${a1(r, c)}`;
    const cells: CellWrite[] = [
      { kind: "text", sheet: BUDGET, row: 0, col: 10, text: "得分", style: "header" },
      {
        kind: "formula",
        sheet: BUDGET,
        row: 2,
        col: 10,
        formula: "IF(N(B3)=0,0,C3/B3)",
        value: 0.8,
        numFmt: "0.00%",
      },
      {
        kind: "formula",
        sheet: BUDGET,
        row: 3,
        col: 10,
        formula: "=IF(N(B4)=0,0,C4/B4)",
        value: 0,
        numFmt: "0.00%",
      },
      { kind: "text", sheet: BUDGET, row: 2, col: 11, text: "=SUM(A1:A2) is a reason, not a formula" },
    ];
    return {
      removeSheets: [SUMMARY],
      cells,
      conditionalFormats: [
        {
          sheet: BUDGET,
          area: { top: 2, left: 10, bottom: 4, right: 10 },
          formula: "AND(ISNUMBER(K3),K3<0.9)",
          fill: "FFC7CE",
          fontColor: "9C0006",
        },
      ],
      newSheets: [
        {
          name: SUMMARY,
          columnWidths: [18, 60],
          pageSetup: { paper: "A4", orientation: "portrait", fitToWidth: true },
          cells: [
            {
              kind: "text",
              sheet: SUMMARY,
              row: 0,
              col: 0,
              text: "2021年度部门整体支出绩效自评报告",
              style: "title",
            },
            { kind: "text", sheet: SUMMARY, row: 1, col: 0, text: "一、基本情况", style: "heading" },
            { kind: "text", sheet: SUMMARY, row: 2, col: 0, text: "项目", style: "header" },
            { kind: "text", sheet: SUMMARY, row: 3, col: 1, text: "全年预算执行情况良好。", style: "body" },
            {
              kind: "formula",
              sheet: SUMMARY,
              row: 4,
              col: 1,
              formula: `"执行率"&TEXT(${ref(2, 10)}*100,"0.00")&"%"`,
              value: "执行率80.00%",
              style: "body",
            },
            { kind: "text", sheet: SUMMARY, row: 5, col: 0, text: "注：由系统生成。", style: "note" },
          ],
        },
      ],
    };
  }

  async function applied(): Promise<{
    before: WorkbookData;
    after: WorkbookData;
    wb: ExcelJS.Workbook;
    out: string;
  }> {
    const doc = await writer.load(input);
    const before = writer.data(doc);
    writer.apply(doc, plan());
    const out = path.join(dir, `out-${Math.random().toString(36).slice(2)}.xlsx`);
    fs.writeFileSync(out, await writer.buffer(doc));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    return { before, after: writer.data(await writer.load(out)), wb, out };
  }

  function grid(data: WorkbookData, name: string): Grid {
    const g = data.sheets.find((s) => s.name === name);
    if (!g) throw new Error(`no sheet ${name}`);
    return g;
  }

  /** Every non-empty cell of `before` outside `written` is identical (value, formula, numFmt) in `after`. */
  function expectNoDataLoss(
    before: WorkbookData,
    after: WorkbookData,
    written: Set<string>,
    removed: Set<string>,
  ): number {
    let checked = 0;
    for (const g of before.sheets) {
      if (removed.has(g.name)) continue;
      const h = grid(after, g.name);
      expect(h.merges).toEqual(g.merges);
      expect(!!h.hidden).toBe(!!g.hidden);
      expect(!!h.protected).toBe(!!g.protected);
      g.rows.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (isEmptyCell(cell) || written.has(`${g.name}!${a1(r, c)}`)) return;
          expect([g.name, a1(r, c), cellAt(h, r, c)]).toEqual([g.name, a1(r, c), cell]);
          checked++;
        }),
      );
    }
    return checked;
  }

  describe(`${writer.name}: apply a plan`, () => {
    test("formulas with cached results and number formats; text stays text", async () => {
      const { after, wb } = await applied();
      const g = grid(after, BUDGET);
      expect(cellAt(g, 0, 10)).toEqual({ value: "得分" });
      expect(cellAt(g, 2, 10)).toEqual({ value: 0.8, formula: "IF(N(B3)=0,0,C3/B3)", numFmt: "0.00%" });
      expect(cellAt(g, 3, 10)).toEqual({ value: 0, formula: "IF(N(B4)=0,0,C4/B4)", numFmt: "0.00%" });
      expect(cellAt(g, 2, 11)).toEqual({ value: "=SUM(A1:A2) is a reason, not a formula" });
      const ws = wb.getWorksheet(BUDGET)!;
      expect(ws.getCell("L3").type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell("L3").formula).toBeUndefined();
      expect(ws.getCell("K3").type).toBe(ExcelJS.ValueType.Formula);
    });

    test("styles: header bold with a fill, title 16pt, heading 12pt, body wrapped, note italic grey", async () => {
      const { wb } = await applied();
      const head = wb.getWorksheet(BUDGET)!.getCell("K1");
      expect(head.font?.bold).toBe(true);
      expect(head.fill).toMatchObject({ type: "pattern", pattern: "solid" });
      const s = wb.getWorksheet(SUMMARY)!;
      expect(s.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
      expect(s.getCell("A2").font).toMatchObject({ bold: true, size: 12 });
      expect(s.getCell("A3").font?.bold).toBe(true);
      expect(s.getCell("B4").alignment?.wrapText).toBe(true);
      expect(s.getCell("B5").alignment?.wrapText).toBe(true);
      expect(s.getCell("A6").font).toMatchObject({ italic: true, color: { argb: "FF808080" } });
      // Styling one cell did not restyle its neighbours.
      expect(wb.getWorksheet(BUDGET)!.getCell("J1").font?.bold).toBeFalsy();
    });

    test("conditional format: expression rule with fill and font colour", async () => {
      const { wb } = await applied();
      const cfs = (
        wb.getWorksheet(BUDGET) as unknown as {
          conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
        }
      ).conditionalFormattings;
      expect(cfs).toHaveLength(1);
      expect(cfs[0].ref).toBe("K3:K5");
      const rule = cfs[0].rules[0] as ExcelJS.ExpressionRuleType;
      expect(rule.type).toBe("expression");
      expect(rule.formulae).toEqual(["AND(ISNUMBER(K3),K3<0.9)"]);
      expect(JSON.stringify(rule.style)).toContain("FFFFC7CE");
      expect(JSON.stringify(rule.style)).toContain("FF9C0006");
    });

    test("removeSheets first, then new sheets after the existing ones, A4 portrait fit to width", async () => {
      const { after, wb, out } = await applied();
      expect(after.sheets.map((s) => s.name)).toEqual([BUDGET, "隐藏", "Backup", "Locked", SUMMARY]);
      const s = grid(after, SUMMARY);
      expect(cellAt(s, 0, 0)).toEqual({ value: "2021年度部门整体支出绩效自评报告" });
      expect(cellAt(s, 4, 1)).toEqual({
        value: "执行率80.00%",
        formula: `"执行率"&TEXT('预算 表'!K3*100,"0.00")&"%"`,
      });
      const ws = wb.getWorksheet(SUMMARY)!;
      expect(ws.getColumn(1).width).toBe(18);
      expect(ws.getColumn(2).width).toBe(60);
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "portrait",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      // The page setup as written in the file.
      const zip = await JSZip.loadAsync(fs.readFileSync(out));
      const wbXml = await zip.file("xl/workbook.xml")!.async("string");
      const rid = /<sheet [^>]*name="绩效自评报告"[^>]*r:id="(rId\d+)"/.exec(wbXml)![1];
      const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
      const target =
        new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
        new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
      const sheetXml = await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
      expect(sheetXml).toMatch(/<pageSetup[^>]*paperSize="9"/);
      expect(sheetXml).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
      expect(sheetXml).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
      expect(sheetXml).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
      expect(sheetXml).not.toContain("old summary");
      // Excel recomputes the formulas on open; the cached results are only for viewers that cannot.
      expect(wbXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    });

    test("no data loss: every other non-empty cell is identical after save and reload", async () => {
      const { before, after } = await applied();
      const p = plan();
      const written = new Set(p.cells.map((c) => `${c.sheet}!${a1(c.row, c.col)}`));
      const checked = expectNoDataLoss(before, after, written, new Set(p.removeSheets));
      expect(checked).toBeGreaterThan(20);
    });

    test("applying the same plan twice gives the same workbook as once", async () => {
      const doc = await writer.load(input);
      writer.apply(doc, plan());
      const once = await writer.loadBuffer(await writer.buffer(doc));
      writer.apply(once, plan());
      const twiceBytes = await writer.buffer(once);
      const twice = await writer.loadBuffer(twiceBytes);
      expect(writer.data(twice)).toEqual(writer.data(await writer.loadBuffer(await writer.buffer(doc))));
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(twiceBytes as unknown as ExcelJS.Buffer);
      const cfs = (wb.getWorksheet(BUDGET) as unknown as { conditionalFormattings: unknown[] })
        .conditionalFormattings;
      expect(cfs).toHaveLength(1);
    });

    test("overwriting a shared-formula master keeps its dependents' formulas", async () => {
      const doc = await writer.load(input);
      writer.apply(doc, {
        removeSheets: [],
        conditionalFormats: [],
        newSheets: [],
        cells: [
          {
            kind: "formula",
            sheet: BUDGET,
            row: 2,
            col: 3,
            formula: "IF(N(B3)=0,0,C3/B3)",
            value: 0.8,
            numFmt: "0.00%",
          },
        ],
      });
      const g = grid(writer.data(await writer.loadBuffer(await writer.buffer(doc))), BUDGET);
      expect(cellAt(g, 2, 3)?.formula).toBe("IF(N(B3)=0,0,C3/B3)");
      expect(cellAt(g, 3, 3)).toEqual({ value: 0, formula: 'IF(B4=0,"B3",C4/B4*$B$3/100)' });
      expect(cellAt(g, 4, 3)).toEqual({ value: "B3", formula: 'IF(B5=0,"B3",C5/B5*$B$3/100)' });
    });

    test("errors: a cell for a missing sheet, a new sheet whose name is taken", async () => {
      const doc = await writer.load(input);
      expect(() =>
        writer.apply(doc, {
          removeSheets: [],
          conditionalFormats: [],
          newSheets: [],
          cells: [{ kind: "text", sheet: "Nope", row: 0, col: 0, text: "x" }],
        }),
      ).toThrow(/sheet "Nope"/);
      expect(() =>
        writer.apply(doc, {
          removeSheets: [],
          conditionalFormats: [],
          cells: [],
          newSheets: [
            {
              name: "Locked",
              columnWidths: [],
              pageSetup: { paper: "A4", orientation: "portrait", fitToWidth: true },
              cells: [],
            },
          ],
        }),
      ).toThrow(/already exists/);
    });

    test("a write into a cell hidden under a merge is refused before anything changes", async () => {
      const doc = await writer.load(input);
      const before = await writer.buffer(doc);
      expect(() =>
        writer.apply(doc, {
          removeSheets: [SUMMARY],
          conditionalFormats: [],
          newSheets: [],
          cells: [
            { kind: "text", sheet: BUDGET, row: 5, col: 0, text: "ok" },
            { kind: "text", sheet: BUDGET, row: 1, col: 0, text: "under the merge A1:A2" },
          ],
        }),
      ).toThrow(/预算 表!A2, which is hidden under the merged cell A1/);
      expect(writer.data(await writer.loadBuffer(await writer.buffer(doc)))).toEqual(
        writer.data(await writer.loadBuffer(before)),
      );
    });

    test("property: writing random cells never changes any other cell", async () => {
      const base = await writer.load(input);
      const g0 = grid(writer.data(base), BUDGET);
      const buf = await writer.buffer(base);
      const write = fc.oneof(
        fc.record({
          kind: fc.constant("text" as const),
          row: fc.nat(12),
          col: fc.nat(14),
          text: fc.string(),
        }),
        fc.record({
          kind: fc.constant("formula" as const),
          row: fc.nat(12),
          col: fc.nat(14),
          formula: fc.constantFrom("1+1", "SUM(B3:C5)", 'IF(N(C3)=0,0,"x")'),
          value: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)),
          numFmt: fc.constantFrom(undefined, "0.00", "0.00%"),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(write, { maxLength: 8 }), async (writes) => {
          const doc = await writer.loadBuffer(buf);
          const covered = (w: { row: number; col: number }) =>
            g0.merges.some(
              (m) =>
                w.row >= m.top &&
                w.row <= m.bottom &&
                w.col >= m.left &&
                w.col <= m.right &&
                (w.row !== m.top || w.col !== m.left),
            );
          const cells = writes.filter((w) => !covered(w)).map((w) => ({ ...w, sheet: BUDGET }) as CellWrite);
          writer.apply(doc, { removeSheets: [], conditionalFormats: [], newSheets: [], cells });
          const after = writer.data(await writer.loadBuffer(await writer.buffer(doc)));
          const written = new Set(cells.map((c) => `${c.sheet}!${a1(c.row, c.col)}`));
          expectNoDataLoss(writer.data(base), after, written, new Set());
          const last = new Map<string, CellWrite>();
          for (const c of cells) last.set(a1(c.row, c.col), c);
          const h = grid(after, BUDGET);
          for (const [, c] of last) {
            const got: Cell | undefined = cellAt(h, c.row, c.col);
            if (c.kind === "text") expect(got?.value ?? "").toBe(c.text);
            else expect(got?.formula).toBe(c.formula);
          }
        }),
        { numRuns: 40 },
      );
    });
  });
}

/**
 * What the tool wrote is plain to see, and exactly undone, inside Excel (issue #14 §3): the named
 * style on computed cells, appended columns that continue the table's borders and header look,
 * and a revert that gives every cell back every property it had, over the sample and two real
 * tables whose cells are given varied looks first (the package reader does not read looks).
 */
import { quoteSheet } from "../../../src/core/cellRef";
import { COMPUTED_STYLE_NAME } from "../../../src/core/plan/cellLooks";
import type { CellWrite } from "../../../src/core/plan/writePlan";
import { REVERT_SHEET, recordFromData } from "../../../src/core/revert";
import { defaultSettings, type WorkbookHost } from "../../../src/workbook/host";
import {
  applyPlan,
  createExcelHost,
  readWorkbook,
  revertWorkbook,
  type SettingsStore,
  type Supports,
} from "../../../src/workbook/office";
import { loadPackage } from "../../../src/workbook/ooxml";
import { runEvaluation } from "../../../src/workbook/runCommand";
import { figure } from "../../helpers/figure";
import { cloneState, FakeContext, plainState, stateFrom, type FakeCell, type FakeState } from "./fakeExcel";
import { applyNamedStyle, setFlat, type Flat } from "./fakeLooks";
import { indicatorWorkbook, INDICATORS, MemorySettings, planFor } from "./fixtures";

const SAMPLE = "samples/zengcheng-cast-2021.xlsx";
const REAL = [
  "test/fixtures/real/hubei-xiangyang-zxyy-2021-project-two-goals.xlsx",
  "test/fixtures/real/shanghai-songjiang-jiuting-2020-project.xlsx",
];
const EDGES = ["top", "bottom", "left", "right"];

/** Excel with ExcelApi 1.0 … 1.`minor` (1.8 lacks cell properties). */
const upTo =
  (minor: number): Supports =>
  (_set, v) =>
    Number(v.split(".")[1]) <= minor;

function fakeHost(
  state: FakeState,
  supports: Supports = () => true,
): { ctx: FakeContext; host: WorkbookHost } {
  const ctx = new FakeContext(state);
  const host = createExcelHost({
    run: ctx.run,
    settings: new MemorySettings() as unknown as SettingsStore,
    apply: { supports },
  });
  return { ctx, host };
}

async function fakeOf(path: string): Promise<FakeState> {
  return stateFrom((await loadPackage(path)).data);
}

function bounds(state: FakeState, sheet: number) {
  let bottom = 0;
  let right = 0;
  for (const k of state.sheets[sheet].cells.keys()) {
    const [r, c] = k.split(",").map(Number);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return { bottom, right };
}

/**
 * Varied looks on every cell of each sheet's used area (`margin` columns beyond it too, empty
 * cells included): borders of several styles and colours, fonts, fills on the first row, a
 * built-in style here and there, unlocked cells; and, beyond that, whole columns with a format of
 * their own, which cells created there take.
 */
function decorate(state: FakeState, margin: number): void {
  state.sheets.forEach((s, i) => {
    const { bottom, right } = bounds(state, i);
    for (let r = 0; r <= bottom + 1; r++) {
      for (let c = 0; c <= right + margin; c++) {
        const k = `${r},${c}`;
        const cell: FakeCell = s.cells.get(k) ?? { value: null, numFmt: "General", format: {} };
        const n = r * 31 + c * 7;
        if (n % 11 === 0) applyNamedStyle(cell, state.styles.get(n % 2 ? "Good" : "Note")!);
        const f = cell.format;
        for (const [j, e] of EDGES.entries()) {
          setFlat(f, `borders.${e}.style`, (n + j) % 5 === 0 ? "Dash" : "Continuous");
          setFlat(f, `borders.${e}.color`, (n + j) % 3 === 0 ? "#808080" : "#000000");
          setFlat(f, `borders.${e}.weight`, r === 0 ? "Medium" : "Thin");
        }
        setFlat(f, "font.name", c % 2 ? "宋体" : "仿宋_GB2312");
        setFlat(f, "font.size", 10 + (n % 3));
        if (r === 0) {
          setFlat(f, "font.bold", true);
          setFlat(f, "fill.color", "#D9E1F2");
          setFlat(f, "fill.pattern", "Solid");
          setFlat(f, "horizontalAlignment", "Center");
          setFlat(f, "wrapText", true);
        }
        if (n % 13 === 0) setFlat(f, "protection.locked", false);
        if (n % 17 === 0) setFlat(f, "indentLevel", 1);
        s.cells.set(k, cell);
      }
    }
    for (let c = right + margin + 1; c <= right + margin + 6; c++)
      s.columnFormats[c] = { "fill.color": "#FFFF99", "fill.pattern": "Solid", "font.name": "黑体" };
  });
}

function cellAt(state: FakeState, sheet: string, row: number, col: number): FakeCell | undefined {
  return state.sheets.find((s) => s.name === sheet)?.cells.get(`${row},${col}`);
}

function pick(f: Flat, prefix: (k: string) => boolean): Flat {
  return Object.fromEntries(Object.entries(f).filter(([k]) => prefix(k)));
}
const isBorder = (k: string) => EDGES.some((e) => k.startsWith(`borders.${e}.`));

describe("Office adapter: computed cells wear the named style", () => {
  it("creates 绩效自评公式 once, holding only its fill, and gives it to every formula the run writes", async () => {
    const state = await fakeOf(SAMPLE);
    decorate(state, 0);
    const start = cloneState(state);
    const { ctx, host } = fakeHost(state);
    const { result } = await runEvaluation(host, defaultSettings, "zh-CN");
    const computed = result.plan.cells.filter((c) => c.style === "computed");
    expect(computed.length).toBeGreaterThan(100);
    const style = ctx.state.styles.get(COMPUTED_STYLE_NAME)!;
    expect(style).toMatchObject({
      builtIn: false,
      format: { "fill.color": "#FFF2CC", "fill.pattern": "Solid" },
      include: {
        patterns: true,
        number: false,
        font: false,
        alignment: false,
        border: false,
        protection: false,
      },
    });
    for (const c of computed) {
      const cell = cellAt(ctx.state, c.sheet, c.row, c.col)!;
      expect(cell.style).toBe(COMPUTED_STYLE_NAME);
      expect(cell.format["fill.color"]).toBe("#FFF2CC");
      // The style holds only the fill: the cell keeps its font, and its borders unless it borrows the table's.
      const before =
        cellAt(start, c.sheet, c.row, c.col)?.format ??
        start.sheets.find((s) => s.name === c.sheet)!.columnFormats[c.col] ??
        {};
      expect(pick(cell.format, (k) => k.startsWith("font."))).toEqual(
        pick(before, (k) => k.startsWith("font.")),
      );
      if (!c.borrow) expect(pick(cell.format, isBorder)).toEqual(pick(before, isBorder));
    }
    // A second run finds the style and does not add it again (Excel refuses a second add).
    await runEvaluation(host, defaultSettings, "zh-CN");
    expect(ctx.setters.filter((s) => s === "style").length).toBeGreaterThan(0);
    expect([...ctx.state.styles.keys()].filter((k) => k === COMPUTED_STYLE_NAME)).toHaveLength(1);
  });

  it("falls back to the fill alone before ExcelApi 1.9, in 3 syncs as before", async () => {
    const { ctx, host } = fakeHost(await fakeOf(SAMPLE), upTo(8));
    const { result } = await runEvaluation(host, defaultSettings, "zh-CN");
    expect(ctx.syncs).toBe(3);
    expect(ctx.state.styles.has(COMPUTED_STYLE_NAME)).toBe(false);
    const c = result.plan.cells.find((w) => w.style === "computed")!;
    expect(cellAt(ctx.state, c.sheet, c.row, c.col)).toMatchObject({ format: { "fill.color": "#FFF2CC" } });
    expect(cellAt(ctx.state, c.sheet, c.row, c.col)?.style).toBeUndefined();
  });
});

describe("Office adapter: appended columns continue the table", () => {
  it.each([SAMPLE, ...REAL])(
    "%s: borders of the row's last table cell, the header cell's whole look",
    async (path) => {
      const state = await fakeOf(path);
      decorate(state, 0);
      const start = cloneState(state);
      const { ctx, host } = fakeHost(state);
      const { result } = await runEvaluation(host, defaultSettings, "zh-CN");
      const borrowing = result.plan.cells.filter(
        (c): c is CellWrite & { borrow: NonNullable<CellWrite["borrow"]> } => Boolean(c.borrow),
      );
      expect(borrowing.length).toBeGreaterThan(0);
      let checked = 0;
      for (const c of borrowing) {
        const from = cellAt(start, c.sheet, c.borrow.row, c.borrow.col)?.format ?? {};
        const cell = cellAt(ctx.state, c.sheet, c.row, c.col)!;
        expect(pick(cell.format, isBorder)).toEqual(pick(from, isBorder));
        if (c.borrow.part === "style") {
          // The decorated header has a look of its own: the appended header takes it whole.
          const look = (k: string) => !k.startsWith("protection.");
          expect(pick(cell.format, look)).toEqual(pick(from, look));
        } else if (c.style === "computed") expect(cell.style).toBe(COMPUTED_STYLE_NAME);
        checked++;
      }
      figure(`${path.split("/").pop()}: ${checked} appended cells took the table's look`);
    },
  );

  it("gives an appended header the plan's header look where the table's header has none", async () => {
    const { ctx, host } = fakeHost(await fakeOf(SAMPLE));
    const { result } = await runEvaluation(host, defaultSettings, "zh-CN");
    const header = result.plan.cells.find((c) => c.borrow?.part === "style")!;
    expect(cellAt(ctx.state, header.sheet, header.row, header.col)?.format).toMatchObject({
      "font.bold": true,
      "fill.color": "#DDEBF7",
      wrapText: true,
    });
  });
});

describe("Office adapter: revert puts back the exact looks", () => {
  it.each([SAMPLE, ...REAL])(
    "%s: every property of every cell, the styles and sheets equal the original's after two runs and a revert",
    async (path) => {
      const state = await fakeOf(path);
      decorate(state, 2);
      const start = cloneState(state);
      const { ctx, host } = fakeHost(state);
      await runEvaluation(host, defaultSettings, "zh-CN");
      expect(plainState(ctx.state)).not.toEqual(plainState(start));
      await runEvaluation(host, defaultSettings, "zh-CN");
      const record = recordFromData(await readWorkbook(ctx as unknown as Excel.RequestContext))!;
      const outcome = await host.revert();
      expect(outcome).toEqual({ kind: "reverted", cells: expect.any(Number) });
      expect(plainState(ctx.state)).toEqual(plainState(start));
      figure(
        `${path.split("/").pop()}: ${record.cells.length} cells recorded with ${record.officeLooks?.length ?? 0} distinct looks, ` +
          `record ${JSON.stringify(record).length} characters`,
      );
    },
  );

  it("cells the run created are gone again, their column's format showing, not a plain style", async () => {
    const state = await fakeOf(SAMPLE);
    // Whole columns formatted, no cell of its own: a cell Excel creates there takes the column's format.
    state.sheets.forEach((s) => {
      for (let c = 0; c < 30; c++) s.columnFormats[c] = { "fill.color": "#E2EFDA", "fill.pattern": "Solid" };
    });
    const keys = state.sheets.map((s) => [...s.cells.keys()].sort());
    const { ctx, host } = fakeHost(state);
    await runEvaluation(host, defaultSettings, "zh-CN");
    expect(ctx.state.sheets.some((s, i) => i < keys.length && s.cells.size > keys[i].length)).toBe(true);
    await host.revert();
    expect(
      ctx.state.sheets.filter((s) => s.name !== REVERT_SHEET).map((s) => [...s.cells.keys()].sort()),
    ).toEqual(keys);
  });

  it("names the cells it could not put back exactly: looks on Excel without ExcelApi 1.9", async () => {
    const state = stateFrom(indicatorWorkbook(3));
    decorate(state, 1);
    const ctx = new FakeContext(state);
    const before = await readWorkbook(ctx as unknown as Excel.RequestContext, { supports: () => true });
    const outcome = await applyPlan(ctx as unknown as Excel.RequestContext, planFor(3), before, {
      supports: () => true,
    });
    expect(outcome.kind).toBe("written");
    const done = await revertWorkbook(ctx as unknown as Excel.RequestContext, { supports: upTo(8) });
    // The restyled cells (the header I1, the scores G2:G4) get Excel's plain look back, and are named.
    const at = (ref: string) => `${quoteSheet(INDICATORS)}!${ref}`;
    expect(done?.unrestored).toEqual([at("I1"), at("G2"), at("G3"), at("G4")]);
  });

  /**
   * Writes 2,500 restyled cells (plus the header) into a table given `look`, then reverts; answers
   * capped at 1 MB (about 1,000 cells) so that the cell-by-cell reads take several syncs.
   */
  const n = 2500;
  async function large(look: (state: FakeState) => void) {
    const state = stateFrom(indicatorWorkbook(n));
    look(state);
    const start = cloneState(state);
    const ctx = new FakeContext(state);
    const before = await readWorkbook(ctx as unknown as Excel.RequestContext, { supports: () => true });
    const reads = ctx.syncs;
    const outcome = await applyPlan(ctx as unknown as Excel.RequestContext, planFor(n), before, {
      supports: () => true,
      responseBytes: 1024 * 1024,
    });
    if (outcome.kind !== "written") throw new Error(`${outcome.kind}: ${outcome.error.message}`);
    // The answers of the look reads: the syncs of the write before its chunks.
    const answers = ctx.answerBytes.slice(reads, reads + outcome.syncs - outcome.chunkBytes.length);
    expect(outcome.record.cells.filter((c) => c.office !== undefined)).toHaveLength(n + 1);
    await revertWorkbook(ctx as unknown as Excel.RequestContext, { supports: () => true });
    expect(plainState(ctx.state)).toEqual(plainState(start));
    return { outcome, answers, looks: outcome.record.officeLooks?.length ?? 0 };
  }

  it("reads a large table whose columns look alike in one sync, a few hundred bytes a column", async () => {
    const { outcome, answers, looks } = await large((state) => {
      // A table as units draw them: thin black grid, 宋体 10, every cell alike.
      for (const [, cell] of state.sheets[1].cells) {
        for (const e of EDGES) setFlat(cell.format, `borders.${e}.style`, "Continuous");
        setFlat(cell.format, "font.name", "宋体");
        setFlat(cell.format, "font.size", 10);
      }
      for (let r = 1; r <= n; r++) {
        const cell = { value: null, numFmt: "General", format: {} as Flat };
        for (const e of EDGES) setFlat(cell.format, `borders.${e}.style`, "Continuous");
        setFlat(cell.format, "font.name", "宋体");
        setFlat(cell.format, "font.size", 10);
        state.sheets[1].cells.set(`${r},6`, cell);
      }
    });
    expect(outcome.syncs).toBe(2); // the shared looks, then the write
    expect(answers[0]).toBeLessThan(10_000);
    expect(looks).toBeLessThanOrEqual(4);
    figure(`${n} alike cells: one look read of ${answers[0]} bytes, ${looks} distinct looks recorded`);
  });

  it("reads a large table whose cells differ cell by cell, in answers under Excel's limit", async () => {
    const { outcome, answers, looks } = await large((state) => decorate(state, 1));
    const perCell = answers.slice(1);
    expect(perCell.length).toBeGreaterThanOrEqual(3);
    for (const b of answers) expect(b).toBeLessThan(1024 * 1024);
    expect(outcome.syncs).toBe(answers.length + outcome.chunkBytes.length);
    figure(
      `${n} varied cells: look reads of ${answers.join(", ")} bytes (shared, then cell by cell), ${looks} distinct looks`,
    );
  });
});

describe("Office adapter: revert when the workbook changed since", () => {
  it("gives back the rest of the look where a cell's style was deleted since, and names the cell", async () => {
    const state = stateFrom(indicatorWorkbook(3));
    decorate(state, 1);
    // G2, which the run fills with a score, wears the built-in style Note before the run.
    const g2 = state.sheets[1].cells.get("1,6") ?? { value: null, numFmt: "General", format: {} };
    applyNamedStyle(g2, state.styles.get("Note")!);
    setFlat(g2.format, "font.italic", true);
    state.sheets[1].cells.set("1,6", g2);
    const look = { ...g2.format };
    const ctx = new FakeContext(state);
    const before = await readWorkbook(ctx as unknown as Excel.RequestContext, { supports: () => true });
    await applyPlan(ctx as unknown as Excel.RequestContext, planFor(3), before, { supports: () => true });
    ctx.state.styles.delete("Note"); // the user deletes the style (the fake leaves its cells alone)
    const done = await revertWorkbook(ctx as unknown as Excel.RequestContext, { supports: () => true });
    expect(done?.unrestored).toEqual([`${quoteSheet(INDICATORS)}!G2`]);
    const after = ctx.state.sheets[1].cells.get("1,6")!;
    expect(after.style).toBeUndefined();
    expect(after.format).toEqual(look);
    expect(after.format["fill.color"]).toBe("#FFFFCC");
    expect(ctx.state.sheets.map((s) => s.name)).not.toContain(REVERT_SHEET);
  });
});

/** The Office adapter's page layouts in the revert record, and the rule that decides what a run sets. */
import { pageChange, type PageNow } from "../../../src/core/print/officePage";
import type { PrintSetup } from "../../../src/core/plan/writePlan";
import {
  mergePages,
  parseRecord,
  recordFor,
  serializeRecord,
  type RecordedPage,
} from "../../../src/core/revert";

const setup: PrintSetup = {
  sheet: "指标",
  page: { paper: "A4", orientation: "portrait", fitToWidth: true },
  area: { top: 0, left: 0, bottom: 9, right: 4 },
  titleRows: { top: 1, bottom: 2 },
};
const defaults: PageNow = {
  paperSize: "Letter",
  zoom: { scale: 100 },
  hasPrintArea: false,
  hasPrintTitles: false,
};

describe("pageChange: only what the user has not set", () => {
  it("sets everything on a sheet at Excel's defaults, and records what it replaces", () => {
    expect(pageChange(setup, defaults)).toEqual({
      sheet: "指标",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printArea: setup.area,
      titleRows: setup.titleRows,
      before: {
        sheet: "指标",
        paperSize: "Letter",
        zoom: { scale: 100 },
        names: ["Print_Area", "Print_Titles"],
      },
    });
  });
  it("keeps a paper, a scale, a fit, a print area and print titles of the user's", () => {
    const own: PageNow = { paperSize: "A3", zoom: { scale: 80 }, hasPrintArea: true, hasPrintTitles: true };
    expect(pageChange(setup, own)).toBeNull();
    const fit = pageChange(setup, { ...own, zoom: { horizontalFitToPages: 2, verticalFitToPages: null } });
    expect(fit).toBeNull();
    // A 100 % scale is Excel's default, not a choice: the fit is set.
    expect(pageChange(setup, { ...own, zoom: { scale: 100 } })?.zoom).toEqual({
      horizontalFitToPages: 1,
      verticalFitToPages: 0,
    });
  });
  it("adds no print titles when the plan has none", () => {
    expect(pageChange({ ...setup, titleRows: undefined }, defaults)?.before.names).toEqual(["Print_Area"]);
  });
});

describe("officePages in the record", () => {
  const a: RecordedPage = { sheet: "指标", paperSize: "Letter", names: ["Print_Area"] };
  it("merges runs: the first paper and zoom stay, names accumulate, empty entries go", () => {
    expect(
      mergePages(
        [a],
        [
          { sheet: "指标", paperSize: "A4", zoom: { scale: 90 }, names: ["Print_Titles"] },
          { sheet: "other", names: [] },
        ],
      ),
    ).toEqual([
      { sheet: "指标", paperSize: "Letter", zoom: { scale: 90 }, names: ["Print_Area", "Print_Titles"] },
    ]);
  });
  it("is kept by a later record and validated on read", () => {
    const base = { version: 1 as const, cells: [], addedSheets: [], conditionalFormats: [] };
    const r = recordFor(
      { cells: [], conditionalFormats: [], newSheets: [], removeSheets: [] },
      { sheets: [] },
      {
        ...base,
        officePages: [a],
      },
    );
    expect(r.officePages).toEqual([a]);
    expect(parseRecord(serializeRecord(r, 20))).toEqual(r);
    for (const bad of [
      [{ sheet: 1, names: [] }],
      [{ sheet: "x", names: ["Print_Everything"] }],
      [{ sheet: "x", names: [], zoom: { scale: "80" } }],
      [{ sheet: "x", names: [], zoom: { other: 1 } }],
      [{ sheet: "x", paperSize: 9, names: [] }],
      { sheet: "x", names: [] },
    ])
      expect(parseRecord([JSON.stringify({ ...base, officePages: bad })])).toBeNull();
  });
});

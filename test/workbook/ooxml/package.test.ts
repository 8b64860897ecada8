/**
 * What patching a package promises beyond the apply-plan contract: every XML part written is
 * well-formed with its namespaces bound; parts the run does not change come out byte for byte;
 * parts ExcelJS never knew (custom XML, images) survive; files from other producers (namespace
 * prefixes, rows and cells without positions, inline strings, no styles part, a calculation chain,
 * sheet-scoped names) are read and written correctly.
 */
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { runEngine } from "../../../src/core/engine";
import { cellAt } from "../../../src/core/grid";
import type { WritePlan } from "../../../src/core/plan/writePlan";
import {
  applyPlanToPackage,
  applyPlanWithRecordToPackage,
  loadPackageBuffer,
  packageBuffer,
} from "../../../src/workbook/ooxml";
import { samplePath, tempDir } from "../../helpers/evaluateFile";
import { describeWithLibreOffice, recalculate, recalculatedValues } from "../../helpers/libreoffice";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const options = { rules: "mof2020", lang: "zh-CN", summary: true } as const;

/** Throws on any XML that is not well-formed or uses an unbound prefix. */
function expectWellFormed(name: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let error: Error | undefined;
  parser.on("error", (e) => (error ??= e));
  parser.write(xml).close();
  expect([name, error?.message ?? null]).toEqual([name, null]);
}

async function parts(buf: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("nodebuffer"));
  return out;
}

function evaluate(buf: Buffer): Buffer {
  const doc = loadPackageBuffer(buf, "in.xlsx");
  applyPlanWithRecordToPackage(doc, runEngine(doc.data, options).plan);
  return packageBuffer(doc);
}

const sample = fs.readFileSync(samplePath);

test("every XML part of an evaluated workbook is well-formed, and untouched parts are byte for byte", async () => {
  const before = await parts(sample);
  const after = await parts(evaluate(sample));
  for (const [name, bytes] of after)
    if (/\.(xml|rels)$/.test(name)) expectWellFormed(name, bytes.toString("utf8"));
  const changed = [...before].filter(([n, b]) => !after.get(n)?.equals(b)).map(([n]) => n);
  // Only the workbook, its relationships and content types, the styles, the sheets written to, and
  // app.xml's list of sheets.
  expect(changed.sort()).toEqual(
    [
      "[Content_Types].xml",
      "docProps/app.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/styles.xml",
      "xl/workbook.xml",
      ...changed.filter((n) => n.startsWith("xl/worksheets/")),
    ].sort(),
  );
  expect(changed.filter((n) => n.startsWith("xl/worksheets/")).length).toBeGreaterThan(0);
  expect(changed.length).toBeLessThan(before.size);
});

test("parts the product does not know (custom XML, an image) survive evaluate", async () => {
  const zip = await JSZip.loadAsync(sample);
  const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001", "hex");
  zip.file("customXml/item1.xml", '<?xml version="1.0"?><budget xmlns="urn:x-bureau">2021</budget>');
  zip.file("xl/media/image1.png", png);
  const input = await zip.generateAsync({ type: "nodebuffer" });
  const out = await parts(evaluate(input));
  expect(out.get("xl/media/image1.png")).toEqual(png);
  expect(out.get("customXml/item1.xml")?.toString()).toContain("urn:x-bureau");
});

/** The sample's parts rewritten with an `x:` prefix on every SpreadsheetML element, as some producers write them. */
async function prefixed(buf: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  for (const name of Object.keys(zip.files)) {
    if (!/^xl\/(workbook|styles|sharedStrings|worksheets\/sheet\d+)\.xml$/.test(name)) continue;
    const xml = await zip.file(name)!.async("string");
    const out = xml
      .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (m, slash: string, tag: string) =>
        tag.includes(":") ? m : `<${slash}x:${tag}`,
      )
      .replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`);
    zip.file(name, out);
  }
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("a workbook whose XML uses a namespace prefix", () => {
  let input: Buffer;
  let output: Buffer;
  beforeAll(async () => {
    input = await prefixed(sample);
    output = evaluate(input);
  });

  test("reads to the same grids as the unprefixed file", () => {
    expect(loadPackageBuffer(input).data).toEqual(loadPackageBuffer(sample).data);
  });

  test("is written with the same prefix, well-formed, and reads back with the run's formulas", async () => {
    const files = await parts(output);
    for (const [name, bytes] of files)
      if (/\.(xml|rels)$/.test(name)) expectWellFormed(name, bytes.toString("utf8"));
    const sheets = [...files].filter(([n]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    expect((await parts(input)).get("xl/worksheets/sheet1.xml")!.toString()).toContain("<x:row ");
    expect(sheets.some(([, b]) => /<x:c r="[A-Z]+\d+"( s="\d+")?><x:f>/.test(b.toString()))).toBe(true);
    const expected = runEngine(loadPackageBuffer(input).data, options).plan.cells;
    const back = loadPackageBuffer(output).data;
    for (const w of expected.filter((c) => c.kind === "formula")) {
      const g = back.sheets.find((s) => s.name === w.sheet)!;
      expect(cellAt(g, w.row, w.col)?.formula).toBe(w.formula);
    }
  });

  describeWithLibreOffice("LibreOffice", () => {
    test("recalculates the prefixed output to the engine's figures", async () => {
      const dir = tempDir("pse-prefixed-");
      const file = path.join(dir, "prefixed.xlsx");
      fs.writeFileSync(file, output);
      const values = await recalculatedValues(await recalculate(file));
      const plan = runEngine(loadPackageBuffer(input).data, options).plan;
      const numeric = plan.cells.filter((c) => c.kind === "formula" && typeof c.value === "number");
      expect(numeric.length).toBeGreaterThan(20);
      for (const w of numeric) {
        if (w.kind !== "formula") continue;
        const got = values.get(`${w.sheet}!${String.fromCharCode(65 + w.col)}${w.row + 1}`);
        expect([w.sheet, w.row, w.col, Number(got)]).toEqual([
          w.sheet,
          w.row,
          w.col,
          expect.closeTo(w.value as number, 6),
        ]);
      }
    }, 180_000);
  });
});

/** A package written by hand the way small generators do: no styles part, rows and cells without r, inline strings. */
async function handmade(
  sheetData: string,
  extra: { names?: string; calcChain?: boolean } = {},
): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      (extra.calcChain
        ? '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>'
        : "") +
      "</Types>",
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook xmlns="${MAIN_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      '<bookViews><workbookView activeTab="1"/></bookViews>' +
      '<sheets><sheet name="Old" sheetId="1" r:id="rId1"/><sheet name="Data" sheetId="2" r:id="rId2"/></sheets>' +
      (extra.names ?? "") +
      "</workbook>",
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>' +
      (extra.calcChain
        ? '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>'
        : "") +
      "</Relationships>",
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0"?><worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>`,
  );
  zip.file(
    "xl/worksheets/sheet2.xml",
    `<?xml version="1.0"?><worksheet xmlns="${MAIN_NS}">${sheetData}</worksheet>`,
  );
  if (extra.calcChain)
    zip.file("xl/calcChain.xml", `<calcChain xmlns="${MAIN_NS}"><c r="C2" i="2"/></calcChain>`);
  return zip.generateAsync({ type: "nodebuffer" });
}

const implicit =
  "<sheetData>" +
  '<row><c t="inlineStr"><is><t>项目</t></is></c><c t="inlineStr"><is><r><t>预算</t></r><r><t>数</t></r></is></c></row>' +
  '<row><c t="inlineStr"><is><t>办公 &amp; 会议</t></is></c><c><v>100</v></c></row>' +
  '<row r="5"><c r="B5"><v>7</v></c><c><v>8</v></c></row>' +
  "</sheetData>";

test("rows and cells without positions, inline strings and rich inline text are read where they are", async () => {
  const g = loadPackageBuffer(await handmade(implicit)).data.sheets[1];
  expect(g.rows[0]).toEqual([{ value: "项目" }, { value: "预算数" }]);
  expect(g.rows[1]).toEqual([{ value: "办公 & 会议" }, { value: 100 }]);
  expect(cellAt(g, 4, 1)).toEqual({ value: 7 });
  expect(cellAt(g, 4, 2)).toEqual({ value: 8 });
});

const plan = (extra: Partial<WritePlan> = {}): WritePlan => ({
  removeSheets: [],
  conditionalFormats: [],
  newSheets: [],
  cells: [
    { kind: "formula", sheet: "Data", row: 1, col: 2, formula: "B2*2", value: 200, numFmt: "0.00" },
    { kind: "text", sheet: "Data", row: 2, col: 0, text: '新行 <tag> & "quote"', style: "header" },
  ],
  ...extra,
});

test("writing into such a file keeps every cell where it was, and adds a styles part", async () => {
  const doc = loadPackageBuffer(await handmade(implicit));
  applyPlanToPackage(doc, plan());
  const out = packageBuffer(doc);
  const files = await parts(out);
  for (const [name, bytes] of files)
    if (/\.(xml|rels)$/.test(name)) expectWellFormed(name, bytes.toString("utf8"));
  expect(files.has("xl/styles.xml")).toBe(true);
  expect(files.get("[Content_Types].xml")!.toString()).toContain("/xl/styles.xml");
  const g = loadPackageBuffer(out).data.sheets[1];
  expect(g.rows[0]).toEqual([{ value: "项目" }, { value: "预算数" }]);
  expect(g.rows[1]).toEqual([
    { value: "办公 & 会议" },
    { value: 100 },
    { value: 200, formula: "B2*2", numFmt: "0.00" },
  ]);
  expect(g.rows[2]).toEqual([{ value: '新行 <tag> & "quote"' }]);
  expect(cellAt(g, 4, 1)).toEqual({ value: 7 });
  expect(cellAt(g, 4, 2)).toEqual({ value: 8 });
});

test("removing a sheet drops its part, keeps sheet-scoped names on their sheets, and drops the calculation chain", async () => {
  const names =
    '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">Data!$A$1:$B$5</definedName>' +
    '<definedName name="OldOnly" localSheetId="0">Old!$A$1</definedName><definedName name="Rate">Data!$B$2</definedName></definedNames>';
  const doc = loadPackageBuffer(await handmade(implicit, { names, calcChain: true }));
  applyPlanToPackage(doc, plan({ removeSheets: ["old"] }));
  const files = await parts(packageBuffer(doc));
  const wb = files.get("xl/workbook.xml")!.toString();
  expectWellFormed("workbook", wb);
  expect(wb).not.toContain('name="Old"');
  expect(wb).toContain('<definedName name="_xlnm.Print_Area" localSheetId="0">');
  expect(wb).not.toContain("OldOnly");
  expect(wb).toContain('<definedName name="Rate">');
  expect(wb).toMatch(/<workbookView activeTab="0"/);
  expect(wb).toMatch(/fullCalcOnLoad="1"/);
  expect(files.has("xl/worksheets/sheet1.xml")).toBe(false);
  expect(files.has("xl/calcChain.xml")).toBe(false);
  expect(files.get("xl/_rels/workbook.xml.rels")!.toString()).not.toMatch(/calcChain|sheet1\.xml/);
  expect(files.get("[Content_Types].xml")!.toString()).not.toMatch(/calcChain|sheet1\.xml/);
});

test("zips as other producers write them: stored entries, data descriptors (streamed, as Java tools write), crc checked", async () => {
  const zip = await JSZip.loadAsync(sample);
  const expected = loadPackageBuffer(sample).data;
  for (const options of [
    { compression: "STORE" as const },
    { compression: "DEFLATE" as const, streamFiles: true },
  ]) {
    const buf = await zip.generateAsync({ type: "nodebuffer", ...options });
    expect(loadPackageBuffer(buf).data).toEqual(expected);
    const out = await parts(evaluate(buf));
    for (const [name, bytes] of out)
      if (/\.(xml|rels)$/.test(name)) expectWellFormed(name, bytes.toString("utf8"));
  }
  // JSZip itself checks every entry's CRC-32 when it reads our output.
  await expect(JSZip.loadAsync(evaluate(sample), { checkCRC32: true })).resolves.toBeDefined();
});

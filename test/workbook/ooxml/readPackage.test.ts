import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellAt, shownValue, type Grid } from "../../../src/core/grid";
import { isDateFormat as isDateNumFmt } from "../../../src/core/parse/number";
import { loadPackage as loadXlsx, loadPackageBuffer } from "../../../src/workbook/ooxml";
import { slideFormula } from "../../../src/workbook/ooxml/sharedFormula";
import { XlsxError } from "../../../src/workbook/xlsxError";

/** The package reader, through the promise-returning shape these tests were written for. */
const loadXlsxBuffer = (buf: Buffer, name?: string) =>
  Promise.resolve().then(() => loadPackageBuffer(buf, name));
import { featureWorkbook, tempDir, writeWorkbook } from "../xlsx/fixtures";

let dir: string;
let file: string;

beforeAll(async () => {
  dir = tempDir();
  file = await writeWorkbook(await featureWorkbook(), dir, "features.xlsx");
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function sheet(grids: readonly Grid[], name: string): Grid {
  const g = grids.find((s) => s.name === name);
  if (!g) throw new Error(`no sheet ${name}`);
  return g;
}

describe("package reader: grids", () => {
  test("every worksheet in order, with hidden and protected flags", async () => {
    const { data } = await loadXlsx(file);
    expect(data.sheets.map((s) => [s.name, !!s.hidden, !!s.protected])).toEqual([
      ["预算 表", false, false],
      ["隐藏", true, false],
      ["Backup", true, false],
      ["Locked", false, true],
    ]);
  });

  test("values, merges (0-based), rich text, hyperlinks, booleans, number formats", async () => {
    const g = sheet((await loadXlsx(file)).data.sheets, "预算 表");
    expect(g.merges).toEqual(
      expect.arrayContaining([
        { top: 0, left: 0, bottom: 1, right: 0 },
        { top: 0, left: 1, bottom: 0, right: 2 },
      ]),
    );
    expect(g.merges).toHaveLength(2);
    expect(cellAt(g, 0, 0)).toEqual({ value: "项目" });
    expect(cellAt(g, 1, 0)).toBeUndefined(); // covered by the merge
    expect(cellAt(g, 0, 2)).toBeUndefined();
    expect(shownValue(g, 1, 0)).toBe("项目");
    expect(shownValue(g, 0, 2)).toBe("预算数");
    expect(cellAt(g, 2, 1)).toEqual({ value: 100 });
    expect(cellAt(g, 2, 5)).toEqual({ value: "偏差原因" });
    expect(cellAt(g, 3, 5)).toEqual({ value: "链接" });
    expect(cellAt(g, 2, 7)).toEqual({ value: true });
    expect(cellAt(g, 3, 7)).toEqual({ value: false });
    expect(cellAt(g, 2, 8)).toEqual({ value: 1234.5, numFmt: "#,##0.00" });
    expect(cellAt(g, 2, 9)).toEqual({ value: "=not a formula" });
  });

  test("formulas with cached results; shared formulas resolved for dependents", async () => {
    const g = sheet((await loadXlsx(file)).data.sheets, "预算 表");
    expect(cellAt(g, 2, 3)).toEqual({ value: 0.8, formula: 'IF(B3=0,"B3",C3/B3*$B$3/100)', numFmt: "0.00%" });
    expect(cellAt(g, 3, 3)).toEqual({ value: 0, formula: 'IF(B4=0,"B3",C4/B4*$B$3/100)' });
    expect(cellAt(g, 4, 3)).toEqual({ value: "B3", formula: 'IF(B5=0,"B3",C5/B5*$B$3/100)' });
  });

  test("errors as {error}, alone and as a formula result", async () => {
    const g = sheet((await loadXlsx(file)).data.sheets, "预算 表");
    expect(cellAt(g, 2, 4)).toEqual({ value: { error: "#DIV/0!" } });
    expect(cellAt(g, 3, 4)).toEqual({ value: { error: "#DIV/0!" }, formula: "1/0" });
  });

  test("dates as Excel serial numbers, numFmt kept", async () => {
    const g = sheet((await loadXlsx(file)).data.sheets, "预算 表");
    expect(cellAt(g, 2, 6)).toEqual({ value: 44561, numFmt: "yyyy-mm-dd" });
    expect(cellAt(g, 3, 6)).toEqual({ value: 44197.5, numFmt: "yyyy-mm-dd hh:mm" });
    expect(isDateNumFmt(cellAt(g, 2, 6)?.numFmt)).toBe(true);
  });

  test("loadXlsxBuffer reads the same data", async () => {
    const a = await loadXlsx(file);
    const b = await loadXlsxBuffer(fs.readFileSync(file), "features.xlsx");
    expect(b.data).toEqual(a.data);
    expect(b.source).toBe("features.xlsx");
  });

  test("a 2-D shared formula in Excel's own XML is resolved for every dependent", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = 1;
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const name = "xl/worksheets/sheet1.xml";
    const xml = await zip.file(name)!.async("string");
    const sheetData =
      "<sheetData>" +
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>' +
      '<c r="C1"><f t="shared" ref="C1:D2" si="0">A1*$B$1&amp;"A1"</f><v>2</v></c><c r="D1" t="str"><f t="shared" si="0"/><v>4A1</v></c></row>' +
      '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><v>4</v></c>' +
      '<c r="C2"><f t="shared" si="0"/><v>6</v></c><c r="D2"><f t="shared" si="0"/><v>0</v></c></row>' +
      "</sheetData>";
    zip.file(name, xml.replace(/<sheetData>[\s\S]*<\/sheetData>|<sheetData\/>/, sheetData));
    const doc = await loadXlsxBuffer(await zip.generateAsync({ type: "nodebuffer" }), "excel.xlsx");
    const g = doc.data.sheets[0];
    expect(cellAt(g, 0, 2)).toEqual({ value: 2, formula: 'A1*$B$1&"A1"' });
    expect(cellAt(g, 0, 3)).toEqual({ value: "4A1", formula: 'B1*$B$1&"A1"' });
    expect(cellAt(g, 1, 2)).toEqual({ value: 6, formula: 'A2*$B$1&"A1"' });
    expect(cellAt(g, 1, 3)).toEqual({ value: 0, formula: 'B2*$B$1&"A1"' });
  });
});

describe("helpers", () => {
  test("isDateNumFmt", () => {
    for (const f of [
      "yyyy-mm-dd",
      "m/d/yy",
      'yyyy"年"m"月"d"日"',
      "[h]:mm:ss",
      "[$-F800]dddd, mmmm dd, yyyy",
      "hh:mm",
    ]) {
      expect([f, isDateNumFmt(f)]).toEqual([f, true]);
    }
    for (const f of ["0.00%", "General", "#,##0.00", "[Red]0.00", '0.00"天"', "@", undefined]) {
      expect([f, isDateNumFmt(f)]).toEqual([f, false]);
    }
  });

  test("slideFormula moves relative references only, not text or absolute parts", () => {
    expect(slideFormula("A1+$A$1+A$1+$A1", 2, 1)).toBe("B3+$A$1+B$1+$A3");
    expect(slideFormula('IF(A1="A1",SUM(A1:B2),0)', 1, 0)).toBe('IF(A2="A1",SUM(A2:B3),0)');
    expect(slideFormula("'It''s A1'!A1+Sheet1!B2", 1, 1)).toBe("'It''s A1'!B2+Sheet1!C3");
    expect(slideFormula("SUM(A:A)+SUM(1:1)+LOG10(C1)", 1, 1)).toBe("SUM(B:B)+SUM(2:2)+LOG10(D2)");
    expect(slideFormula("Table1[[#This Row],[A1]]*1.5E+3", 3, 0)).toBe("Table1[[#This Row],[A1]]*1.5E+3");
    expect(slideFormula("A1", -1, 0)).toBe("#REF!");
    expect(slideFormula("_xlfn.IFS(TRUE,A1)", 1, 0)).toBe("_xlfn.IFS(TRUE,A2)");
  });
});

describe("package reader: inputs that are not readable workbooks", () => {
  async function rejection(p: Promise<unknown>): Promise<Error> {
    try {
      await p;
    } catch (e) {
      return e as Error;
    }
    throw new Error("expected a rejection");
  }

  test("missing file", async () => {
    const p = path.join(dir, "nope.xlsx");
    const e = await rejection(loadXlsx(p));
    expect(e).toBeInstanceOf(XlsxError);
    expect(e.message).toBe(`${p}: file not found`);
  });

  test("a text file", async () => {
    const p = path.join(dir, "x.xlsx");
    fs.writeFileSync(p, "name,value\na,1\n");
    const e = await rejection(loadXlsx(p));
    expect(e.message).toBe(`${p}: not an .xlsx workbook`);
    expect(e.message).not.toContain("\n");
  });

  test("an empty file", async () => {
    const p = path.join(dir, "empty.xlsx");
    fs.writeFileSync(p, "");
    expect((await rejection(loadXlsx(p))).message).toBe(`${p}: not an .xlsx workbook`);
  });

  test("a zip that is not a workbook, and a truncated xlsx", async () => {
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    const p = path.join(dir, "zip.xlsx");
    fs.writeFileSync(p, await zip.generateAsync({ type: "nodebuffer" }));
    const e = await rejection(loadXlsx(p));
    expect(e.message).toMatch(
      new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}: not an \\.xlsx workbook`),
    );
    expect(e.message).not.toContain("\n");

    const t = path.join(dir, "truncated.xlsx");
    const full = fs.readFileSync(file);
    fs.writeFileSync(t, full.subarray(0, Math.floor(full.length / 2)));
    const e2 = await rejection(loadXlsx(t));
    expect(e2.message.startsWith(`${t}: not an .xlsx workbook`)).toBe(true);
    expect(e2.message).not.toContain("\n");
  });

  test("an encrypted workbook (OLE compound file)", async () => {
    const p = path.join(dir, "secret.xlsx");
    fs.writeFileSync(
      p,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    const e = await rejection(loadXlsx(p));
    expect(e.message).toMatch(/secret\.xlsx: encrypted workbook/);
    expect(e.message).not.toContain("\n");
  });

  test("a directory", async () => {
    const e = await rejection(loadXlsx(dir));
    expect(e.message).toBe(`${dir}: is a directory, not an .xlsx workbook`);
  });
});

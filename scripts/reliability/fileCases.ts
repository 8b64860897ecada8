/** Files that are not workbooks the engine can read, or that hold no table. */
import ExcelJS from "exceljs";
import { INDICATOR_HEADERS, BUDGET_HEADERS, STANDARD_TOTAL, standardSheets, workbook } from "./build";
import type { ReliabilityCase } from "./types";

/** The first bytes of an OLE compound file: what Excel writes for a password-protected .xlsx. */
function compoundFile(): Buffer {
  const b = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(b, 0);
  b.write("EncryptionInfo", 1024, "utf16le");
  b.write("EncryptedPackage", 1152, "utf16le");
  return b;
}

/**
 * A real workbook whose central directory gives the first worksheet's uncompressed size as `size`
 * (the local header too): what a zip bomb or a corrupted size field looks like to a reader.
 */
async function withDeclaredSize(size: number | ((actual: number) => number)): Promise<Buffer> {
  const b = Buffer.from(await workbook(standardSheets()));
  const name = "xl/worksheets/sheet1.xml";
  for (let p = 0; p + 46 < b.length; p++) {
    if (b.readUInt32LE(p) !== 0x02014b50) continue;
    const nameLen = b.readUInt16LE(p + 28);
    if (b.toString("utf8", p + 46, p + 46 + nameLen) !== name) continue;
    const actual = b.readUInt32LE(p + 24);
    const declared = typeof size === "number" ? size : size(actual);
    b.writeUInt32LE(declared, p + 24);
    const local = b.readUInt32LE(p + 42);
    if (!(b.readUInt16LE(local + 6) & 8)) b.writeUInt32LE(declared, local + 22);
    return b;
  }
  throw new Error(`${name} not found in the built workbook`);
}

const noTable = /: no budget or indicator table found \(looked for headers such as /;

export const fileCases: readonly ReliabilityCase[] = [
  {
    id: "not-xlsx-text",
    group: "file",
    title: "A text file (CSV) saved with an .xlsx name",
    gets: "error: `FILE: not an .xlsx workbook`; no output",
    build: async () => Buffer.from("项目,全年预算数,全年执行数\n合计,100,95\n", "utf8"),
    expect: { kind: "error", message: /: not an \.xlsx workbook$/ },
  },
  {
    id: "not-xlsx-png",
    group: "file",
    title: "A PNG image renamed to .xlsx",
    gets: "error: `FILE: not an .xlsx workbook`; no output",
    build: async () =>
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]),
    expect: { kind: "error", message: /: not an \.xlsx workbook$/ },
  },
  {
    id: "zero-bytes",
    group: "file",
    title: "An empty (0-byte) file",
    gets: "error: `FILE: not an .xlsx workbook`; no output",
    build: async () => Buffer.alloc(0),
    expect: { kind: "error", message: /: not an \.xlsx workbook$/ },
  },
  {
    id: "truncated-zip",
    group: "file",
    title: "A real workbook cut off halfway (interrupted download)",
    gets: "error: `FILE: not an .xlsx workbook (unreadable)`; no output",
    build: async () => {
      const full = await workbook(standardSheets());
      return full.subarray(0, Math.floor(full.length / 2));
    },
    expect: { kind: "error", message: /: not an \.xlsx workbook \(unreadable\)$/ },
  },
  {
    id: "encrypted",
    group: "file",
    title: "A password-protected workbook (OLE compound file with EncryptionInfo)",
    gets: "error: `FILE: encrypted workbook or legacy .xls (save it as an unprotected .xlsx)`; no output",
    build: async () => compoundFile(),
    expect: {
      kind: "error",
      message: /: encrypted workbook or legacy \.xls \(save it as an unprotected \.xlsx\)$/,
    },
  },
  {
    id: "zip-bomb-declared",
    group: "file",
    title: "A workbook whose sheet declares it expands to 3 GB (a zip bomb, or a corrupted size field)",
    gets: "error: `FILE: part xl/worksheets/sheet1.xml expands to 3072 MB, more than the 400 MB this tool reads (…)`; nothing inflated, no output",
    build: async () => withDeclaredSize(3 * 1024 * 1024 * 1024),
    expect: {
      kind: "error",
      message:
        /: part xl\/worksheets\/sheet1\.xml expands to 3072 MB, more than the 400 MB this tool reads \(a damaged file or a zip bomb\)$/,
    },
  },
  {
    id: "zip-bomb-understated",
    group: "file",
    title: "A workbook whose sheet inflates past the size it declares (a zip bomb that lies about its size)",
    gets: "error: `FILE: part xl/worksheets/sheet1.xml expands past its declared N KB (…)`; inflating stops at the declared size, no output",
    build: async () => withDeclaredSize((actual) => Math.floor(actual / 4)),
    expect: {
      kind: "error",
      message:
        /: part xl\/worksheets\/sheet1\.xml expands past its declared \d+ KB \(a damaged file or a zip bomb\)$/,
    },
  },
  {
    id: "empty-workbook",
    group: "file",
    title: "A workbook with one empty sheet",
    gets: "error: `FILE: no budget or indicator table found (…)`; no output",
    build: async () => workbook([{ name: "Sheet1", rows: [] }]),
    expect: { kind: "error", message: noTable },
  },
  {
    id: "no-worksheets",
    group: "file",
    title: "A workbook whose only sheet is a chart-less, cell-less shell (no worksheets at all)",
    gets: "error: `FILE: not an .xlsx workbook (no worksheets)`; no output",
    build: async () => {
      const wb = new ExcelJS.Workbook();
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
    expect: { kind: "error", message: /: not an \.xlsx workbook \(no worksheets\)$/ },
  },
  {
    id: "headers-only",
    group: "file",
    title: "Budget and indicator headers with no data rows",
    gets: "error: `FILE: no budget or indicator table found (…)`; no output",
    build: async () =>
      workbook([
        { name: "支出", rows: [[...BUDGET_HEADERS]] },
        { name: "绩效指标", rows: [[...INDICATOR_HEADERS]] },
      ]),
    expect: { kind: "error", message: noTable },
  },
  {
    id: "unrelated-data",
    group: "file",
    title: "A workbook of unrelated data (a staff list)",
    gets: "error: `FILE: no budget or indicator table found (…)`; no output",
    build: async () =>
      workbook([
        {
          name: "人员",
          rows: [
            ["姓名", "部门", "电话"],
            ["张三", "办公室", "020-1234"],
            ["李四", "财务科", "020-5678"],
          ],
        },
      ]),
    expect: { kind: "error", message: noTable },
  },
  {
    id: "standard",
    group: "file",
    title: "The standard budget and indicator pair every other case varies (the control)",
    gets: `ok: total ${STANDARD_TOTAL}, 优; below-target and missing-reason at 绩效指标!E2`,
    build: async () => workbook(standardSheets()),
    expect: {
      kind: "ok",
      total: STANDARD_TOTAL,
      grade: "优",
      flags: [
        { code: "below-target", cell: "绩效指标!E2" },
        { code: "missing-reason", cell: "绩效指标!H2" },
      ],
    },
  },
];

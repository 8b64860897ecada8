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

/**
 * The report as a Word file in 公文 format (GB/T 9704-2012, see docs/REPORT.md): A4, margins 37 / 35 /
 * 28 / 26 mm, title 2号小标宋, headings 黑体 / 楷体 / 仿宋 bold at 3号, body 3号仿宋 with digits and Latin in
 * Times New Roman, fixed line spacing 28.8 pt, page numbers "— 1 —" in 4号. Built with the `docx`
 * library from the same ReportDocument the summary sheet is written from.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { ReportDocument } from "../core/narrative/document";
import { renderText } from "../core/narrative/parts";
import { gongwenFonts } from "./gongwenFonts";

/** 1 mm in twentieths of a point. */
const MM = 1440 / 25.4;
const PT = 20;

export const gongwen = {
  page: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
  margin: {
    top: Math.round(37 * MM),
    bottom: Math.round(35 * MM),
    left: Math.round(28 * MM),
    right: Math.round(26 * MM),
  },
  /** 22 lines in the 225 mm text block. */
  lineTwips: Math.round(28.8 * PT),
  fonts: gongwenFonts,
  /** Half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt. */
  size: { title: 44, body: 32, pageNumber: 28, table: 24 },
} as const;

function run(text: string, eastAsia: string, size: number, bold = false): TextRun {
  return new TextRun({
    text,
    bold,
    size,
    color: "000000",
    font: { ascii: gongwen.fonts.latin, hAnsi: gongwen.fonts.latin, eastAsia, cs: gongwen.fonts.latin },
  });
}

const spacing = { line: gongwen.lineTwips, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function heading(text: string, level: 1 | 2 | 3): Paragraph {
  const font = level === 1 ? gongwen.fonts.h1 : level === 2 ? gongwen.fonts.h2 : gongwen.fonts.body;
  return new Paragraph({
    children: [run(text, font, gongwen.size.body, level !== 1)],
    spacing,
    indent: { firstLine: 2 * 16 * PT },
    outlineLevel: level - 1,
  });
}

function cell(text: string, header: boolean): TableCell {
  return new TableCell({
    children: [
      new Paragraph({
        children: [run(text, gongwen.fonts.body, gongwen.size.table, header)],
        alignment: header ? AlignmentType.CENTER : AlignmentType.LEFT,
      }),
    ],
  });
}

const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };

export function reportDocx(doc: ReportDocument): Document {
  const children: (Paragraph | Table)[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "table") {
      const t = b.table;
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: {
            top: line,
            bottom: line,
            left: line,
            right: line,
            insideHorizontal: line,
            insideVertical: line,
          },
          rows: [
            new TableRow({ tableHeader: true, children: t.header.map((h) => cell(h, true)) }),
            ...t.rows.map((r) => new TableRow({ children: r.map((c) => cell(renderText(c), false)) })),
          ],
        }),
      );
      continue;
    }
    const p = b.paragraph;
    const text = renderText(p.parts);
    if (p.style === "title") {
      children.push(
        new Paragraph({
          children: [run(text, gongwen.fonts.title, gongwen.size.title)],
          alignment: AlignmentType.CENTER,
          spacing: { line: Math.round(36 * PT), lineRule: LineRuleType.EXACT, after: gongwen.lineTwips },
        }),
      );
    } else if (p.style === "heading") {
      children.push(heading(text, p.level ?? 1));
    } else {
      children.push(
        new Paragraph({
          children: [run(text, gongwen.fonts.body, gongwen.size.body)],
          spacing,
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 2 * 16 * PT },
        }),
      );
    }
  }
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [
      new TextRun({
        children: ["— ", PageNumber.CURRENT, " —"],
        size: gongwen.size.pageNumber,
        font: { ascii: gongwen.fonts.latin, hAnsi: gongwen.fonts.latin, eastAsia: gongwen.fonts.body },
      }),
    ],
  });
  return new Document({
    styles: {
      default: {
        document: {
          run: {
            size: gongwen.size.body,
            font: { ascii: gongwen.fonts.latin, eastAsia: gongwen.fonts.body },
          },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: gongwen.page,
            margin: { ...gongwen.margin, header: Math.round(15 * MM), footer: Math.round(20 * MM) },
          },
        },
        footers: { default: new Footer({ children: [pageNumber] }) },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export function reportDocxBytes(doc: ReportDocument): Promise<Uint8Array> {
  return Packer.toBuffer(reportDocx(doc));
}

/** The .docx file as a Blob, in a browser (the task pane), where Node's Buffer is missing. */
export function reportDocxBlob(doc: ReportDocument): Promise<Blob> {
  return Packer.toBlob(reportDocx(doc));
}

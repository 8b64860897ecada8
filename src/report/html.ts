/**
 * The report as clipboard content, for hosts that cannot save a file (the desktop WebView blocks
 * blob downloads): HTML that Word and WPS paste with real headings (h1 the title, h2 一、, h3 （一）,
 * h4 1.), paragraphs and the missed-indicator table, and the same text as plain text. Built from the
 * ReportDocument the Word writer and the summary sheet use; the 公文 fonts are named inline, since a
 * paste keeps inline styles and drops style sheets' classes.
 */
import type { ReportBlock, ReportDocument } from "../core/narrative/document";
import { renderText } from "../core/narrative/parts";
import { gongwenFonts } from "./gongwenFonts";

export interface ClipboardReport {
  readonly html: string;
  readonly text: string;
}

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text from the workbook (names, reasons) is escaped: it never becomes markup. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const font = (eastAsia: string): string => `font-family:'${gongwenFonts.latin}','${eastAsia}'`;

const css = {
  title: `${font(gongwenFonts.title)};font-size:22pt;font-weight:normal;text-align:center`,
  h2: `${font(gongwenFonts.h1)};font-size:16pt;font-weight:normal`,
  h3: `${font(gongwenFonts.h2)};font-size:16pt;font-weight:bold`,
  h4: `${font(gongwenFonts.body)};font-size:16pt;font-weight:bold`,
  body: `${font(gongwenFonts.body)};font-size:16pt;text-indent:2em;line-height:28.8pt;margin:0`,
  table: "border-collapse:collapse;width:100%",
  cell: `${font(gongwenFonts.body)};font-size:12pt;border:1px solid #000;padding:2pt 4pt`,
} as const;

function blockHtml(b: ReportBlock): string {
  if (b.kind === "table") {
    const t = b.table;
    const head = t.header.map((h) => `<th style="${css.cell}">${escapeHtml(h)}</th>`).join("");
    const rows = t.rows
      .map(
        (r) =>
          `<tr>${r.map((c) => `<td style="${css.cell}">${escapeHtml(renderText(c))}</td>`).join("")}</tr>`,
      )
      .join("");
    return `<table style="${css.table}"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  }
  const p = b.paragraph;
  const text = escapeHtml(renderText(p.parts));
  switch (p.style) {
    case "title":
      return `<h1 style="${css.title}">${text}</h1>`;
    case "heading": {
      const level = (p.level ?? 1) + 1;
      return `<h${level} style="${css[`h${level}` as "h2" | "h3" | "h4"]}">${text}</h${level}>`;
    }
    case "body":
    case "note":
    case "header":
    case "computed":
    case "legend":
      return `<p style="${css.body}">${text}</p>`;
  }
}

function blockText(b: ReportBlock): string {
  if (b.kind === "table")
    return [b.table.header, ...b.table.rows.map((r) => r.map((c) => renderText(c)))]
      .map((cells) => cells.join("\t"))
      .join("\n");
  return renderText(b.paragraph.parts);
}

export function clipboardReport(doc: ReportDocument): ClipboardReport {
  const body = doc.blocks.map(blockHtml).join("\n");
  const html =
    `<!DOCTYPE html><html lang="${doc.lang}"><head><meta charset="utf-8"><title>${escapeHtml(reportName(doc))}</title></head>` +
    `<body>\n${body}\n</body></html>`;
  return { html, text: doc.blocks.map(blockText).join("\n\n") };
}

/** The document's title: its first title paragraph. */
export function reportName(doc: ReportDocument): string {
  for (const b of doc.blocks)
    if (b.kind === "paragraph" && b.paragraph.style === "title") return renderText(b.paragraph.parts).trim();
  return "";
}

/** Characters Windows, macOS and Linux refuse in a file name (control characters too, below). */
const UNSAFE = /[\\/:*?"<>|]+/g;

const withoutControls = (s: string): string =>
  Array.from(s, (c) => (c.charCodeAt(0) < 32 ? "_" : c)).join("");

/**
 * The saved file's name: the report's title ("…2021年部门整体支出绩效自评报告.docx", which names the unit
 * and the year), or the workbook's name when the title is empty; `fallback` when both are.
 */
export function reportFileName(doc: ReportDocument, workbookName: string | null, fallback: string): string {
  const base = withoutControls(
    reportName(doc) || (workbookName ?? "").replace(/\.xls[xmb]?$/i, "") || fallback,
  )
    .replace(UNSAFE, "_")
    .replace(/^[\s.]+|[\s.]+$/g, "")
    .slice(0, 120);
  return `${base || fallback}.docx`;
}

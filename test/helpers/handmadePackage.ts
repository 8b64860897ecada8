/** Small .xlsx packages written part by part, for tests that need XML no library writes. */
import JSZip from "jszip";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";

export interface HandmadeSheet {
  readonly name: string;
  /** The whole worksheet part. */
  readonly xml: string;
}

export interface HandmadeOptions {
  /** Inserted after `<sheets>` in the workbook part (definedNames, calcPr). */
  readonly workbookTail?: string;
  /** The styles part; none when omitted. */
  readonly styles?: string;
  /** docProps/app.xml; none when omitted. */
  readonly app?: string;
}

/** A worksheet part around `body` (sheetData and what follows it), with the main and r namespaces. */
export function worksheet(body: string, attrs = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"${attrs}>${body}</worksheet>`;
}

export async function handmadePackage(
  sheets: readonly HandmadeSheet[],
  o: HandmadeOptions = {},
): Promise<Buffer> {
  const zip = new JSZip();
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>`,
    ...sheets.map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
    ),
    ...(o.styles
      ? [`<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`]
      : []),
    ...(o.app
      ? [`<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>`]
      : []),
  ];
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      overrides.join("") +
      "</Types>",
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0"?><Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      (o.app
        ? `<Relationship Id="rId2" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/>`
        : "") +
      "</Relationships>",
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets>` +
      sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("") +
      `</sheets>${o.workbookTail ?? ""}</workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0"?><Relationships xmlns="${PKG_REL_NS}">` +
      sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join("") +
      (o.styles
        ? `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>`
        : "") +
      "</Relationships>",
  );
  sheets.forEach((s, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, s.xml));
  if (o.styles) zip.file("xl/styles.xml", o.styles);
  if (o.app) zip.file("docProps/app.xml", o.app);
  return zip.generateAsync({ type: "nodebuffer" });
}

/** One part of a package, as text. */
export async function partText(buf: Buffer, name: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(buf)).file(name)?.async("string");
}

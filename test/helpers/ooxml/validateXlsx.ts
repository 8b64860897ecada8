/**
 * Excel's acceptance, as near as we can test it offline: every XML part of an .xlsx, after Markup
 * Compatibility, validated against the ECMA-376 transitional schemas (schemas/ooxml/), plus the
 * cross-part rules of crossPart.ts. Many workbooks are checked in one child process (loading the
 * schemas takes about a second).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { crossPartProblems } from "./crossPart";
import { applyMarkupCompatibility, type XmlNode } from "./markupCompat";

/** Schema (under schemas/ooxml/) by the namespace of a part's document element. */
const SCHEMAS: Readonly<Record<string, string>> = {
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main": "transitional/sml.xsd",
  "http://schemas.openxmlformats.org/package/2006/content-types": "opc/opc-contentTypes.xsd",
  "http://schemas.openxmlformats.org/package/2006/relationships": "opc/opc-relationships.xsd",
  "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties":
    "transitional/shared-documentPropertiesExtended.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing":
    "transitional/dml-spreadsheetDrawing.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/chart": "transitional/dml-chart.xsd",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "transitional/dml-main.xsd",
};

const script = path.join(__dirname, "validate-parts.mjs");

export interface Workbook {
  readonly name: string;
  readonly data: Buffer;
}

/** Problems of each workbook (by name), as "part: message"; an empty list when it passes. */
export async function validateWorkbooks(books: readonly Workbook[]): Promise<Map<string, string[]>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pse-xsd-"));
  const result = new Map<string, string[]>();
  const jobs: { id: string; schema: string; file: string }[] = [];
  const owner = new Map<string, { book: string; part: string }>();
  try {
    for (const [b, book] of books.entries()) {
      const problems: string[] = [];
      result.set(book.name, problems);
      const zip = await JSZip.loadAsync(book.data);
      const names = Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.name);
      const xml = new Map<string, XmlNode>();
      for (const [p, part] of names.entries()) {
        if (!/\.(xml|rels|vml)$/i.test(part)) continue;
        let cleaned;
        try {
          cleaned = applyMarkupCompatibility(await zip.file(part)!.async("string"));
        } catch (e) {
          problems.push(`${part}: not well-formed: ${e instanceof Error ? e.message : String(e)}`);
          continue;
        }
        xml.set(part, cleaned.root);
        const schema = SCHEMAS[cleaned.root.ns];
        if (!schema) continue;
        const id = `${b}-${p}`;
        const file = path.join(dir, `${id}.xml`);
        fs.writeFileSync(file, cleaned.xml);
        jobs.push({ id, schema, file });
        owner.set(id, { book: book.name, part });
      }
      problems.push(...crossPartProblems({ xml, names }));
    }
    const jobsFile = path.join(dir, "jobs.json");
    fs.writeFileSync(jobsFile, JSON.stringify(jobs));
    const run = spawnSync(process.execPath, [script, jobsFile], { encoding: "utf8", maxBuffer: 64 << 20 });
    if (run.status !== 0) throw new Error(`schema validation could not run: ${run.stderr}`);
    const errors = JSON.parse(run.stdout) as Record<string, string[]>;
    for (const [id, list] of Object.entries(errors)) {
      const o = owner.get(id)!;
      for (const e of list) result.get(o.book)!.push(`${o.part}: ${e}`);
    }
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * docProps/app.xml lists the workbook's parts for file browsers: HeadingPairs holds groups (label,
 * count) — "Worksheets"/"工作表", "Named Ranges"/"命名范围", "Charts" — and TitlesOfParts the names
 * of each group in turn. After sheets are added or removed the lists must follow, or the counts
 * disagree with the workbook. Labels are localized, so the worksheet group is recognised by its
 * titles (the old worksheet names), not its label.
 */
import type { Package } from "./opc";
import { relType } from "./opc";
import { decodeXml, element, elements, encodeXml } from "./xml";

interface Group {
  readonly label: string;
  readonly titles: string[];
}

function readGroups(heading: string, titles: string[]): Group[] | undefined {
  const variants = elements(heading, "variant");
  const groups: Group[] = [];
  let at = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const label = element(variants[i].inner, "lpstr");
    const count = element(variants[i + 1].inner, "i4");
    if (!label || !count) return undefined;
    const n = Number(decodeXml(count.inner));
    if (!Number.isInteger(n) || n < 0 || at + n > titles.length) return undefined;
    groups.push({ label: decodeXml(label.inner), titles: titles.slice(at, at + n) });
    at += n;
  }
  return at === titles.length ? groups : undefined;
}

/** The sheet a defined-name title such as `'Sheet 1'!Print_Area` belongs to, lower case. */
function titleSheet(title: string): string | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!/.exec(title);
  return m ? (m[1]?.replace(/''/g, "'") ?? m[2]).toLowerCase() : undefined;
}

export interface SheetListChange {
  /** Worksheet names before the change, in workbook order. */
  readonly before: readonly string[];
  /** Sheet keys (lower case) removed. */
  readonly removed: ReadonlySet<string>;
  /** Names of the worksheets added, in order. */
  readonly added: readonly string[];
}

/** Updates HeadingPairs and TitlesOfParts; leaves a part it cannot read as it is. */
export function updateAppProps(pkg: Package, change: SheetListChange): void {
  if (change.removed.size === 0 && change.added.length === 0) return;
  const rel = pkg.relationships("").find((r) => relType(r.type, "extended-properties"));
  const part = rel?.target ?? "docProps/app.xml";
  const xml = pkg.text(part);
  if (xml === undefined) return;
  const heading = element(xml, "HeadingPairs");
  const parts = element(xml, "TitlesOfParts");
  const hv = heading && element(heading.inner, "vector");
  const tv = parts && element(parts.inner, "vector");
  if (!heading || !parts || !hv || !tv) return;
  const titles = elements(tv.inner, "lpstr").map((e) => decodeXml(e.inner));
  const groups = readGroups(hv.inner, titles);
  if (!groups) return;
  const old = new Set(change.before.map((n) => n.toLowerCase()));
  const sheets = groups.find((g) => g.titles.length > 0 && g.titles.every((t) => old.has(t.toLowerCase())));
  if (!sheets) return;
  const next = groups
    .map((g): Group => {
      if (g === sheets)
        return {
          label: g.label,
          titles: [...g.titles.filter((t) => !change.removed.has(t.toLowerCase())), ...change.added],
        };
      // Other groups (defined names, charts) lose the entries of removed sheets.
      return { label: g.label, titles: g.titles.filter((t) => !change.removed.has(titleSheet(t) ?? "")) };
    })
    .filter((g) => g.titles.length > 0);
  const vt = /^<([\w.-]+:)?vector/.exec(hv.tag)?.[1] ?? "vt:";
  const all = next.flatMap((g) => g.titles);
  const headingXml =
    `<${vt}vector size="${next.length * 2}" baseType="variant">` +
    next
      .map(
        (g) =>
          `<${vt}variant><${vt}lpstr>${encodeXml(g.label)}</${vt}lpstr></${vt}variant>` +
          `<${vt}variant><${vt}i4>${g.titles.length}</${vt}i4></${vt}variant>`,
      )
      .join("") +
    `</${vt}vector>`;
  const titlesXml =
    `<${vt}vector size="${all.length}" baseType="lpstr">` +
    all.map((t) => `<${vt}lpstr>${encodeXml(t)}</${vt}lpstr>`).join("") +
    `</${vt}vector>`;
  // TitlesOfParts follows HeadingPairs in the schema: replace the later one first.
  const [first, second] = heading.start < parts.start ? [heading, parts] : [parts, heading];
  const body = (e: typeof heading) => (e === heading ? headingXml : titlesXml);
  const wrap = (e: typeof heading) =>
    e.tag + body(e) + xml.slice(e.start + e.tag.length + e.inner.length, e.end);
  pkg.setText(
    part,
    xml.slice(0, first.start) +
      wrap(first) +
      xml.slice(first.end, second.start) +
      wrap(second) +
      xml.slice(second.end),
  );
}

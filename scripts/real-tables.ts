/**
 * The real-table corpus as the Markdown table of docs/REAL-TABLES.md (between its tables:start/end
 * markers): each table's source, layout features and the results computed by hand, which the
 * real-table test holds the engine to. Print it with:
 *
 *   npx tsc -p tsconfig.cli.json && node build/cli/scripts/real-tables.js
 */
import { realFixtures } from "./fixtures/real";
import { FEATURES, type RealFeature, type RealFixture } from "./fixtures/real/types";

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

const GRADES: Readonly<Record<string, string>> = { excellent: "优", good: "良", fair: "中", poor: "差" };

function result(f: RealFixture): string {
  const parts = f.expected.evaluations.map((e) => {
    const out: string[] = [];
    if (e.totalScore !== undefined) out.push(`${e.totalScore} ${e.grade ? GRADES[e.grade] : ""}`.trim());
    if (e.executionRate !== undefined && e.executionRate !== null)
      out.push(`执行率 ${(e.executionRate * 100).toFixed(2)}%`);
    if (e.reportedTotal !== undefined && e.reportedTotal !== null) out.push(`stated ${e.reportedTotal}`);
    return out.length > 0 ? out.join(", ") : "not pinned";
  });
  return parts.join("; ");
}

function flags(f: RealFixture): string {
  const counts = new Map<string, number>();
  for (const fl of f.expected.flags) counts.set(fl.code, (counts.get(fl.code) ?? 0) + 1);
  if (counts.size === 0) return "none";
  return [...counts].map(([code, n]) => (n > 1 ? `${code} ×${n}` : code)).join(", ");
}

function source(f: RealFixture): string {
  const s = f.source;
  const where = s.url ? `[${cell(s.publisher)}](${s.url})` : cell(s.publisher);
  return `${where}${s.published ? `, ${s.published}` : ""}`;
}

/** The layout features, what each means and which tables show it. */
export function featuresTable(fixtures: readonly RealFixture[] = realFixtures()): string {
  const rows = (Object.keys(FEATURES) as RealFeature[]).map((k) => {
    const tables = fixtures.filter((f) => f.features.includes(k)).map((f) => `\`${f.name}\``);
    return `| \`${k}\` | ${cell(FEATURES[k])} | ${tables.length > 0 ? tables.join(", ") : "—"} |`;
  });
  return ["| Feature | What it is | Tables |", "| --- | --- | --- |", ...rows].join("\n");
}

export function realTablesTable(fixtures: readonly RealFixture[] = realFixtures()): string {
  const rows = fixtures.map(
    (f) =>
      `| \`${f.name}\`${f.derived ? ` (derived: ${cell(f.derived.change)})` : ""} | ${f.source.province} | ${f.source.year} | ${f.source.kind} | ${source(f)} | ${f.features.join(", ")} | ${result(f)} | ${flags(f)} |`,
  );
  return [
    "| Table | Province | Year | Kind | Source | Layout features | Result (by hand = engine) | Flags |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

if (require.main === module) console.log(`${realTablesTable()}\n\n${featuresTable()}`);

/**
 * The catalogue as the Markdown table of docs/RELIABILITY.md (between its cases:start/end markers);
 * a test holds the document to it. Print it with:
 *
 *   npx tsc -p tsconfig.cli.json && node build/cli/scripts/reliability/table.js
 */
import { CASES } from "./index";

const cell = (s: string): string => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function casesTable(): string {
  const rows = CASES.map(
    (c) =>
      `| \`${c.id}\` | ${c.group} | ${cell(c.title)} | ${cell(c.gets)} | \`catalogue.test.ts › ${c.id}\` |`,
  );
  return [
    "| Case | Group | What it is | What the user gets | Test |",
    "| --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

if (require.main === module) console.log(casesTable());

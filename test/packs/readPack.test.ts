/**
 * Rule packs at the edge: every shipped pack passes the schema and the band checks, the compiled
 * validator is the schema's, and a malformed pack is refused with a line naming the file and field.
 */
import * as fs from "fs";
import * as path from "path";
import { shippedPacks } from "../../src/core/rules/shipped";
import { readPack } from "../../src/packs/readPack";
import { validatorPath, validatorSource } from "../../scripts/make-pack-validator";
import { repoRoot } from "../helpers/evaluateFile";

const packsDir = path.join(repoRoot, "src", "core", "rules", "packs");
const mof = JSON.parse(fs.readFileSync(path.join(packsDir, "mof2020.json"), "utf8")) as Record<
  string,
  unknown
>;
const yueyang = JSON.parse(fs.readFileSync(path.join(packsDir, "yueyang.json"), "utf8")) as Record<
  string,
  unknown
>;

/** A deep copy of `base` with `edit` applied (any: the edits break the pack's type on purpose). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function variant(base: Record<string, unknown>, edit: (p: any) => void): string {
  const p = JSON.parse(JSON.stringify(base));
  edit(p);
  return JSON.stringify(p);
}

function problems(text: string): readonly string[] {
  const r = readPack(text, "bureau.json");
  return r.ok ? [] : r.problems;
}

test("every shipped pack file passes the schema and the band checks, and names its source", () => {
  const files = fs.readdirSync(packsDir).filter((f) => f.endsWith(".json"));
  expect(files.length).toBe(shippedPacks.length);
  expect(files.length).toBeGreaterThanOrEqual(5);
  for (const f of files) {
    const r = readPack(fs.readFileSync(path.join(packsDir, f), "utf8"), f);
    expect(r).toMatchObject({ ok: true });
    if (r.ok) {
      expect(`${r.pack.name}.json`).toBe(f);
      expect(r.pack.source.length).toBeGreaterThan(10);
    }
  }
  expect(shippedPacks[0].name).toBe("mof2020");
});

test("the compiled validator is the schema's (npm run schemas rewrites it)", () => {
  expect(fs.readFileSync(validatorPath, "utf8")).toBe(validatorSource());
});

test.each([
  ["not JSON", "{ name: mof }", /^bureau\.json: not valid JSON/],
  [
    "wrong type",
    variant(mof, (p) => (p.lowExecution = "90%")),
    /^bureau\.json: \/lowExecution: must be number/,
  ],
  [
    "unknown field",
    variant(mof, (p) => (p.execution.cap = true)),
    /^bureau\.json: \/execution\/cap: unknown field; allowed here: kind, capped/,
  ],
  [
    "unknown execution kind",
    variant(mof, (p) => (p.execution = { kind: "linear" })),
    /^bureau\.json: \/execution\/kind: must be one of "proportional", "stepped", "banded"/,
  ],
  ["missing field", variant(mof, (p) => delete p.source), /^bureau\.json: \/source: is required/],
  [
    "reverse rule misspelt",
    variant(mof, (p) => (p.indicators.reverse = "ration")),
    /^bureau\.json: \/indicators\/reverse: must be one of "linear", "ratio", "passFail"/,
  ],
  [
    "execution bands overlap",
    variant(yueyang, (p) => (p.execution.bands[1].max = 0.95)),
    /^bureau\.json: \/execution\/bands\/0\/min: overlaps band 1 \(80%–95%\); must be 95%/,
  ],
  [
    "execution bands leave a gap",
    variant(yueyang, (p) => (p.execution.bands[3].min = 0.65)),
    /^bureau\.json: \/execution\/bands\/3\/min: leaves a gap after band 4 \(60%–65%\); must be 60%/,
  ],
  [
    "the lowest band does not start at 0",
    variant(yueyang, (p) => p.execution.bands.pop()),
    /^bureau\.json: \/execution\/bands\/3\/min: the lowest band must start at 0/,
  ],
  [
    "qualitative bands overlap",
    variant(mof, (p) => (p.indicators.qualitative.bands.partial.max = 0.85)),
    /^bureau\.json: \/indicators\/qualitative\/bands\/achieved\/min: overlaps partial/,
  ],
  [
    "total cap with a gap",
    variant(
      mof,
      (p) =>
        (p.totalCap = [
          { min: 0, max: 0.5, cap: 59 },
          { min: 0.6, max: 0.7, cap: 79 },
        ]),
    ),
    /^bureau\.json: \/totalCap\/1\/min: leaves a gap after band 0/,
  ],
  [
    "grades out of order",
    variant(mof, (p) => (p.grades[1].min = 95)),
    /^bureau\.json: \/grades\/0\/min: must be above the next grade's \(95\)/,
  ],
  [
    "a 计分方法 word naming no method",
    variant(mof, (p) => (p.methods = { 扣分: "deduct" })),
    /^bureau\.json: \/methods\/扣分: must be one of "forward", "reverse"/,
  ],
])("%s is refused, naming the field", (_name, text, message) => {
  const lines = problems(text);
  expect(lines.length).toBeGreaterThan(0);
  expect(lines.some((l) => message.test(l))).toBe(true);
});

/**
 * Rule packs on the command line: pse rules lists the shipped packs, --rules takes a name or a
 * file, the report and the summary sheet name the pack and state its budget rule in words, and a
 * malformed pack file is refused naming the field, with nothing written.
 */
import * as fs from "fs";
import * as path from "path";
import { shippedPacks } from "../../src/core/rules/shipped";
import { loadPackage } from "../../src/workbook/ooxml";
import { repoRoot, samplePath, tempDir } from "../helpers/evaluateFile";
import { buildCli, runCli } from "./run";

let main = "";
beforeAll(() => {
  main = buildCli("rules");
}, 120_000);

const cli = (...args: string[]) => runCli(main, args);
const packFile = (name: string): string =>
  path.join(repoRoot, "src", "core", "rules", "packs", `${name}.json`);

test("pse rules: one pack a line, name then source, mof2020 first", () => {
  const r = cli("rules");
  expect(r.code).toBe(0);
  const lines = r.out.trim().split("\n");
  expect(lines).toHaveLength(shippedPacks.length);
  expect(lines[0]).toMatch(/^mof2020\s+财政部《项目支出绩效评价管理办法》/);
  for (const [i, p] of shippedPacks.entries()) expect(lines[i]).toMatch(new RegExp(`^${p.name}\\s+\\S`));
});

test("--rules NAME and --rules FILE.json: the report and the summary name the pack and its budget rule", async () => {
  const dir = tempDir("pse-rules-");
  const byName = cli(
    "evaluate",
    samplePath,
    "--out",
    path.join(dir, "a.xlsx"),
    "--rules",
    "yueyang",
    "--json",
  );
  expect(byName.code).toBe(0);
  const report = JSON.parse(byName.out);
  expect(report.rules).toBe("yueyang");
  expect(report.rulesSource).toContain("岳阳");
  expect(report.budgetRule).toBe(
    "预算执行率得分：≥90%计5分；80%（含）-90%计4分；70%（含）-80%计3分；60%（含）-70%计2分；低于60%不得分（满分5分，按分值折算）",
  );
  // The default states the MoF rule as reviewers word it.
  const mof = JSON.parse(cli("evaluate", samplePath, "--out", path.join(dir, "m.xlsx"), "--json").out);
  expect(mof.budgetRule).toBe("预算执行率得分 = 分值 × 执行率，最高不超过分值");
  expect(mof.evaluations[0].totalScore).toBe(88.48);

  // A copy of a shipped pack under another name, given as a file.
  const own = path.join(dir, "本局规则.json");
  const pack = JSON.parse(fs.readFileSync(packFile("changsha-yuhua-2022"), "utf8"));
  fs.writeFileSync(own, JSON.stringify({ ...pack, name: "bureau-2024", title: "本局2024" }));
  const out = path.join(dir, "b.xlsx");
  const byFile = cli("evaluate", samplePath, "--out", out, "--rules", own, "--json");
  expect(byFile.code).toBe(0);
  expect(JSON.parse(byFile.out).rules).toBe("bureau-2024");
  const doc = await loadPackage(out);
  const summary = doc.data.sheets.find((s) => s.name === "绩效自评报告");
  const texts = (summary?.rows ?? []).flat().map((c) => (typeof c?.value === "string" ? c.value : ""));
  expect(
    texts.some(
      (t) =>
        t.startsWith("评分规则：本局2024（bureau-2024；依据：长沙市雨花区") && t.includes("每低于5%扣2分"),
    ),
  ).toBe(true);
});

test("a malformed pack file is refused naming the file and the field, and nothing is written", () => {
  const dir = tempDir("pse-rules-");
  const bad = path.join(dir, "bad.json");
  const pack = JSON.parse(fs.readFileSync(packFile("yueyang"), "utf8"));
  pack.execution.bands[1].min = 0.85; // 80–90 % now starts at 85 %: a gap after 70–80 %
  pack.lowExecution = "90%";
  fs.writeFileSync(bad, JSON.stringify(pack));
  const out = path.join(dir, "o.xlsx");
  const report = path.join(dir, "o.json");
  const r = cli("evaluate", samplePath, "--out", out, "--report", report, "--rules", bad);
  expect(r.code).toBe(2);
  expect(r.err).toContain(`${bad}: /lowExecution: must be number`);
  expect(r.out).toBe("");
  expect(fs.existsSync(out)).toBe(false);
  expect(fs.existsSync(report)).toBe(false);
  // Once the type is right, the bands are checked.
  pack.lowExecution = 0.9;
  fs.writeFileSync(bad, JSON.stringify(pack));
  const gap = cli("evaluate", samplePath, "--out", out, "--rules", bad);
  expect(gap.code).toBe(2);
  expect(gap.err).toMatch(
    /bad\.json: \/execution\/bands\/1\/min: leaves a gap after band 2 \(80%–85%\); must be 80%/,
  );
  expect(fs.existsSync(out)).toBe(false);
  expect(cli("evaluate", samplePath, "--rules", path.join(dir, "none.json")).err).toMatch(
    /none\.json: rules file not found/,
  );
});

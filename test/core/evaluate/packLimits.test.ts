/**
 * The low-execution and over-target sentences name the rule pack's own thresholds, in the flag list
 * and in the summary's problems, not the national form's 90% and 130%.
 */
import * as path from "path";
import { runEngine } from "../../../src/core/engine";
import { packNamed } from "../../../src/core/rules/shipped";
import type { RulePack } from "../../../src/core/rules/pack";
import type { Lang } from "../../../src/core/types";
import { loadPackage } from "../../../src/workbook/ooxml";
import { repoRoot } from "../../helpers/evaluateFile";

function strictPack(): RulePack {
  const base = packNamed("mof2020");
  if (!base) throw new Error("mof2020 is shipped");
  // 95% and 120%: both fixtures' flagged rows stay flagged (messy 预算!C5 executes under 90%,
  // sichuan 绩效指标!G3 is over 130%), so only the numbers in the sentences can change.
  return {
    ...base,
    name: "strict",
    lowExecution: 0.95,
    indicators: { ...base.indicators, overTarget: { ...base.indicators.overTarget, at: 1.2 } },
  };
}

async function run(fixture: string, lang: Lang, rules: RulePack | string) {
  const doc = await loadPackage(path.join(repoRoot, "test", "fixtures", `${fixture}.xlsx`));
  return runEngine(doc.data, { rules, lang, summary: true });
}

function summaryText(result: Awaited<ReturnType<typeof run>>): string {
  return result.plan.newSheets
    .flatMap((s) => s.cells.map((c) => (c.kind === "text" ? c.text : c.formula)))
    .join("\n");
}

describe.each([
  ["zh-CN", "低于95%", "的120%", "低于90%", "的130%"],
  ["en-US", "below 95%", "above 120%", "below 90%", "exceeds 130%"],
] as const)("%s", (lang, lowStrict, overStrict, lowMof, overMof) => {
  it("low-execution names the pack's threshold", async () => {
    const strict = await run("messy", lang, strictPack());
    const flag = strict.flags.find((f) => f.code === "low-execution");
    expect(flag?.message).toContain(lowStrict);
    expect(summaryText(strict)).toContain(lowStrict);
    const mof = await run("messy", lang, "mof2020");
    expect(mof.flags.find((f) => f.code === "low-execution")?.message).toContain(lowMof);
  });

  it("over-target names the pack's threshold", async () => {
    const strict = await run("sichuan", lang, strictPack());
    const flag = strict.flags.find((f) => f.code === "over-target");
    expect(flag?.message).toContain(lang === "zh-CN" ? overStrict : "exceeds 120%");
    expect(summaryText(strict)).toContain(overStrict);
    const mof = await run("sichuan", lang, "mof2020");
    expect(mof.flags.find((f) => f.code === "over-target")?.message).toContain(overMof);
  });
});

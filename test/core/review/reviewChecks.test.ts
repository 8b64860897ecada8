/**
 * The reviewer's checks: each code is raised on a real table of the corpus or a fixture derived from
 * one (the hand computation is in its script), none on the sample where it does not apply, and every
 * flag carries a severity in the JSON report.
 */
import * as path from "path";
import { runEngine } from "../../../src/core/engine";
import { toReport } from "../../../src/core/report";
import { REVIEW_CODES, SEVERITY } from "../../../src/core/review";
import type { FlagCode } from "../../../src/core/types";
import { loadPackage } from "../../../src/workbook/ooxml";
import { realFixtures } from "../../../scripts/fixtures/real";
import { repoRoot } from "../../helpers/evaluateFile";

const FIXTURES = realFixtures();

test("every reviewer check is expected on at least one real or derived table", () => {
  const codes = new Set(FIXTURES.flatMap((f) => f.expected.flags.map((x) => x.code)));
  expect(REVIEW_CODES.filter((c) => !codes.has(c))).toEqual([]);
});

test("a derived table that plants a finding names a real table", () => {
  const real = new Set(FIXTURES.filter((f) => !f.derived).map((f) => f.name));
  for (const f of FIXTURES.filter((x) => x.derived)) expect(real.has(f.derived?.from ?? "")).toBe(true);
});

test("the sample raises none of the reviewer checks, and its report gives every flag a severity", async () => {
  const doc = await loadPackage(path.join(repoRoot, "samples", "zengcheng-cast-2021.xlsx"));
  const result = runEngine(doc.data, { rules: "mof2020", lang: "zh-CN" });
  const review = new Set<FlagCode>(REVIEW_CODES);
  expect(result.flags.filter((f) => review.has(f.code)).map((f) => f.code)).toEqual([]);
  const report = toReport("zengcheng-cast-2021.xlsx", "mof2020", result);
  expect(report.flags.length).toBeGreaterThan(0);
  for (const f of report.flags) expect(f.severity).toBe(SEVERITY[f.code as FlagCode]);
});

test("each check speaks both languages, naming the row", async () => {
  const f = FIXTURES.find((x) => x.name === "shanghai-songjiang-jiuting-2020-project-reasons");
  const file = path.join(repoRoot, "test", "fixtures", "real", `${f?.name}.xlsx`);
  const doc = await loadPackage(file);
  const zh = runEngine(doc.data, { rules: "mof2020", lang: "zh-CN" }).flags;
  const en = runEngine(doc.data, { rules: "mof2020", lang: "en-US" }).flags;
  const msg = (flags: typeof zh, code: FlagCode) =>
    flags.filter((x) => x.code === code).map((x) => x.message);
  expect(msg(zh, "satisfaction-unsurveyed")).toEqual([
    "“小区居民满意度”以“未收到投诉”代替满意度调查结果，不投诉不等于满意。",
  ]);
  expect(msg(en, "satisfaction-unsurveyed")).toEqual([
    '"小区居民满意度": "未收到投诉" stands in for a satisfaction survey; no complaints is not satisfaction.',
  ]);
  expect(msg(zh, "rate-over-100")).toEqual([
    "“项目计划完成率”的实际完成值为105%，超过100%，该比率不应超过100%。",
  ]);
  expect(msg(en, "rate-over-100")[0]).toContain("actual value 105%");
  expect(msg(zh, "reason-boilerplate")).toContain("“文明施工程度”未达标，偏差原因“正常”没有实际内容。");
  expect(msg(zh, "reason-boilerplate")).toContain(
    "“项目一次验收合格率”的偏差原因“管理不够到位”在3个未达标指标中重复出现，未逐项分析。",
  );
});

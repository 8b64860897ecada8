import { presets } from "../../../src/core/evaluate/rules";
import { scoreIndicator } from "../../../src/core/evaluate/scoreIndicator";
import type { Actual, Comparator, Target } from "../../../src/core/parse/types";
import type { Indicator, ScoringMethod } from "../../../src/core/types";

const q = (comparator: Comparator, value: number): Target => ({
  kind: "quantitative",
  comparator,
  value,
  unit: "",
  explicit: true,
});
const n = (value: number): Actual => ({ kind: "quantity", value, unit: "" });
const ql = (level: "achieved" | "partial" | "notAchieved"): Actual => ({
  kind: "qualitative",
  level,
  text: level,
});

function ind(
  target: Target,
  actual: Actual,
  weight: number | null,
  extra: Partial<Indicator> = {},
): Indicator {
  return {
    sheet: "S",
    row: 1,
    level1: "",
    level2: "",
    name: "x",
    target,
    actual,
    weight,
    weightShare: null,
    reportedScore: null,
    method: null,
    reason: "",
    isTotal: false,
    ...extra,
  };
}

const mof = presets.mof2020;
const pf = presets["pass-fail"];

describe("quantitative scores (hand-computed)", () => {
  test.each([
    ["forward met", q("ge", 20), n(27), 3, 3, false],
    ["forward missed: 4 × 0.8637/0.95", q("ge", 0.95), n(0.8637), 4, 3.64, true],
    ["forward at target", q("ge", 48), n(48), 4, 4, false],
    ["reverse met", q("le", 1), n(0.965), 3, 3, false],
    ["reverse missed: 4 × (1 − (0.0858 − 0.05)/0.05)", q("le", 0.05), n(0.0858), 4, 1.14, true],
    ["reverse at twice the target scores 0", q("le", 5), n(10), 6, 0, true],
    ["reverse beyond twice the target is 0, not negative", q("le", 5), n(17), 6, 0, true],
    ["equal, target 0, actual 0", q("eq", 0), n(0), 5, 5, false],
    ["equal, target 0, actual 1", q("eq", 0), n(1), 5, 0, true],
    ["negative actual counts as 0", q("ge", 10), n(-3), 5, 0, true],
    ["half rounds away from zero: 3 × 0.335 = 1.005 -> 1.01", q("ge", 1), n(0.335), 3, 1.01, true],
  ])("%s", (_n, target, actual, weight, score, below) => {
    const r = scoreIndicator(ind(target, actual, weight), mof);
    expect(r.score).toBe(score);
    expect(r.belowTarget).toBe(below);
  });

  test("pass-fail preset: missed scores 0, met full", () => {
    expect(scoreIndicator(ind(q("ge", 5), n(1), 2), pf).score).toBe(0);
    expect(scoreIndicator(ind(q("ge", 5), n(5), 2), pf).score).toBe(2);
  });

  test.each<[ScoringMethod, number]>([
    ["passFail", 0],
    ["forward", 0.4],
    ["reverse", 2],
  ])("per-row method %s overrides the preset", (method, score) => {
    expect(scoreIndicator(ind(q("ge", 5), n(1), 2, { method }), mof).score).toBe(score);
  });

  test("over-target at 130 % of a positive forward target", () => {
    expect(scoreIndicator(ind(q("ge", 10), n(13), 2), mof).overTarget).toBe(true);
    expect(scoreIndicator(ind(q("ge", 10), n(12.9), 2), mof).overTarget).toBe(false);
  });
});

describe("qualitative bands", () => {
  const t: Target = { kind: "qualitative", text: "效果明显" };
  test("stated score inside its band is kept", () => {
    const r = scoreIndicator(ind(t, ql("partial"), 10, { reportedScore: 7.5 }), mof);
    expect(r.score).toBe(7.5);
    expect(r.outsideBand).toBe(false);
  });
  test("stated score outside its band gets the default and is flagged", () => {
    const r = scoreIndicator(ind(t, ql("partial"), 10, { reportedScore: 9 }), mof);
    expect(r.score).toBe(7);
    expect(r.outsideBand).toBe(true);
  });
  test("empty stated score gets the band default and a review flag", () => {
    const r = scoreIndicator(ind(t, ql("notAchieved"), 10), mof);
    expect(r.score).toBe(3);
    expect(r.qualitativeDefault).toBe(true);
  });
  test("achieved with 80 % stated is not below target (float edge 2.4/3)", () => {
    const r = scoreIndicator(ind(t, ql("achieved"), 3, { reportedScore: 2.4 }), mof);
    expect(r.score).toBe(2.4);
    expect(r.belowTarget).toBe(false);
  });
  test("an actual identical to the target text is achieved", () => {
    const r = scoreIndicator(
      ind({ kind: "qualitative", text: "及时" }, { kind: "text", text: "及时" }, 4),
      pf,
    );
    expect(r.score).toBe(4);
  });
});

describe("rows that cannot be scored", () => {
  test("missing actual scores 0", () => {
    expect(scoreIndicator(ind(q("ge", 1), { kind: "empty" }, 4), mof).score).toBe(0);
  });
  test("unparsed target is not scored", () => {
    expect(scoreIndicator(ind({ kind: "unparsed", text: "95%-100%" }, n(1), 4), mof).score).toBeNull();
  });
});

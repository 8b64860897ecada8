/** Flag sentences: a lower-is-better target missed is a limit exceeded, in both languages. */
import { flagMessage } from "../../../src/core/evaluate/messages";

describe("flagMessage below-target", () => {
  it.each([
    ["zh-CN", "≤5%", "“预算调整率”实际完成值8.58%超出≤5%的上限。"],
    ["en-US", "≤5%", '"预算调整率": actual 8.58% exceeds the limit ≤5%.'],
    ["en-US", "<5%", '"预算调整率": actual 8.58% exceeds the limit <5%.'],
    ["zh-CN", "≥95%", "“预算调整率”实际完成值8.58%未达到年度指标值≥95%。"],
    ["en-US", "100%", '"预算调整率": actual 8.58% is below the target 100%.'],
  ] as const)("%s, target %s", (lang, target, text) => {
    expect(flagMessage("below-target", lang, { name: "预算调整率", actual: "8.58%", target })).toBe(text);
  });
});

/** Figures in messages read as the sheet shows them. */
import { percentShown } from "../../src/cli/shownPercents";

test("percent formats give the shown percentage, with the format's decimals", () => {
  expect(percentShown(0.7, "0%")).toBe("70%");
  expect(percentShown(0.7, "0.00%")).toBe("70.00%");
  expect(percentShown(0.8637, "0.0%")).toBe("86.4%");
  expect(percentShown(0.5, "0%;[Red]-0%")).toBe("50%");
});

test("other formats and values are left alone", () => {
  expect(percentShown(0.7, "0.00")).toBeNull();
  expect(percentShown(0.7, '0.00"%"')).toBeNull();
  expect(percentShown(0.7, undefined)).toBeNull();
  expect(percentShown("70%", "0%")).toBeNull();
});

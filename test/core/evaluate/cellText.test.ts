/** Figures in messages and the report read as the sheet shows them. */
import { shownText } from "../../../src/core/evaluate/cellText";

test("a percent-formatted number reads as the percentage shown, with the format's decimals", () => {
  expect(shownText({ value: 0.7, numFmt: "0%" })).toBe("70%");
  expect(shownText({ value: 0.7, numFmt: "0.00%" })).toBe("70.00%");
  expect(shownText({ value: 0.8637, numFmt: "0.0%" })).toBe("86.4%");
  expect(shownText({ value: 0.5, numFmt: "0%;[Red]-0%" })).toBe("50%");
  // Rounded as Excel shows it: 0.285 is 28.5 %, shown "29%" (binary 0.285 * 100 is 28.4999…).
  expect(shownText({ value: 0.285, numFmt: "0%" })).toBe("29%");
});

test("other formats and values read as stored", () => {
  expect(shownText({ value: 0.7, numFmt: "0.00" })).toBe("0.7");
  expect(shownText({ value: 0.7, numFmt: '0.00"%"' })).toBe("0.7");
  expect(shownText({ value: 0.7 })).toBe("0.7");
  expect(shownText({ value: "70%", numFmt: "0%" })).toBe("70%");
  expect(shownText(undefined)).toBe("");
});

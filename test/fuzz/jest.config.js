/**
 * The fuzz pass (`npm run fuzz`): the property tests of the parsers, the detector, the writer and
 * the xlsx reader at 10,000 generated cases each (FUZZ_RUNS overrides). `npm test` runs the same
 * files at a few hundred cases.
 */
const base = require("../../jest.config.js");

module.exports = {
  ...base,
  rootDir: "../..",
  testMatch: [
    "<rootDir>/test/core/parse/properties.test.ts",
    "<rootDir>/test/core/detect/property.test.ts",
    "<rootDir>/test/core/noDataLoss.test.ts",
    "<rootDir>/test/reliability/property.test.ts",
  ],
  setupFiles: ["<rootDir>/test/fuzz/runs.js"],
  testTimeout: 3_600_000,
};

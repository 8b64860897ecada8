/**
 * Jest: ts-jest for TypeScript; jsdom only for the task-pane component tests (per-file docblock);
 * every test file's temporary folders removed after it.
 */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
  },
  // isolatedModules comes from tsconfig.json (ts-jest's own option of that name is deprecated):
  // each file is transpiled alone, without type-checking, which `npm run typecheck` does.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  setupFilesAfterEnv: ["<rootDir>/test/helpers/cleanupAfterAll.ts"],
  testTimeout: 120000,
};

// ESLint flat config: the Office add-ins plugin's recommended set (Office.js rules, Prettier),
// the TypeScript parser, and a guard that keeps src/core pure (no Office, ExcelJS, React,
// Node built-ins or adapters).
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

const [eslintBase, prettierCompat, office] = officeAddins.configs.recommended;

export default [
  { ignores: ["build/**", "dist/**", "node_modules/**", "coverage/**", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  eslintBase,
  prettierCompat,
  // The plugin's own config leaves the parser unset and stops at .ts; give it TypeScript and .tsx.
  {
    ...office,
    files: ["**/*.{ts,tsx}"],
    languageOptions: { ...office.languageOptions, parser: tseslint.parser, ecmaVersion: 2022 },
  },
  {
    files: ["**/*.{ts,tsx}"],
    rules: {
      "no-unused-vars": "off",
      "no-undef": "off",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // The Office.js rules read ExcelJS code (a different API with plain properties) as Office proxies.
    files: [
      "src/workbook/xlsx/**",
      "src/workbook/ooxml/**",
      "test/workbook/xlsx/**",
      "test/workbook/ooxml/**",
      "test/workbook/*.ts",
      "test/helpers/excelJsReader.ts",
      "scripts/**",
      "bench/**",
      "test/reliability/**",
    ],
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, "off"])),
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/workbook/**", "**/taskpane/**", "**/commands/**", "**/cli/**"],
              message: "src/core must not import the shells.",
            },
            {
              group: [
                "exceljs",
                "react",
                "react-dom",
                "@fluentui/*",
                "office-*",
                "@microsoft/*",
                "fs",
                "path",
                "node:*",
              ],
              message: "src/core is pure: no I/O, Office or UI.",
            },
          ],
        },
      ],
      "no-restricted-globals": ["error", "Office", "Excel", "document", "window"],
    },
  },
];

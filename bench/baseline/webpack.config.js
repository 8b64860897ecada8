/**
 * The baseline page, built "the same way" as the task pane: the repository's webpack.config.js
 * (mode, ts-loader options, source maps, resolve) with only the entry, the HTML page and the output
 * folder replaced.
 *
 *   npx webpack --mode production -c bench/baseline/webpack.config.js
 */
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const base = require("../../webpack.config.js");

module.exports = async (env = {}, argv = {}) => {
  const config = await base(env, argv);
  return {
    ...config,
    context: path.resolve(__dirname, "../.."),
    entry: { baseline: "./bench/baseline/index.tsx" },
    output: { ...config.output, path: path.resolve(__dirname, "../../build/bench/baseline") },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: "./bench/baseline/baseline.html",
        chunks: ["baseline"],
      }),
    ],
  };
};

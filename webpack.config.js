/**
 * webpack 5: the task pane (taskpane.html + taskpane.js) and the ribbon command's function
 * file (commands.html + commands.js), with assets/ and manifest.xml copied into dist/.
 * taskpane.js holds React, Fluent UI's frame and Shell; it loads the rest as chunks (see
 * src/taskpane/index.tsx): pane.js (App and the engine), then preview.js (the sample) or
 * excel-host.js (the Office adapter).
 *
 *   npx webpack --mode production     -> dist/ (plain names, no content hashes)
 *   npx webpack serve --mode development  -> https://localhost:3000 (Office dev certificate)
 *
 * The layout follows Microsoft's Office-Addin-TaskPane-React template; differences: ts-loader
 * only (transpileOnly, type checking is `tsc --noEmit`), no polyfill/vendor entries, no eval
 * source maps (the pages' Content-Security-Policy has no 'unsafe-eval').
 */
"use strict";

const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_PORT = 3000;

/**
 * The Office development certificate, installed into the user's trust store on first use by
 * office-addin-dev-certs (it may prompt). Only asked for when serving, never for a build.
 * Where it cannot install the CA (Linux without sudo, a container), the certificate it generated
 * is used as it is and the console says how to trust its CA by hand (README, "Developer set-up").
 */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  try {
    const httpsOptions = await devCerts.getHttpsServerOptions();
    return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
  } catch (e) {
    const fs = require("node:fs");
    const dir = path.join(require("node:os").homedir(), ".office-addin-dev-certs");
    const file = (name) => path.join(dir, name);
    if (!["ca.crt", "localhost.crt", "localhost.key"].every((n) => fs.existsSync(file(n)))) throw e;
    console.warn(
      `office-addin-dev-certs could not install its CA (${e.message.split("\n")[0]}); serving with ` +
        `${file("localhost.crt")} anyway. Trust ${file("ca.crt")} in the system or browser store ` +
        `so that Office and the browser accept https://localhost:${DEV_PORT}.`,
    );
    return {
      ca: fs.readFileSync(file("ca.crt")),
      key: fs.readFileSync(file("localhost.key")),
      cert: fs.readFileSync(file("localhost.crt")),
    };
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode,
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            transpileOnly: true,
            // ES modules let webpack tree-shake Fluent UI; tsconfig.json stays CommonJS for
            // Jest and the CLI.
            compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: true },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        // The template places the script tags itself (before office.js: see the template).
        inject: false,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        // The template places the script tags itself (before office.js: see the template).
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    optimization: {
      splitChunks: {
        cacheGroups: {
          // No separate vendor chunk for the lazily loaded chunks: the pane's chunk keeps the Fluent
          // UI components only it uses, in one scope with its own code (module concatenation lets the
          // minifier drop what is unused, e.g. most of Fluent's token table).
          defaultVendors: false,
        },
      },
    },
    performance: {
      // The task pane carries React and Fluent UI; warn only past 1 MB (minified, before gzip).
      maxEntrypointSize: 1024 * 1024,
      maxAssetSize: 1024 * 1024,
    },
    devServer: {
      port: DEV_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await getHttpsOptions() } : "https",
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};

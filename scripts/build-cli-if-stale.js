// Run by `prepare`: compiles the command line (tsc -p tsconfig.cli.json) unless build/cli is newer
// than every source it is built from. npm runs `prepare` not only on `npm install` but also each
// time `npx pse` self-installs the project into its cache; compiling there every time would be
// slow and would rewrite build/cli under a `pse` already running.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const entry = path.join(root, "build", "cli", "src", "cli", "main.js");
const sources = ["src/core", "src/workbook", "src/cli", "scripts", "tsconfig.json", "tsconfig.cli.json"];

function newest(p) {
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), stat.mtimeMs);
}

const built = fs.existsSync(entry) ? fs.statSync(entry).mtimeMs : -Infinity;
const changed = Math.max(...sources.map((s) => path.join(root, s)).filter(fs.existsSync).map(newest));
if (changed > built) {
  execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], {
    cwd: root,
    stdio: "inherit",
  });
  // tsc leaves an unchanged output's time alone only when it is skipped; mark the build as done now.
  const now = new Date();
  fs.utimesSync(entry, now, now);
}

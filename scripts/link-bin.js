// Run by `prepare` after the build: links node_modules/.bin/pse to the compiled entry.
// npm links the bins of dependencies but not the project's own, so without this `pse` would work
// through `npx pse` only, not as node_modules/.bin/pse nor by name inside npm scripts.
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
const pkg = require(path.join(root, "package.json"));
const binDir = path.join(root, "node_modules", ".bin");
fs.mkdirSync(binDir, { recursive: true });
for (const [name, target] of Object.entries(pkg.bin)) {
  const file = path.join(root, target);
  if (!fs.existsSync(file)) throw new Error(`${target} is missing: run npm run build:cli`);
  fs.chmodSync(file, 0o755);
  const link = path.join(binDir, name);
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.relative(binDir, file), link);
}

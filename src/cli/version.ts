/** The version `pse --version` prints: package.json's, so a release bump needs no second edit. */
import * as fs from "fs";
import * as path from "path";

const PACKAGE_NAME = "perf-self-eval-addin";

/**
 * Walks up from this file to the project's package.json. The depth differs between the compiled
 * bin (build/cli/src/cli) and the sources run by ts-jest (src/cli), so no fixed relative path works.
 */
export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === PACKAGE_NAME && pkg.version) return pkg.version;
    }
    if (path.dirname(dir) === dir) return "unknown";
  }
}

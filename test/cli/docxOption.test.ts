/** `evaluate --docx`: one input writes the named file; a folder run writes NAME.docx beside each output. */
import * as fs from "fs";
import * as path from "path";
import { fixturesDir, samplePath, tempDir } from "../helpers/evaluateFile";
import { buildCli, runCli } from "./run";

let main = "";
beforeAll(() => {
  main = buildCli("docx");
}, 120_000);

test("--docx FILE for one input, NAME.docx beside each output of a folder run", () => {
  const dir = tempDir("pse-docx-cli-");
  const one = path.join(dir, "report.docx");
  const r1 = runCli(main, [
    "evaluate",
    samplePath,
    "--out",
    path.join(dir, "s.xlsx"),
    "--docx",
    one,
    "--quiet",
  ]);
  expect(r1.code).toBe(0);
  expect(fs.readFileSync(one).subarray(0, 2).toString()).toBe("PK");
  const out = path.join(dir, "batch");
  const r2 = runCli(main, [
    "evaluate",
    samplePath,
    path.join(fixturesDir, "english.xlsx"),
    "--out",
    out,
    "--docx",
    "--quiet",
  ]);
  expect(r2.code).toBe(0);
  expect(
    fs
      .readdirSync(out)
      .filter((f) => f.endsWith(".docx"))
      .sort(),
  ).toEqual(["english.docx", "zengcheng-cast-2021.docx"]);
});

/**
 * Every formula the engine writes, recalculated by LibreOffice, equals the engine's own figure for
 * that cell: the sample and every fixture, both languages for the sample.
 */
import * as path from "path";
import { evaluateFile, fixtureFiles, samplePath } from "../helpers/evaluateFile";
import { formulasLibreOfficeDisagreesWith, writtenFormulas } from "../helpers/formulaCheck";
import { describeWithLibreOffice } from "../helpers/libreoffice";

const cases: [string, string, "zh-CN" | "en-US"][] = [
  ["sample zh-CN", samplePath, "zh-CN"],
  ["sample en-US", samplePath, "en-US"],
  ...fixtureFiles().map((f): [string, string, "zh-CN"] => [path.basename(f), f, "zh-CN"]),
];

describeWithLibreOffice("formulas recalculated by LibreOffice equal the engine's figures", () => {
  test.each(cases)("%s", async (_name, file, lang) => {
    const { result, output } = await evaluateFile(file, { lang });
    expect(await formulasLibreOfficeDisagreesWith(result, output)).toEqual([]);
    if (file === samplePath) expect(writtenFormulas(result).length).toBeGreaterThan(80);
  });
});

/** The bundled preview workbook is the sample xlsx, converted; and it evaluates like the xlsx. */
import { promises as fs } from "fs";
import path from "path";
import { runEngine } from "../../../src/core/engine";
import { fromWorkbookJson, toWorkbookJson } from "../../../src/workbook/memory/sampleJson";
import { samplePreview } from "../../../src/workbook/memory/samplePreview";
import { loadPackage } from "../../../src/workbook/ooxml";
import {
  formatWorkbookJson,
  makeSampleJson,
  SAMPLE_JSON,
  SAMPLE_XLSX,
  writeSampleJson,
} from "./make-sample-json";

const root = path.resolve(__dirname, "../../..");

describe("sampleData.json", () => {
  it("equals a fresh conversion of the sample xlsx", async () => {
    if (process.env.UPDATE_SAMPLE_JSON === "1") await writeSampleJson();
    const committed = await fs.readFile(path.join(root, SAMPLE_JSON), "utf8");
    expect(committed).toBe(await makeSampleJson());
  });

  it("round-trips WorkbookData through JSON", async () => {
    const doc = await loadPackage(path.join(root, SAMPLE_XLSX));
    const json = JSON.parse(formatWorkbookJson(toWorkbookJson(doc.data, SAMPLE_XLSX)));
    expect(fromWorkbookJson(json)).toEqual(doc.data);
  });

  it("evaluates to the same total and grade as the xlsx (88.48, 良)", async () => {
    const doc = await loadPackage(path.join(root, SAMPLE_XLSX));
    const options = { rules: "mof2020", lang: "zh-CN", summary: true } as const;
    const fromXlsx = runEngine(doc.data, options);
    const fromPreview = runEngine(samplePreview(), options);
    expect(fromPreview.evaluations.map((e) => [e.totalScore, e.gradeLabel])).toEqual([[88.48, "良"]]);
    expect(fromPreview.evaluations).toEqual(fromXlsx.evaluations);
    expect(fromPreview.plan).toEqual(fromXlsx.plan);
  });
});

/**
 * `evaluate --docx` on the sample and on every fixture: the Word file opens in LibreOffice Writer and
 * converts to PDF; A4 pages, the 公文 fonts and margins named in the file (report-format.md), the
 * headings and the figures of the reference report in the PDF's text.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { runEngine } from "../../src/core/engine";
import { loadPackage } from "../../src/workbook/ooxml";
import { reportDocxBytes } from "../../src/report/docx";
import { fixtureFiles, samplePath, tempDir } from "../helpers/evaluateFile";
import { convertToPdf, describeWithLibreOffice } from "../helpers/libreoffice";

async function docxOf(file: string): Promise<string> {
  const doc = await loadPackage(file);
  const r = runEngine(doc.data, { rules: "mof2020", lang: "zh-CN", summary: true });
  const out = path.join(tempDir("pse-docx-"), path.basename(file).replace(/\.xlsx$/, ".docx"));
  fs.writeFileSync(out, await reportDocxBytes(r.document!));
  return out;
}

const pdfText = (pdf: string): string =>
  spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
const pdfInfo = (pdf: string): string => spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;

describeWithLibreOffice("the Word report in 公文 format", () => {
  test("the sample: A4, fonts and margins as GB/T 9704 says, headings and figures", async () => {
    const docx = await docxOf(samplePath);
    const xml = await (
      await JSZip.loadAsync(fs.readFileSync(docx))
    )
      .file("word/document.xml")!
      .async("string");
    for (const f of ["方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312", "Times New Roman"])
      expect(xml).toContain(f);
    // A4 in twips, margins 37 / 35 / 28 / 26 mm, fixed line spacing 28.8 pt, 3号 body, 2号 title.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:top="2098"[^>]*w:right="1474"[^>]*w:bottom="1984"[^>]*w:left="1587"/);
    expect(xml).toContain('w:line="576" w:lineRule="exact"');
    expect(xml).toContain('<w:sz w:val="44"/>');
    const pdf = await convertToPdf(docx);
    expect(pdfInfo(pdf)).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = pdfText(pdf).replace(/\s+/g, "");
    for (const s of [
      "广州市增城区科学技术协会2021年部门整体支出绩效自评报告",
      "一、基本情况",
      "（三）部门整体收支情况",
      "（三）主要工作成效",
      "四、下一步改进措施",
      "88.48",
      "86.37%",
      "831.88",
      "自评不得分",
      "—1—",
    ])
      expect(text).toContain(s);
  });

  test("every fixture converts to PDF", async () => {
    for (const f of fixtureFiles()) {
      const pdf = await convertToPdf(await docxOf(f));
      expect({ f, a4: /\(A4\)/.test(pdfInfo(pdf)) }).toEqual({ f, a4: true });
    }
  });
});

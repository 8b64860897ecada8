/**
 * The report as clipboard HTML and text (the pane's copy for Word / WPS): headings as h1–h4 in the
 * reference report's order, paragraphs, the missed-indicator table, workbook text escaped, and a file
 * name from the title.
 */
import { runEngine } from "../../src/core/engine";
import type { ReportDocument } from "../../src/core/narrative/document";
import { text } from "../../src/core/narrative/parts";
import { clipboardReport, escapeHtml, reportFileName, reportName } from "../../src/report/html";
import { loadPackage } from "../../src/workbook/ooxml";
import { samplePath } from "../helpers/evaluateFile";

async function sampleReport(lang: "zh-CN" | "en-US"): Promise<ReportDocument> {
  const doc = await loadPackage(samplePath);
  return runEngine(doc.data, { rules: "mof2020", lang, summary: true }).document!;
}

/** The text of every element `tag`, in order, tags inside stripped. */
function texts(html: string, tag: string): string[] {
  return Array.from(html.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, "g")), (m) =>
    m[1].replace(/<[^>]+>/g, ""),
  );
}

describe("clipboardReport", () => {
  test("the sample in Chinese: title h1, 一、 h2, （一） h3 in the reference report's order", async () => {
    const { html, text: plain } = clipboardReport(await sampleReport("zh-CN"));
    // Typed from ../shared/reference/zengcheng-cast-2021-self-evaluation-report.txt, in its order.
    expect(texts(html, "h1")).toEqual(["广州市增城区科学技术协会2021年部门整体支出绩效自评报告"]);
    expect(texts(html, "h2")).toEqual([
      "一、基本情况",
      "二、综合评价分析",
      "三、存在的主要问题",
      "四、下一步改进措施",
    ]);
    const h3 = texts(html, "h3");
    for (const [i, want] of [
      "（一）部门概况",
      "（二）年度总体工作和重点工作任务",
      "（三）部门整体收支情况",
      "（四）部门整体绩效管理情况",
      "（一）自评结论综述",
      "（二）各项工作任务绩效目标完成情况分析",
      "（三）主要工作成效",
    ].entries())
      expect(h3[i]).toBe(want);
    // Headings come in document order: h2 一、 before the first h3, 二、 after the fourth.
    expect(html.indexOf("一、基本情况")).toBeLessThan(html.indexOf("（一）部门概况"));
    expect(html.indexOf("（四）部门整体绩效管理情况")).toBeLessThan(html.indexOf("二、综合评价分析"));
    // The reference report's figures, as the summary prints them (hand-checked: 88.48, 86.37 %).
    const paragraphs = texts(html, "p").join("");
    expect(paragraphs).toContain("88.48");
    expect(paragraphs).toContain("86.37%");
    // The missed indicators as a table: its header row, then one row per missed indicator.
    expect(texts(html, "th")).toEqual(["指标", "指标值", "完成值", "原因"]);
    expect(texts(html, "tr").length).toBeGreaterThan(1);
    expect(html).toContain("仿宋_GB2312");
    expect(html).toContain("黑体");
    // The plain text holds the same words, without markup.
    expect(plain).toContain("一、基本情况");
    expect(plain).toContain("88.48");
    expect(plain).not.toMatch(/<[a-z]/);
  });

  test("the sample in English has the same structure", async () => {
    const { html } = clipboardReport(await sampleReport("en-US"));
    expect(texts(html, "h1")).toHaveLength(1);
    expect(texts(html, "h2")).toHaveLength(4);
    expect(html).toContain('lang="en-US"');
  });

  test("workbook text is escaped, never markup", () => {
    const doc: ReportDocument = {
      lang: "zh-CN",
      blocks: [
        { kind: "paragraph", paragraph: { style: "title", parts: [text("A<b>&“单位”")] } },
        { kind: "paragraph", paragraph: { style: "heading", level: 3, parts: [text("1. 小节")] } },
        { kind: "paragraph", paragraph: { style: "body", parts: [text('<script>alert("x")</script>')] } },
      ],
    };
    const { html } = clipboardReport(doc);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(texts(html, "h1")).toEqual(["A&lt;b&gt;&amp;“单位”"]);
    expect(texts(html, "h4")).toEqual(["1. 小节"]);
    expect(escapeHtml("a'b")).toBe("a&#39;b");
  });
});

describe("reportFileName", () => {
  const titled = (t: string): ReportDocument => ({
    lang: "zh-CN",
    blocks: [{ kind: "paragraph", paragraph: { style: "title", parts: [text(t)] } }],
  });

  test("named after the title, which names the unit and the year", async () => {
    const doc = await sampleReport("zh-CN");
    expect(reportName(doc)).toBe("广州市增城区科学技术协会2021年部门整体支出绩效自评报告");
    expect(reportFileName(doc, "book.xlsx", "report")).toBe(
      "广州市增城区科学技术协会2021年部门整体支出绩效自评报告.docx",
    );
  });

  test("characters a file system refuses become _; no title falls back to the workbook, then the default", () => {
    expect(reportFileName(titled('A/B:C*"D"?'), null, "report")).toBe("A_B_C_D_.docx");
    expect(reportFileName(titled(""), "自评表.xlsx", "report")).toBe("自评表.docx");
    expect(reportFileName(titled("  "), null, "绩效自评报告")).toBe("绩效自评报告.docx");
  });
});

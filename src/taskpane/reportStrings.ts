/** The texts of the pane's report actions (the Word file, the clipboard copy, the stale prompt). */
import type { Lang } from "../core/types";

export interface ReportStrings {
  readonly save: string;
  readonly copy: string;
  /** Under the copy button: why the pane copies rather than saves. */
  readonly copyNote: string;
  readonly working: string;
  readonly saved: (fileName: string) => string;
  readonly copied: string;
  readonly failed: (detail: string) => string;
  /** A saved report's name when the workbook gives no title. */
  readonly fallbackName: string;
  readonly staleTitle: string;
  readonly staleBody: (sheets: readonly string[]) => string;
  readonly regenerate: string;
}

export const reportStrings: Readonly<Record<Lang, ReportStrings>> = {
  "zh-CN": {
    save: "保存 Word 报告",
    copy: "复制报告",
    copyNote:
      "此版本的 Excel 不能从任务窗格保存文件：报告将复制为带格式文本，粘贴到 Word 或 WPS 即保留标题。",
    working: "正在生成报告…",
    saved: (name) => `已保存“${name}”。`,
    copied: "报告已复制到剪贴板，请在 Word 或 WPS 中粘贴。",
    failed: (detail) => `未能生成报告：${detail}`,
    fallbackName: "绩效自评报告",
    staleTitle: "报告已过期",
    staleBody: (sheets) => `“${sheets.join("”“")}”生成后数据已修改，报告中的判断可能与表格不符。`,
    regenerate: "重新生成",
  },
  "en-US": {
    save: "Save Word report",
    copy: "Copy report",
    copyNote:
      "This Excel cannot save files from a task pane: the report is copied as formatted text; paste it into Word or WPS, headings included.",
    working: "Building the report…",
    saved: (name) => `Saved "${name}".`,
    copied: "The report is on the clipboard: paste it into Word or WPS.",
    failed: (detail) => `Could not build the report: ${detail}`,
    fallbackName: "self-evaluation report",
    staleTitle: "The summary is out of date",
    staleBody: (sheets) =>
      `The data changed after "${sheets.join('", "')}" was written; its judgements may not match the tables.`,
    regenerate: "Regenerate",
  },
};

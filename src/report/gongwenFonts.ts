/**
 * The fonts GB/T 9704-2012 names for a 公文 (docs/REPORT.md): a file of its own so that the clipboard
 * HTML (html.ts) names them without loading the Word writer and its library.
 */
export const gongwenFonts = {
  title: "方正小标宋简体",
  h1: "黑体",
  h2: "楷体_GB2312",
  body: "仿宋_GB2312",
  latin: "Times New Roman",
} as const;

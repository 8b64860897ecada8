/**
 * The pane's Word report: built from the workbook as it is now (the engine's report document), then
 * saved as a .docx where the host can save a file, or copied to the clipboard as formatted text
 * (src/report/html.ts) where it cannot — the desktop WebViews block blob downloads. The DOM calls
 * (an anchor's download, the clipboard) are the only thing here; actions.ts loads this module as a
 * chunk of its own on the first click, and the Word writer with its library as another.
 */
import type { Lang } from "../core/types";
import { clipboardReport, reportFileName, type ClipboardReport } from "../report/html";
import { HostError, type Settings, type WorkbookHost } from "../workbook/host";

export type ReportExport =
  { readonly kind: "saved"; readonly fileName: string } | { readonly kind: "copied" };

/** Saves a Blob under `fileName` through a temporary link, as a browser tab downloads. */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.style.display = "none";
  document.body.appendChild(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download has started from the URL by the next task; revoking at once can cancel it.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** Through a copy event: WebViews without the async clipboard API (or denying it) still run it. */
function copyByCommand(content: ClipboardReport): void {
  const onCopy = (e: ClipboardEvent): void => {
    e.clipboardData?.setData("text/html", content.html);
    e.clipboardData?.setData("text/plain", content.text);
    e.preventDefault();
  };
  document.addEventListener("copy", onCopy);
  try {
    if (!document.execCommand("copy")) throw new HostError("unknown", "the clipboard refused the report");
  } finally {
    document.removeEventListener("copy", onCopy);
  }
}

/** text/html (headings for Word and WPS) and text/plain, by the async clipboard API where allowed. */
export async function copyToClipboard(content: ClipboardReport): Promise<void> {
  const clipboard = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
  if (clipboard?.write && typeof ClipboardItem !== "undefined") {
    try {
      await clipboard.write([
        new ClipboardItem({
          "text/html": new Blob([content.html], { type: "text/html" }),
          "text/plain": new Blob([content.text], { type: "text/plain" }),
        }),
      ]);
      return;
    } catch {
      // Denied (a permissions policy, no focus): the copy command below asks no permission.
    }
  }
  copyByCommand(content);
}

export async function exportReport(
  host: WorkbookHost,
  settings: Settings,
  lang: Lang,
  /** The file's name when the report has no title. */
  fallbackName: string,
): Promise<ReportExport> {
  const data = await host.read();
  const { runEngine } = await import(/* webpackChunkName: "engine" */ "../core/engine");
  const { document: doc } = runEngine(data, {
    rules: settings.rules,
    gradeBands: settings.gradeBands,
    lang,
    mappings: settings.mappings,
  });
  if (!doc) throw new HostError("nothing-found", "no budget or indicator table found");
  if (host.canSaveFiles) {
    const { reportDocxBlob } = await import(/* webpackChunkName: "docx" */ "../report/docx");
    const fileName = reportFileName(doc, null, fallbackName);
    downloadFile(await reportDocxBlob(doc), fileName);
    return { kind: "saved", fileName };
  }
  await copyToClipboard(clipboardReport(doc));
  return { kind: "copied" };
}

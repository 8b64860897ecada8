/**
 * The task pane's one wiring place. Inside Excel (Office.onReady reports host Excel) the pane
 * works on the open workbook through the Office adapter, loaded lazily so that preview mode never
 * downloads it. Anywhere else — a plain browser, office.js blocked or unreachable — it opens in
 * preview mode on the bundled sample in a MemoryWorkbook.
 */
import { createRoot } from "react-dom/client";
import { runEngine } from "../core/engine";
import type { Lang } from "../core/types";
import type { WorkbookHost } from "../workbook/host";
import { MemoryWorkbook, samplePreview } from "../workbook/memory";
import { runEvaluation } from "../workbook/runCommand";
import { App, type PaneActions } from "./App";
import { langFor } from "./strings";

/** How long to wait for office.js before deciding it is not coming (it loads in well under 1 s in Office). */
const OFFICE_TIMEOUT_MS = 3000;

type Environment = { readonly host: "excel"; readonly displayLanguage: string } | { readonly host: "none" };

/** Excel, or none: office.js missing (blocked, offline), not ready in time, or another host / no host. */
function officeEnvironment(): Promise<Environment> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function")
    return Promise.resolve({ host: "none" });
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ host: "none" }), OFFICE_TIMEOUT_MS);
    Office.onReady().then(
      (info) => {
        clearTimeout(timer);
        resolve(
          info.host === Office.HostType.Excel
            ? { host: "excel", displayLanguage: Office.context.displayLanguage }
            : { host: "none" },
        );
      },
      () => {
        clearTimeout(timer);
        resolve({ host: "none" });
      },
    );
  });
}

function actionsFor(host: WorkbookHost): PaneActions {
  return {
    evaluate: async (settings, lang) =>
      runEngine(await host.read(), {
        rules: settings.rules,
        gradeBands: settings.gradeBands,
        lang,
        mappings: settings.mappings,
      }),
    run: (settings, lang) => runEvaluation(host, settings, lang),
    revert: () => host.revert(),
    select: (cell) => host.select(cell),
    saveSettings: (settings) => host.saveSettings(settings),
  };
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  const env = await officeEnvironment();
  let host: WorkbookHost;
  let lang: Lang;
  if (env.host === "excel") {
    const { createExcelHost } = await import(
      /* webpackChunkName: "excel-host" */ "../workbook/office/excelHost"
    );
    host = createExcelHost();
    lang = langFor(env.displayLanguage);
  } else {
    host = new MemoryWorkbook(samplePreview());
    lang = langFor(navigator.language);
  }
  const settings = await host.loadSettings();
  createRoot(container).render(
    <App mode={host.kind} actions={actionsFor(host)} initialSettings={settings} initialLang={lang} />,
  );
}

start().catch((e: unknown) => {
  // Nothing rendered: say so on the page rather than leave it blank.
  const container = document.getElementById("container");
  if (container)
    container.textContent = `无法启动 / Could not start: ${e instanceof Error ? e.message : String(e)}`;
  throw e;
});

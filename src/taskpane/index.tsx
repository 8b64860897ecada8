/**
 * The task pane's one wiring place. Inside Excel (Office.onReady reports host Excel) the pane
 * works on the open workbook through the Office adapter. Anywhere else — a plain browser, office.js
 * blocked or unreachable — it opens in preview mode on the bundled sample in a MemoryWorkbook.
 *
 * This entry holds React, the Fluent UI frame and Shell only. In preview mode Shell (the title and
 * the buttons) is on screen at once; App, the engine and the workbook — the Office adapter or the
 * preview sample — load as separate chunks, in parallel, and App replaces Shell when all are in.
 * Preview mode never downloads the Office adapter, nor Excel the sample.
 */
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { Lang } from "../core/types";
import type { WorkbookHost } from "../workbook/host";
import { Shell } from "./Shell";
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

/** The workbook the pane works on, and the language to use when its settings carry none. */
async function openHost(env: Environment): Promise<{ host: WorkbookHost; lang: Lang }> {
  if (env.host === "excel") {
    const { createExcelHost } = await import(
      /* webpackChunkName: "excel-host" */ "../workbook/office/excelHost"
    );
    return { host: createExcelHost(), lang: langFor(env.displayLanguage) };
  }
  const { MemoryWorkbook, samplePreview } = await import(
    /* webpackChunkName: "preview" */ "../workbook/memory"
  );
  return { host: new MemoryWorkbook(samplePreview()), lang: langFor(navigator.language) };
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) throw new Error("taskpane.html has no #container element");
  // Needed in every mode: ask for them before office.js has answered (one chunk, "pane").
  const app = import(/* webpackChunkName: "pane" */ "./App");
  const actions = import(/* webpackChunkName: "pane" */ "./actions");
  // A chunk that fails while office.js is still answering must not count as an unhandled
  // rejection: Promise.all below still receives it, and start()'s catch reports it.
  app.catch(() => undefined);
  actions.catch(() => undefined);
  const env = await officeEnvironment();
  const root = createRoot(container);
  // In Excel the saved settings may choose another language than Office's: wait for them there
  // rather than show the frame in one language and then the other.
  // Committed now (flushSync), not in a later task: the chunks may arrive and run first otherwise.
  if (env.host === "none")
    flushSync(() => root.render(<Shell mode="preview" lang={langFor(navigator.language)} />));
  const opened = openHost(env);
  const [{ App }, { actionsFor }, { host, lang }] = await Promise.all([app, actions, opened]);
  const settings = await host.loadSettings();
  root.render(
    <App
      mode={host.kind}
      actions={actionsFor(host)}
      initialSettings={settings}
      initialLang={lang}
      canSaveFiles={host.canSaveFiles ?? false}
    />,
  );
}

start().catch((e: unknown) => {
  // Nothing rendered, or only the frame: say so on the page rather than leave it blank or disabled.
  const container = document.getElementById("container");
  if (container)
    container.textContent = `无法启动 / Could not start: ${e instanceof Error ? e.message : String(e)}`;
  throw e;
});

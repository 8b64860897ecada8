/**
 * The ribbon's one-click command (manifest: ExecuteFunction "runEvaluation", FunctionFile
 * commands.html). It runs the same command as the pane's Run button, with the settings saved in
 * the workbook.
 *
 * How the user sees the outcome — a choice, since Excel has no notification API for add-ins
 * (NotificationMessages is Outlook-only, and showAsTaskpane needs a shared runtime the manifest
 * does not declare):
 * - success: the summary sheet the run inserted is activated with its first cell selected; that
 *   sheet states the total and the grade (as formulas), so the answer is on screen without a popup;
 * - failure (protected sheet, cell edit, nothing found, too large): nothing was written, and a small
 *   Office dialog shows what to do — this page itself, opened with ?notice=<text>, which renders the
 *   text instead of registering the command. Office closes a dialog when its function command
 *   completes, so event.completed() waits until the user closes it (or the dialog cannot open).
 * event.completed() is called on every path (finally).
 */
import type { Lang } from "../core/types";
import { HostError } from "../workbook/host";
import { createExcelHost } from "../workbook/office/excelHost";
import { runEvaluation } from "../workbook/runCommand";
import { langFor, strings } from "../taskpane/strings";

const NOTICE_PARAM = "notice";

function errorText(e: unknown, lang: Lang): string {
  const t = strings[lang];
  if (e instanceof HostError) return `${t.errorTitle}: ${t.errors[e.code](e.sheet, e.message)}`;
  return `${t.errorTitle}: ${t.errors.unknown(undefined, e instanceof Error ? e.message : String(e))}`;
}

/** Opens this page as a dialog showing `text`; resolves when the user closes it or it cannot open. Never rejects. */
function showNotice(text: string): Promise<void> {
  return new Promise((resolve) => {
    try {
      const url = `${location.origin}${location.pathname}?${NOTICE_PARAM}=${encodeURIComponent(text)}`;
      Office.context.ui.displayDialogAsync(
        url,
        { height: 30, width: 40, displayInIframe: true },
        (opened) => {
          if (opened.status !== Office.AsyncResultStatus.Succeeded) {
            resolve();
            return;
          }
          opened.value.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
        },
      );
    } catch {
      // No dialog API (older host): the command still has to complete.
      resolve();
    }
  });
}

/** The ExecuteFunction handler. */
export async function runFromRibbon(event: Office.AddinCommands.Event): Promise<void> {
  let lang: Lang = langFor(Office.context.displayLanguage);
  try {
    const host = createExcelHost();
    const settings = await host.loadSettings();
    lang = settings.lang ?? lang;
    const { result } = await runEvaluation(host, settings, lang);
    const summary = result.plan.newSheets[0];
    if (summary) await host.select({ sheet: summary.name, row: 0, col: 0 });
  } catch (e) {
    await showNotice(errorText(e, lang));
  } finally {
    event.completed();
  }
}

/** In the notice dialog: show the text (as text, never markup). */
function renderNotice(text: string): void {
  const p = document.createElement("p");
  p.style.font = "14px 'Segoe UI', 'Microsoft YaHei', sans-serif";
  p.style.margin = "16px";
  p.textContent = text;
  document.body.appendChild(p);
}

const notice = new URLSearchParams(location.search).get(NOTICE_PARAM);
if (notice !== null) renderNotice(notice);
else Office.onReady(() => Office.actions.associate("runEvaluation", runFromRibbon));

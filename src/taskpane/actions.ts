/**
 * What the pane's buttons do to a workbook (PaneActions over a WorkbookHost): the engine and the
 * shared command. index.tsx loads this module as its own chunk after the first render.
 */
import { runEngineCore } from "../core/engineCore";
import { staleSummaries } from "../core/narrative/banner";
import { reportStrings } from "./reportStrings";
import type { WorkbookHost } from "../workbook/host";
import { runEvaluation } from "../workbook/runCommand";
import type { PaneActions } from "./App";

/**
 * A turn of the event loop: the browser repaints (the progress bar) and handles input before the
 * next step, which may run synchronously for a while on a large workbook.
 */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function actionsFor(host: WorkbookHost): PaneActions {
  return {
    // Showing tables and results needs no summary sheet: the narrative loads with the first Run.
    evaluate: async (settings, lang) => {
      const data = await host.read();
      const result = runEngineCore(data, {
        rules: settings.rules,
        gradeBands: settings.gradeBands,
        lang,
        mappings: settings.mappings,
        ...(settings.review ? { review: true } : {}),
      });
      return { ...result, staleSummaries: staleSummaries(data) };
    },
    run: (settings, lang, onPhase) =>
      runEvaluation(host, settings, lang, async (phase) => {
        onPhase?.(phase);
        await yieldToBrowser();
      }),
    revert: () => host.revert(),
    hasRevertRecord: () => host.hasRevertRecord(),
    select: (cell) => host.select(cell),
    saveSettings: (settings) => host.saveSettings(settings),
    // The schema's validator is a chunk of its own: opening the pane does not load it.
    readRules: async (text, fileName) =>
      (await import(/* webpackChunkName: "rule-pack" */ "../packs/readPack")).readPack(text, fileName),
    // The report's code (the engine's narrative, the Word writer, the clipboard) loads on first use.
    exportReport: async (settings, lang) =>
      (await import(/* webpackChunkName: "report" */ "./reportExport")).exportReport(
        host,
        settings,
        lang,
        reportStrings[lang].fallbackName,
      ),
  };
}

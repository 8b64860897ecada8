/**
 * What the pane's buttons do to a workbook (PaneActions over a WorkbookHost): the engine and the
 * shared command. index.tsx loads this module as its own chunk after the first render.
 */
import { runEngineCore } from "../core/engineCore";
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
    evaluate: async (settings, lang) =>
      runEngineCore(await host.read(), {
        rules: settings.rules,
        gradeBands: settings.gradeBands,
        lang,
        mappings: settings.mappings,
        ...(settings.review ? { review: true } : {}),
      }),
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
  };
}

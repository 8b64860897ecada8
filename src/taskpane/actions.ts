/**
 * What the pane's buttons do to a workbook (PaneActions over a WorkbookHost): the engine and the
 * shared command. index.tsx loads this module as its own chunk after the first render.
 */
import { runEngine } from "../core/engine";
import type { WorkbookHost } from "../workbook/host";
import { runEvaluation } from "../workbook/runCommand";
import type { PaneActions } from "./App";

export function actionsFor(host: WorkbookHost): PaneActions {
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

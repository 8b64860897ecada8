/**
 * The one command behind both the pane's Run button and the ribbon's one-click button:
 * read the workbook, run the engine with the remembered settings, apply the plan.
 */
import { runEngine, type RunResult } from "../core/engine";
import type { Lang } from "../core/types";
import { HostError, type ApplyOutcome, type Settings, type WorkbookHost } from "./host";

export interface CommandResult {
  readonly result: RunResult;
  readonly outcome: ApplyOutcome;
}

export async function runEvaluation(
  host: WorkbookHost,
  settings: Settings,
  lang: Lang,
): Promise<CommandResult> {
  const data = await host.read();
  const result = runEngine(data, {
    rules: settings.rules,
    gradeBands: settings.gradeBands,
    lang,
    summary: true,
    mappings: settings.mappings,
  });
  if (result.tables.length === 0) throw new HostError("nothing-found", "no budget or indicator table found");
  const locked = data.sheets.filter((s) => s.protected && result.plan.cells.some((c) => c.sheet === s.name));
  if (locked.length > 0)
    throw new HostError("protected-sheet", `sheet "${locked[0].name}" is protected`, locked[0].name);
  const outcome = await host.apply(result.plan);
  return { result, outcome };
}

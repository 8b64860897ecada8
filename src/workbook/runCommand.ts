/**
 * The one command behind both the pane's Run button and the ribbon's one-click button:
 * read the workbook, run the engine with the remembered settings, apply the plan.
 */
import type { RunResult } from "../core/engine";
import type { Lang } from "../core/types";
import { HostError, type ApplyOutcome, type Settings, type WorkbookHost } from "./host";

/** The steps of a run, in order, for a progress indicator. */
export type RunPhase = "read" | "evaluate" | "write";

export interface CommandResult {
  readonly result: RunResult;
  readonly outcome: ApplyOutcome;
}

/**
 * onPhase is awaited before each step: the pane shows the step and yields to the event loop there,
 * so that it repaints and answers input between the long synchronous evaluation and the writes.
 */
export async function runEvaluation(
  host: WorkbookHost,
  settings: Settings,
  lang: Lang,
  onPhase?: (phase: RunPhase) => Promise<void> | void,
): Promise<CommandResult> {
  await onPhase?.("read");
  const data = await host.read();
  await onPhase?.("evaluate");
  // The whole engine, summary and report included, as a chunk of its own in the task pane: opening
  // the pane needs only engineCore.
  const { runEngine } = await import(/* webpackChunkName: "engine" */ "../core/engine");
  const result = runEngine(data, {
    rules: settings.rules,
    gradeBands: settings.gradeBands,
    lang,
    summary: true,
    mappings: settings.mappings,
    ...(settings.review ? { review: true } : {}),
  });
  if (result.tables.length === 0) throw new HostError("nothing-found", "no budget or indicator table found");
  const locked = data.sheets.filter((s) => s.protected && result.plan.cells.some((c) => c.sheet === s.name));
  if (locked.length > 0)
    throw new HostError("protected-sheet", `sheet "${locked[0].name}" is protected`, locked[0].name);
  await onPhase?.("write");
  const outcome = await host.apply(result.plan);
  return { result, outcome };
}

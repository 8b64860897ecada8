/**
 * The task pane: idle -> running -> results | error. Everything it does to the workbook goes
 * through `actions` (wired in index.tsx); it only keeps what the user chose and what came back.
 * Revert is offered only when the workbook holds a revert record, and asks first.
 */
import { Caption1, Field, makeStyles, ProgressBar, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { cellRef, displayRef, type CellRef } from "../core/cellRef";
import type { RunResult } from "../core/engine";
import { ruleSet } from "../core/evaluate/rules";
import type { ColumnRole, Lang, TableMapping } from "../core/types";
import { HostError, type RevertOutcome, type Settings, type WorkbookHost } from "../workbook/host";
import type { CommandResult, RunPhase } from "../workbook/runCommand";
import type { PackReading } from "../packs/readPack";
import { ErrorBar, type PaneError } from "./ErrorBar";
import { mappingsAfterEdit, withColumn } from "./mappings";
import { NoticeBar, type Notice } from "./NoticeBar";
import { ResultsPanel } from "./ResultsPanel";
import { summarizeRun } from "./runSummary";
import { SettingsPanel, type Bands } from "./SettingsPanel";
import { PaneFrame } from "./Shell";
import { strings as allStrings } from "./strings";
import { TablesPanel } from "./TablesPanel";
import { ReportButton } from "./ReportButton";
import type { ReportExport } from "./reportExport";
import { reportStrings } from "./reportStrings";
import { StaleBar } from "./StaleBar";

export interface PaneActions {
  /**
   * Reads the workbook and evaluates it without writing anything (tables found, relabelled results),
   * and which summary sheets its banner says are out of date.
   */
  evaluate(
    settings: Settings,
    lang: Lang,
  ): Promise<RunResult & { readonly staleSummaries?: readonly string[] }>;
  /**
   * The shared command: evaluate and write (runEvaluation). onPhase is told each step as it
   * starts; the pane has been given a turn to repaint before the step runs.
   */
  run(settings: Settings, lang: Lang, onPhase?: (phase: RunPhase) => void): Promise<CommandResult>;
  revert(): Promise<RevertOutcome>;
  /** Whether the workbook holds a revert record (a run was written and not reverted since). */
  hasRevertRecord(): Promise<boolean>;
  select(cell: CellRef): Promise<void>;
  saveSettings(settings: Settings): Promise<void>;
  /** Checks a rules file's text (the schema and the bands); its code loads on first use. */
  readRules(text: string, fileName: string): Promise<PackReading>;
  /** The report as a Word file where the host can save one, else copied as formatted text. */
  exportReport(settings: Settings, lang: Lang): Promise<ReportExport>;
}

export interface AppProps {
  readonly mode: WorkbookHost["kind"];
  readonly actions: PaneActions;
  readonly initialSettings: Settings;
  /** Used when the settings carry no language. */
  readonly initialLang: Lang;
  /** Whether the host can save a file (WorkbookHost.canSaveFiles). */
  readonly canSaveFiles?: boolean;
}

export type Phase =
  | { readonly kind: "idle" }
  | { readonly kind: "running" }
  | { readonly kind: "results"; readonly result: RunResult }
  | { readonly kind: "error"; readonly error: PaneError };

/** Loaded on the first click of Revert: opening the pane does not need the Dialog. */
const RevertDialog = lazy(() => import(/* webpackChunkName: "revert-dialog" */ "./RevertDialog"));

const phaseOrder: readonly RunPhase[] = ["read", "evaluate", "write"];

/** A file's text through FileReader (Blob.text is missing from older WebViews). */
function fileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error("cannot read the file"));
    r.readAsText(file, "utf-8");
  });
}

export function toPaneError(e: unknown): PaneError {
  if (e instanceof HostError) return { code: e.code, sheet: e.sheet, detail: e.message };
  return { code: "unknown", detail: e instanceof Error ? e.message : String(e) };
}

const useStyles = makeStyles({
  status: { overflowWrap: "anywhere" },
  rule: {
    width: "100%",
    margin: 0,
    border: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function App({
  mode,
  actions,
  initialSettings,
  initialLang,
  canSaveFiles = false,
}: AppProps): JSX.Element {
  const s = useStyles();
  const [settings, setSettings] = useState<Settings>(initialSettings);
  const [tables, setTables] = useState<readonly TableMapping[] | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [runPhase, setRunPhase] = useState<RunPhase | null>(null);
  /** Revert is enabled once the workbook is known to hold a record. */
  const [canRevert, setCanRevert] = useState(false);
  const [confirming, setConfirming] = useState(false);
  /** The dialog's chunk is asked for on the first click of Revert, then the dialog stays mounted. */
  const [dialogLoaded, setDialogLoaded] = useState(false);
  /** Summary sheets whose banner says the data changed since they were written. */
  const [stale, setStale] = useState<readonly string[]>([]);
  const lang = settings.lang ?? initialLang;
  const t = allStrings[lang];
  const rt = reportStrings[lang];
  const bands: Bands = settings.gradeBands ?? ruleSet(settings.rules).grades;
  const busy = phase.kind === "running";
  /** Only the latest request may update the state (a language switch may overtake a read). */
  const generation = useRef(0);

  const fail = useCallback((e: unknown) => setPhase({ kind: "error", error: toPaneError(e) }), []);

  useEffect(() => {
    const g = ++generation.current;
    actions.evaluate(initialSettings, initialSettings.lang ?? initialLang).then((r) => {
      if (g !== generation.current) return;
      setTables(r.tables);
      setStale(r.staleSummaries ?? []);
    }, fail);
    actions.hasRevertRecord().then((has) => {
      if (g === generation.current) setCanRevert(has);
    }, fail);
    // Once, on opening: later reads follow the user's actions.
  }, []);

  const save = (next: Settings): void => {
    setSettings(next);
    actions.saveSettings(next).catch(fail);
  };

  const run = async (): Promise<void> => {
    const g = ++generation.current;
    setPhase({ kind: "running" });
    setRunPhase(null);
    setNotice(null);
    setSelected(null);
    try {
      const { result, outcome } = await actions.run(settings, lang, (p) => {
        if (g === generation.current) setRunPhase(p);
      });
      if (g !== generation.current) return;
      setTables(result.tables);
      setNotice(
        outcome.kind === "untouched"
          ? { kind: "untouched", reason: outcome.reason }
          : { kind: "written", summary: summarizeRun(result) },
      );
      if (outcome.kind === "written") {
        setCanRevert(true);
        // The summary was just written from the workbook as it is.
        setStale([]);
      }
      setPhase({ kind: "results", result });
    } catch (e) {
      if (g === generation.current) {
        fail(e);
        // A write that failed part-way leaves a record behind: ask the workbook rather than guess.
        actions.hasRevertRecord().then(setCanRevert, () => undefined);
      }
    }
  };

  const revert = async (): Promise<void> => {
    setConfirming(false);
    const g = ++generation.current;
    setPhase({ kind: "running" });
    setRunPhase(null);
    try {
      const outcome = await actions.revert();
      if (g !== generation.current) return;
      setNotice(
        outcome.kind === "reverted"
          ? {
              kind: "reverted",
              cells: outcome.cells,
              unrestored: outcome.unrestored,
              reviewer: outcome.reviewer,
            }
          : { kind: "nothing-to-revert" },
      );
      setCanRevert(false);
      setPhase({ kind: "idle" });
      setSelected(null);
    } catch (e) {
      if (g === generation.current) fail(e);
    }
  };

  const changeLang = (next: Lang): void => {
    save({ ...settings, lang: next });
    if (phase.kind !== "results") return;
    // Flag messages come from the engine in the run's language: evaluate again, without writing.
    const g = ++generation.current;
    actions.evaluate(settings, next).then((result) => {
      if (g !== generation.current) return;
      setPhase({ kind: "results", result });
      setStale(result.staleSummaries ?? []);
    }, fail);
  };

  const changeColumn = (index: number, role: ColumnRole, col: number | null): void => {
    if (!tables) return;
    const edited = tables.map((tb, i) => (i === index ? withColumn(tb, role, col) : tb));
    setTables(edited);
    save({ ...settings, mappings: mappingsAfterEdit(settings.mappings, edited, edited[index].sheet) });
  };

  const select = (cell: CellRef): void => {
    actions.select(cell).then(() => setSelected(cell), fail);
  };

  const openSheet = (sheet: string): void => select(cellRef(sheet, 0, 0));

  return (
    <PaneFrame
      mode={mode}
      lang={lang}
      strings={t}
      busy={busy}
      canRevert={canRevert}
      onRun={run}
      onRevert={() => {
        setDialogLoaded(true);
        setConfirming(true);
      }}
    >
      {busy && (
        <Field label={runPhase ? t.phases[runPhase] : t.running}>
          <ProgressBar
            value={runPhase ? (phaseOrder.indexOf(runPhase) + 1) / (phaseOrder.length + 1) : undefined}
          />
        </Field>
      )}
      {dialogLoaded && (
        <Suspense fallback={null}>
          <RevertDialog
            open={confirming}
            strings={t}
            onConfirm={revert}
            onCancel={() => setConfirming(false)}
          />
        </Suspense>
      )}
      {stale.length > 0 && !busy && (
        <StaleBar sheets={stale} strings={rt} disabled={busy} onRegenerate={run} />
      )}
      {phase.kind === "error" && <ErrorBar error={phase.error} strings={t} />}
      {notice && <NoticeBar notice={notice} strings={t} onOpenSheet={openSheet} />}
      {selected && (
        <Caption1 role="status" className={s.status} data-testid="selection">
          {t.selected(displayRef(selected))}
        </Caption1>
      )}
      {phase.kind === "results" && (
        <ResultsPanel
          evaluations={phase.result.evaluations}
          flags={phase.result.flags}
          strings={t}
          selected={selected}
          onSelect={select}
        />
      )}
      {tables !== null && tables.length > 0 && (
        <ReportButton
          canSave={canSaveFiles}
          strings={rt}
          disabled={busy}
          onExport={() => actions.exportReport(settings, lang)}
        />
      )}
      <hr className={s.rule} />
      <TablesPanel tables={tables} strings={t} disabled={busy} onChange={changeColumn} />
      <hr className={s.rule} />
      <SettingsPanel
        rules={settings.rules}
        bands={bands}
        lang={lang}
        strings={t}
        disabled={busy}
        onRules={(rules) => save({ ...settings, rules })}
        onLoadRules={async (file) => {
          const read = await actions.readRules(await fileText(file), file.name);
          if (!read.ok) return read.problems;
          save({ ...settings, rules: read.pack });
          return [];
        }}
        onBands={(gradeBands) => save({ ...settings, gradeBands })}
        onLang={changeLang}
        review={settings.review === true}
        onReview={(on) => {
          const { review: _off, ...rest } = settings;
          save(on ? { ...settings, review: true } : rest);
        }}
      />
    </PaneFrame>
  );
}

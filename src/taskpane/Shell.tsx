/**
 * The pane's frame — title, preview badge and note, the Run and Revert buttons — shared by App and
 * by Shell, and styled inline (frameStyles.ts). Shell is the frame alone, its buttons disabled:
 * index.tsx renders it at once, while the rest of the pane (App, the engine, the workbook or the
 * preview sample) loads from separate chunks.
 */
import { Button, Caption1, FluentProvider, Title3, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Lang } from "../core/types";
import type { WorkbookHost } from "../workbook/host";
import { strings as allStrings, type Strings } from "./strings";
import { frameStyles as f, pillStyles } from "./frameStyles";

const previewBadge = { ...pillStyles.pill, ...pillStyles.warning };

export interface PaneFrameProps {
  readonly mode: WorkbookHost["kind"];
  readonly lang: Lang;
  readonly strings: Strings;
  readonly busy: boolean;
  /** Revert is enabled only when the workbook holds a record of a run (false until known). */
  readonly canRevert?: boolean;
  readonly onRun?: () => void;
  readonly onRevert?: () => void;
  /** Everything below the buttons. */
  readonly children?: ReactNode;
}

export function PaneFrame({
  mode,
  lang,
  strings: t,
  busy,
  canRevert = false,
  onRun,
  onRevert,
  children,
}: PaneFrameProps): JSX.Element {
  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main style={f.root}>
        <header style={f.header}>
          <h1 style={f.title}>
            <Title3>{t.appTitle}</Title3>
          </h1>
          {mode === "preview" && (
            <span style={previewBadge} data-testid="preview-badge">
              {t.previewBadge}
            </span>
          )}
        </header>
        {mode === "preview" && <Caption1>{t.previewNote}</Caption1>}
        <div style={f.actions}>
          <Button appearance="primary" onClick={onRun} disabled={busy}>
            {t.run}
          </Button>
          <Button onClick={onRevert} disabled={busy || !canRevert}>
            {t.revert}
          </Button>
        </div>
        {children}
      </main>
    </FluentProvider>
  );
}

export interface ShellProps {
  readonly mode: WorkbookHost["kind"];
  readonly lang: Lang;
}

/** The frame while the pane loads: the same title and buttons, disabled. */
export function Shell({ mode, lang }: ShellProps): JSX.Element {
  return <PaneFrame mode={mode} lang={lang} strings={allStrings[lang]} busy />;
}

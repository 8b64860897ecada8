/**
 * The Word report: "Save Word report" where the host can save a file, "Copy report" (formatted text
 * for Word or WPS) where it cannot, and what came of the last click. The work is the caller's
 * (actions.exportReport); the button only shows its state.
 */
import { Button, Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { ReportExport } from "./reportExport";
import type { ReportStrings } from "./reportStrings";

export interface ReportButtonProps {
  readonly canSave: boolean;
  readonly strings: ReportStrings;
  readonly disabled: boolean;
  readonly onExport: () => Promise<ReportExport>;
}

type State =
  | { readonly kind: "idle" }
  | { readonly kind: "working" }
  | { readonly kind: "done"; readonly outcome: ReportExport }
  | { readonly kind: "failed"; readonly detail: string };

export function ReportButton({ canSave, strings: t, disabled, onExport }: ReportButtonProps): JSX.Element {
  const [state, setState] = useState<State>({ kind: "idle" });
  const click = (): void => {
    setState({ kind: "working" });
    onExport().then(
      (outcome) => setState({ kind: "done", outcome }),
      (e: unknown) => setState({ kind: "failed", detail: e instanceof Error ? e.message : String(e) }),
    );
  };
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 4 }}>
      <Button onClick={click} disabled={disabled || state.kind === "working"} data-testid="report-button">
        {state.kind === "working" ? t.working : canSave ? t.save : t.copy}
      </Button>
      {!canSave && <Caption1>{t.copyNote}</Caption1>}
      {state.kind === "done" && (
        <MessageBar intent="success" layout="multiline" data-testid="report-notice">
          <MessageBarBody>
            {state.outcome.kind === "saved" ? t.saved(state.outcome.fileName) : t.copied}
          </MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar intent="error" layout="multiline" data-testid="report-notice">
          <MessageBarBody>{t.failed(state.detail)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/**
 * The prompt for a summary written before the data last changed: its banner shows the warning, so the
 * pane says so and offers the Run that writes it again.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { ReportStrings } from "./reportStrings";

export interface StaleBarProps {
  /** The summary sheets whose banner shows the warning. */
  readonly sheets: readonly string[];
  readonly strings: ReportStrings;
  readonly disabled: boolean;
  readonly onRegenerate: () => void;
}

export function StaleBar({ sheets, strings: t, disabled, onRegenerate }: StaleBarProps): JSX.Element {
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="stale">
      <MessageBarBody>
        <MessageBarTitle>{t.staleTitle}</MessageBarTitle>
        {t.staleBody(sheets)}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRegenerate} disabled={disabled}>
          {t.regenerate}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

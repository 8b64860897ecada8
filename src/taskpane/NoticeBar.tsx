/**
 * The message after an action (Run, Revert), rendered in the pane's current language: a notice is
 * kept as data, so switching the language re-words it. After a run it links to the summary sheet.
 */
import { Link, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { RunSummary } from "./runSummary";
import type { Strings } from "./strings";

export type Notice =
  | { readonly kind: "written"; readonly summary: RunSummary }
  | { readonly kind: "untouched"; readonly reason: string }
  | {
      readonly kind: "reverted";
      readonly cells: number;
      readonly unrestored?: readonly string[];
      readonly reviewer?: { readonly removed: readonly string[]; readonly left: readonly string[] };
    }
  | { readonly kind: "nothing-to-revert" };

export interface NoticeBarProps {
  readonly notice: Notice;
  readonly strings: Strings;
  /** Activates the summary sheet (through the host). */
  readonly onOpenSheet: (sheet: string) => void;
}

export function NoticeBar({ notice, strings: t, onOpenSheet }: NoticeBarProps): JSX.Element {
  switch (notice.kind) {
    case "written": {
      const sheet = notice.summary.summarySheet;
      return (
        <MessageBar intent="success" layout="multiline" data-testid="notice" data-kind={notice.kind}>
          <MessageBarBody>{t.written(notice.summary)}</MessageBarBody>
          {sheet !== null && (
            <MessageBarActions>
              <Link as="button" onClick={() => onOpenSheet(sheet)}>
                {t.openSheet(sheet)}
              </Link>
            </MessageBarActions>
          )}
        </MessageBar>
      );
    }
    case "untouched":
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="notice" data-kind={notice.kind}>
          <MessageBarBody>{t.untouched(notice.reason)}</MessageBarBody>
        </MessageBar>
      );
    case "reverted": {
      // Cells whose look could not be put back exactly (older Excel, a style deleted since) are named.
      const missed = notice.unrestored ?? [];
      // The reviewer's entries (review mode) are named as `pse revert` names them: removed, or left.
      const removed = notice.reviewer?.removed ?? [];
      const left = notice.reviewer?.left ?? [];
      const long = missed.length + removed.length + left.length > 0;
      return (
        <MessageBar
          intent={missed.length + removed.length > 0 ? "warning" : "success"}
          layout={long ? "multiline" : "singleline"}
          data-testid="notice"
          data-kind={notice.kind}
        >
          <MessageBarBody>
            {t.reverted(notice.cells)}
            {missed.length > 0 && ` ${t.notRestored(missed)}`}
            {removed.length > 0 && ` ${t.reviewerRemoved(removed)}`}
            {left.length > 0 && ` ${t.reviewerLeft(left)}`}
          </MessageBarBody>
        </MessageBar>
      );
    }
    case "nothing-to-revert":
      return (
        <MessageBar intent="info" data-testid="notice" data-kind={notice.kind}>
          <MessageBarBody>{t.nothingToRevert}</MessageBarBody>
        </MessageBar>
      );
  }
}

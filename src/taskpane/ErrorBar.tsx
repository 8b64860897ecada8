/** What went wrong and what to do about it, one message per HostError code. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { HostErrorCode } from "../workbook/host";
import type { Strings } from "./strings";

export interface PaneError {
  readonly code: HostErrorCode;
  readonly sheet?: string;
  /** The underlying message, shown for unknown errors only. */
  readonly detail: string;
}

export interface ErrorBarProps {
  readonly error: PaneError;
  readonly strings: Strings;
}

export function ErrorBar({ error, strings }: ErrorBarProps): JSX.Element {
  return (
    <MessageBar intent="error" layout="multiline" data-code={error.code}>
      <MessageBarBody>
        <MessageBarTitle>{strings.errorTitle}</MessageBarTitle>
        {strings.errors[error.code](error.sheet, error.detail)}
      </MessageBarBody>
    </MessageBar>
  );
}

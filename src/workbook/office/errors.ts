/** Office errors as HostError codes: the pane picks its message and advice from the code. */
import { HostError } from "../host";

/** Codes Office.js puts on OfficeExtension.Error, mapped to what the user can do about them. */
const CODES: Readonly<Record<string, HostError["code"]>> = {
  InvalidOperationInCellEditMode: "cell-edit",
  AccessDenied: "protected-sheet",
  RequestPayloadSizeLimitExceeded: "too-large",
  ResponsePayloadSizeLimitExceeded: "too-large",
  PayloadTooLarge: "too-large",
};

const ADVICE: Readonly<Record<HostError["code"], string>> = {
  "cell-edit": "Excel is editing a cell; finish the edit (Enter or Esc) and try again",
  "protected-sheet": "a sheet the add-in writes to is protected; unprotect it and try again",
  "too-large": "the request is larger than Excel accepts",
  "nothing-found": "nothing found",
  unknown: "Excel reported an error",
};

/** The HostError for anything an Excel call threw; a HostError passes through unchanged. */
export function toHostError(e: unknown, sheet?: string): HostError {
  if (e instanceof HostError) return e;
  const raw = e as { code?: unknown; message?: unknown } | null;
  const officeCode = typeof raw?.code === "string" ? raw.code : "";
  const code = CODES[officeCode] ?? "unknown";
  const detail = typeof raw?.message === "string" && raw.message ? raw.message : String(e);
  const err = new HostError(code, `${ADVICE[code]} (${officeCode || "error"}: ${detail})`, sheet);
  return err;
}

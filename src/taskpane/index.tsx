/**
 * PLACEHOLDER entry for the task pane, so that webpack builds; the real wiring (adapters,
 * command, React tree) replaces this file. It renders only a "loading" text.
 */
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no #container element");

createRoot(container).render(
  <FluentProvider theme={webLightTheme}>
    <Spinner label="加载中… / Loading…" />
  </FluentProvider>,
);

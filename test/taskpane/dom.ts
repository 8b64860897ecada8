/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses for reflow; a no-op stands in. */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, writable: true });
}

// The pane's tests share two cores with the LibreOffice and Chromium suites: Testing Library's
// default 1 s for findBy/waitFor is too short there, and a slow render is no failure of the pane.
configure({ asyncUtilTimeout: 10_000 });

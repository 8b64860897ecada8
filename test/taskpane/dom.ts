/** jsdom lacks ResizeObserver, which Fluent's MessageBar uses for reflow; a no-op stands in. */
import "@testing-library/jest-dom";

class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: NoResizeObserver, writable: true });
}

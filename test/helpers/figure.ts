/**
 * A figure a test measures (timings, request sizes) for whoever wants it: printed only with
 * PSE_TEST_FIGURES=1, so that a plain `npm test` shows nothing but the results.
 */
export function figure(text: string): void {
  if (process.env.PSE_TEST_FIGURES === "1") process.stderr.write(`${text}\n`);
}

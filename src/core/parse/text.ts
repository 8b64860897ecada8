/** Text clean-up shared by the parsers: full-width forms to half-width (NFKC), spaces trimmed. */
export function normaliseText(s: string): string {
  return s
    .normalize("NFKC")
    .replace(/\u3000/g, " ")
    .trim();
}

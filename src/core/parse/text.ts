/** Text clean-up shared by the parsers: full-width forms to half-width (NFKC), spaces trimmed. */
import { memoByString } from "../memo";
export const normaliseText: (s: string) => string = memoByString((s) =>
  s
    .normalize("NFKC")
    .replace(/\u3000/g, " ")
    .trim(),
);

/** Output bounds in English: the first few, then a count. */
import type { BoundsText } from "./bounds.zh.js";

export const enBounds: BoundsText = {
  moreFiles: (n) => `… and ${n} more file${n === 1 ? "" : "s"}`,
  moreProblems: (n) => `… and ${n} more problem${n === 1 ? "" : "s"} (--max-problems 0 lists all)`,
  moreFilesWithProblems: (n) => `… and ${n} more file${n === 1 ? "" : "s"} with problems (--max-problems 0 lists all)`,
};

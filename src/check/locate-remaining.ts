/** Places findings whose positions were not kept with the cached analyses, by reading their files again (rare). */

import { fileOrder, locateFindings } from "../diagnostics/locate-findings.js";
import type { Document } from "../read/index.js";
import type { CheckedFile } from "./late-findings.js";

/** Places the waiting findings (line 0) of each record; `readText` supplies a file's text when not kept. */
export function locateRemaining(
  records: CheckedFile[],
  parse: (text: string) => Document,
  readText: (record: CheckedFile) => string | undefined,
): void {
  for (const record of records) {
    if (!record.findings.some((f) => f.line === 0)) continue;
    const text = record.text ?? readText(record);
    const located = text === undefined ? undefined : parse(text).locate;
    const known = record.findings.filter((f) => f.line !== 0);
    const waiting = record.findings.filter((f) => f.line === 0).map(({ line: _l, column: _c, ...f }) => f);
    record.findings = [...known, ...locateFindings(located, waiting)].sort(fileOrder);
  }
}

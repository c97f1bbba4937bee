/** Gives every finding of a source its 1-based line and column, and orders them as they stand in the file. */
import type { Finding } from "../diagnostics/finding.js";
import { locate } from "../diagnostics/locate.js";
import type { Parsed } from "../workspace/parse.js";

export type Located = Finding & { line: number; column: number };

/** Findings with positions, sorted by line, then column, then code. */
export function locateFindings(parsed: Parsed | undefined, findings: readonly Finding[]): Located[] {
  const doc = parsed?.doc;
  const lines = parsed?.lines;
  const located = findings.map((f): Located => {
    if (f.line !== undefined && f.column !== undefined) return { ...f, line: f.line, column: f.column };
    if (!doc || !lines) return { ...f, line: 1, column: 1 };
    return { ...f, ...locate(doc, lines, f.path, f.at) };
  });
  return located.sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

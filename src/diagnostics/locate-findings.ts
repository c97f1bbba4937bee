/** Gives every finding of a source its 1-based line and column, and orders them as they stand in the file. */
import type { Finding } from "./finding.js";
import type { Locator } from "./locate.js";

export type Located = Finding & { line: number; column: number };

/** File order of located findings: by line, then column, then code. */
export function fileOrder(a: Located, b: Located): number {
  return a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}

/** Findings with positions, sorted by line, then column, then code. */
export function locateFindings(locate: Locator | undefined, findings: readonly Finding[]): Located[] {
  const located = findings.map((f): Located => {
    if (f.line !== undefined && f.column !== undefined) return { ...f, line: f.line, column: f.column };
    if (!locate) return { ...f, line: 1, column: 1 };
    return { ...f, ...locate(f.path, f.at) };
  });
  return located.sort(fileOrder);
}

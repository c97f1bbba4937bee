/** WP001: every id is used by one record of the workspace only. This rule looks at the workspace as a whole. */
import type { Finding } from "../diagnostics/finding.js";

export interface IdEntry {
  file: string;
  id: string;
}

/** For each file whose id another file also uses, the finding naming the others. */
export function duplicateIds(entries: readonly IdEntry[]): Map<string, Finding> {
  const byId = new Map<string, string[]>();
  for (const { file, id } of entries) {
    const files = byId.get(id);
    if (files) files.push(file);
    else byId.set(id, [file]);
  }
  const out = new Map<string, Finding>();
  for (const [id, files] of byId) {
    if (files.length < 2) continue;
    for (const file of files) {
      const others = files.filter((f) => f !== file);
      out.set(file, { code: "WP001", severity: "error", path: "/id", params: { id, others } });
    }
  }
  return out;
}

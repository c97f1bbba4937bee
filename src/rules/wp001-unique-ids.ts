/** WP001: every id is used by one record of the workspace only. This rule looks at the workspace as a whole. */
import type { Finding } from "../diagnostics/finding.js";

/** WP001 as the rule catalogue lists it: not a record rule, since it needs every id of the workspace. */
export const uniqueIds = { code: "WP001", severity: "error", title: "事项编号在工作区内唯一" } as const;

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
      out.set(file, { code: uniqueIds.code, severity: uniqueIds.severity, path: "/id", params: { id, others } });
    }
  }
  return out;
}

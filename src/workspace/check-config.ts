/** Checks `wenping.yaml`: its schema, then that codes, registration numbers and expert ids are each registered once. */

import { type Finding, pointer } from "../diagnostics/finding.js";
import { type Located, locateFindings } from "../diagnostics/locate-findings.js";
import type { WorkspaceConfig } from "../model/types.js";
import type { Source } from "../read/index.js";
import { workspaceSchema } from "../schema/definitions.js";
import { toFindings } from "../schema/errors.js";
import { validateWorkspaceSchema } from "../schema/validators.js";

export interface CheckedConfig {
  config?: WorkspaceConfig;
  findings: Located[];
}

function duplicates<T>(list: readonly T[], section: string, key: keyof T & string, kind: string): Finding[] {
  const seen = new Set<unknown>();
  const out: Finding[] = [];
  list.forEach((entry, i) => {
    const value = entry[key];
    if (seen.has(value)) {
      out.push({
        code: "SCHEMA",
        severity: "error",
        path: pointer(section, i, key),
        key: "SCHEMA.duplicate",
        params: { kind, value: String(value) },
      });
    }
    seen.add(value);
  });
  return out;
}

/** The config when it is valid, and its findings either way. */
export function checkConfig(source: Source): CheckedConfig {
  if (source.findings.length > 0) return { findings: locateFindings(source.locate, source.findings) };
  const data = source.data;
  const schemaFindings = toFindings(validateWorkspaceSchema(data), workspaceSchema);
  if (schemaFindings.length > 0) return { findings: locateFindings(source.locate, schemaFindings) };
  const config = data as WorkspaceConfig;
  const found = [
    ...duplicates(config.units, "units", "code", "unit"),
    ...duplicates(config.agencies ?? [], "agencies", "registration_no", "agency"),
    ...duplicates(config.experts ?? [], "experts", "id", "expert"),
  ];
  return found.length > 0 ? { findings: locateFindings(source.locate, found) } : { config, findings: [] };
}

/** Checks record sources: schema, then the regime's rules on each valid record, then duplicate ids across them. */
import type { Finding } from "../diagnostics/finding.js";
import type { DecisionItem, WorkspaceConfig } from "../model/types.js";
import { checkRecord, duplicateIds } from "../rules/index.js";
import type { IdEntry } from "../rules/wp001-unique-ids.js";
import { toFindings } from "../schema/errors.js";
import { validateItemSchema } from "../schema/validators.js";
import type { Source } from "../workspace/source.js";
import { type Located, locateFindings } from "./locate-findings.js";

export interface CheckedRecord {
  file: string;
  /** The record, when it passed the schema (rule problems do not take it away). */
  item?: DecisionItem;
  findings: Located[];
  /** True when the file could not be read as a record at all (IO, ENCODING, YAML or SCHEMA errors). */
  malformed: boolean;
}

export interface CheckOptions {
  config: WorkspaceConfig;
  asOf: string;
  /** Ids of workspace records not being checked, so duplicates with them are still found. */
  otherIds?: readonly IdEntry[];
}

function fileNameOf(source: Source): string | undefined {
  return source.abs === undefined ? undefined : source.file.split("/").pop();
}

function checkOne(source: Source, options: CheckOptions): { item?: DecisionItem; findings: Finding[] } {
  if (source.findings.length > 0) return { findings: source.findings };
  const data = source.parsed?.data;
  const schemaFindings = toFindings(validateItemSchema(data));
  if (schemaFindings.length > 0) return { findings: schemaFindings };
  const item = data as DecisionItem;
  const fileName = fileNameOf(source);
  const context = { config: options.config, asOf: options.asOf, ...(fileName ? { fileName } : {}) };
  return { item, findings: checkRecord(item, context) };
}

/** Each source checked on its own and against the others. */
export function checkRecords(sources: readonly Source[], options: CheckOptions): CheckedRecord[] {
  const results = sources.map((source) => ({ source, ...checkOne(source, options) }));
  const ids: IdEntry[] = [...(options.otherIds ?? [])];
  for (const { source } of results) {
    const id = (source.parsed?.data as { id?: unknown } | undefined)?.id;
    if (typeof id === "string") ids.push({ file: source.file, id });
  }
  const dup = duplicateIds(ids);
  return results.map(({ source, item, findings }) => {
    const d = dup.get(source.file);
    const all = d ? [d, ...findings] : findings;
    return {
      file: source.file,
      ...(item ? { item } : {}),
      findings: locateFindings(source, all),
      malformed: item === undefined && findings.some((f) => f.severity === "error"),
    };
  });
}

/**
 * Late findings: those that depend on the as-of date or on other files (the as-of rules, WP001 duplicate ids), so
 * are never cached with a file's analysis; adding them makes a checked file.
 */
import type { Finding } from "../diagnostics/finding.js";
import { fileOrder, type Located } from "../diagnostics/locate-findings.js";
import type { ItemSummary } from "../model/summary.js";
import type { DecisionItem, WorkspaceConfig } from "../model/types.js";
import { checkAsOf } from "../rules/as-of.js";
import { duplicateIds, type IdEntry } from "../rules/wp001-unique-ids.js";
import type { FileAnalysis } from "./analyze-file.js";

/** A file checked at the as-of date: all its problems, located and in file order. */
export interface CheckedFile {
  file: string;
  abs?: string;
  summary?: ItemSummary;
  item?: DecisionItem;
  findings: Located[];
  malformed: boolean;
  text?: string;
}

/** What the late findings depend on: the as-of date, today, the ids of records not being checked. */
export interface LateFindingOptions {
  config: WorkspaceConfig;
  asOf: string;
  /** The computer's date for WP018; the clock when absent. */
  today?: string;
  /** Ids of workspace records not being checked, so duplicates with them are still found. */
  otherIds?: readonly IdEntry[];
}

/** Position 0:0 marks a finding whose place is not known yet (see locateRemaining). */
function placed(analysis: FileAnalysis, f: Finding): Located {
  const p = analysis.positions?.[f.path];
  return { ...f, line: p?.[0] ?? 0, column: p?.[1] ?? 0 };
}

/** Adds WP001 and the as-of rules' findings, placed by the positions kept with the analysis where known. */
export function addLateFindings(all: readonly FileAnalysis[], options: LateFindingOptions): CheckedFile[] {
  const ids: IdEntry[] = [...(options.otherIds ?? [])];
  for (const f of all) if (f.id !== undefined) ids.push({ file: f.file, id: f.id });
  const duplicates = duplicateIds(ids);
  return all.map((analysis) => {
    const late: Finding[] = [];
    const dup = duplicates.get(analysis.file);
    if (dup) late.push(dup);
    if (analysis.asOfInputs) {
      late.push(
        ...checkAsOf(analysis.asOfInputs as DecisionItem, {
          config: options.config,
          asOf: options.asOf,
          today: options.today,
        }),
      );
    }
    // Most files have nothing to add: their analysis serves as the checked file as it is.
    if (late.length === 0) return analysis as CheckedFile;
    const findings = [...analysis.findings, ...late.map((f) => placed(analysis, f))].sort(fileOrder);
    return {
      file: analysis.file,
      abs: analysis.abs,
      summary: analysis.summary,
      item: analysis.item,
      text: analysis.text,
      findings,
      malformed: analysis.malformed,
    };
  });
}

/** Whether some finding still waits for its position (a file whose positions were not kept). */
export function needsLocating(records: readonly CheckedFile[]): boolean {
  return records.some((r) => r.findings.some((f) => f.line === 0));
}

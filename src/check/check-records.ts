/** Checks records held in memory (stdin, the wizard's record, tests): the same two steps as the workspace pipeline. */
import { readDocument } from "../read/index.js";
import { analyzeFile, type FileInput } from "./analyze-file.js";
import { addLateFindings, type CheckedFile, type LateFindingOptions } from "./late-findings.js";
import { locateRemaining } from "./locate-remaining.js";

export type { CheckedFile } from "./late-findings.js";

/** Each input checked on its own and against the others, keeping whole records and texts. */
export function checkRecords(inputs: readonly FileInput[], options: LateFindingOptions): CheckedFile[] {
  const analyses = inputs.map((input) => analyzeFile(input, options.config, { keepItem: true, keepText: true }));
  const records = addLateFindings(analyses, options);
  locateRemaining(records, readDocument, () => undefined);
  return records;
}

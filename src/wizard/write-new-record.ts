/** Writes a registered item's record under its id, moving a proposed id on when another clerk took it meanwhile. */
import { join } from "node:path";
import type { DecisionItem } from "../model/types.js";
import { ExistsError } from "../util/atomic-write.js";
import { RECORDS_DIR } from "../workspace/find.js";
import { newRecordText, writeRecord } from "../workspace/record-writer.js";
import { nextFreeId } from "./next-id.js";
import type { QuestionContext } from "./questions.js";

/** records/<year>/<id>.yaml when the workspace files by year, else records/<id>.yaml. */
function recordPath(root: string, existingFiles: readonly string[], item: DecisionItem): string {
  const byYear = existingFiles.some((f) => /^records\/\d{4}\//.test(f));
  return byYear
    ? join(root, RECORDS_DIR, item.listed_on.slice(0, 4), `${item.id}.yaml`)
    : join(root, RECORDS_DIR, `${item.id}.yaml`);
}

/** The record as written (its path and text), or the error that stopped the write and the path it was for. */
export type NewRecord = { path: string; text: string } | { path: string; error: unknown };

/**
 * Writes `draft` as a new record (never over an existing file). An id the tool proposed was nobody's choice:
 * if another clerk's `new` took it meanwhile, the next is taken (and said); a chosen id that is taken is an error.
 */
export async function writeNewRecord(
  root: string,
  recordFiles: readonly string[],
  draft: Record<string, unknown>,
  header: string,
  wizard: QuestionContext,
  say: (line: string) => void,
): Promise<NewRecord> {
  const item = draft as unknown as DecisionItem;
  const used = [...wizard.existing];
  const proposed = () => nextFreeId(used, item.unit, item.listed_on.slice(0, 4));
  const wasProposed = item.id === proposed();
  for (;;) {
    const path = recordPath(root, recordFiles, item);
    const text = newRecordText(draft, header);
    try {
      await writeRecord(path, text, undefined, draft);
      return { path, text };
    } catch (error) {
      if (error instanceof ExistsError && wasProposed && used.length < wizard.existing.length + 1000) {
        used.push({ id: item.id, unit: item.unit, file: path });
        const previous = item.id;
        item.id = proposed();
        say(wizard.text.idMoved(previous, item.id));
        continue;
      }
      return { path, error };
    }
  }
}

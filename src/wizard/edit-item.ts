/** `edit`'s work: answers already saved changed (asked, or from an answers file), checked, and written. */
import { join } from "node:path";
import { isSeq, parseDocument } from "yaml";
import type { CheckedFile } from "../check/late-findings.js";
import { parsePointer } from "../diagnostics/finding.js";
import { EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, UserError } from "../errors.js";
import type { DecisionItem } from "../model/types.js";
import { clone, getAt } from "../util/pointer-data.js";
import { editedText, updatedRecordText, writeRecord } from "../workspace/record-writer.js";
import { finalCheck, loadAnswers, refuse } from "./answers.js";
import { changeLines } from "./edit-changes.js";
import { editLoop } from "./edit-loop.js";
import { endSitting } from "./end-sitting.js";
import { Cancelled, type Prompter } from "./prompter.js";
import { closingLines, type WizardContext } from "./sitting.js";
import type { SittingOptions } from "./sitting-options.js";

type Draft = Record<string, unknown>;

/** What `edit` needs: the record as read, the answers file if any, and a way to ask. */
export interface EditItemOptions extends SittingOptions {
  /** The record as read and checked, and its text as on disk. */
  loaded: { checked: CheckedFile; text: string };
}

/** `extra` laid over `base`: objects key by key, list entries by position, other values replaced. */
function mergeReplacing(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) {
    return Array.from({ length: Math.max(base.length, extra.length) }, (_, i) =>
      i < extra.length ? mergeReplacing(base[i], extra[i]) : base[i],
    );
  }
  const isMap = (v: unknown): v is Draft => v !== null && typeof v === "object" && !Array.isArray(v);
  if (isMap(base) && isMap(extra)) {
    const out: Draft = { ...base };
    for (const [k, v] of Object.entries(extra)) out[k] = Object.hasOwn(out, k) ? mergeReplacing(out[k], v) : v;
    return out;
  }
  return extra;
}

/**
 * The record's text without the answers at `paths` (ones a change made moot, list entries removed), in the order
 * the edit took them out of the draft, so an entry's index means what it meant then; comments elsewhere kept.
 * A path the text never held (inside an entry added in this edit) is passed over.
 */
function withoutAnswers(text: string, paths: readonly string[], draft: Draft): string {
  if (paths.length === 0) return text;
  const doc = parseDocument(text, { version: "1.2", schema: "core" });
  const emptied: (string | number)[][] = [];
  for (const path of paths) {
    const at = parsePointer(path).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    if (!doc.hasIn(at)) continue;
    doc.deleteIn(at);
    const parent = doc.getIn(at.slice(0, -1), true);
    if (isSeq(parent) && parent.items.length === 0) emptied.push(at.slice(0, -1));
  }
  // A list emptied and given entries again (its one entry replaced) is written whole, as a block: an empty list
  // reads back as `[]`, and entries added to it later would be written `[ { … } ]`.
  for (const at of emptied) {
    const now = getAt(draft, at.map((s) => `/${s}`).join(""));
    const node = doc.getIn(at, true);
    if (Array.isArray(now) && now.length > 0 && isSeq(node) && node.items.length === 0)
      doc.setIn(at, doc.createNode(now));
  }
  return editedText(doc, text);
}

/** Whether the draft still holds the record's answers as they were. */
const unchanged = (draft: Draft, item: DecisionItem) => JSON.stringify(draft) === JSON.stringify(item);

/**
 * The clerk's changes, through edit's menu, until the rules accept them (or nothing changed): a change a rule
 * refuses is shown at once and the clerk goes back to mend it, so the other changes of the sitting are not lost
 * to one that cannot stand alone (简易程序 → 普通程序, say). The paths dropped are added to `dropped`; false when
 * the clerk chose to drop the edit.
 */
async function editUntilAccepted(
  draft: Draft,
  item: DecisionItem,
  dropped: string[],
  prompter: Prompter,
  wizard: WizardContext,
  say: (line: string) => void,
): Promise<boolean> {
  for (;;) {
    dropped.push(...(await editLoop(draft, prompter, wizard)));
    if (unchanged(draft, item)) return true;
    const check = finalCheck(draft, wizard.config, wizard.asOf, wizard.lang, item);
    const lines = [...new Set(check.missing)].map(wizard.text.editMissing).concat(check.problems);
    if (lines.length === 0) return true;
    say([wizard.text.editWouldBreak, ...lines.map((l) => `  - ${l}`)].join("\n"));
    const again = await prompter.select({
      message: wizard.text.editFixOrDrop,
      choices: [
        { value: true, name: wizard.text.editBackToMenu },
        { value: false, name: wizard.text.editDrop },
      ],
      default: true,
    });
    if (again === false) return false;
  }
}

/** Changes the item's answers and returns the exit code; nothing is written unless the whole record still passes. */
export async function editItem(options: EditItemOptions): Promise<number> {
  const { root, loaded, wizard, interactive, say } = options;
  const item = loaded.checked.item;
  if (!item) throw new UserError(wizard.text.recordInvalid(loaded.checked.file));
  const path = join(root, loaded.checked.file);
  const text = loaded.text;
  let draft = clone(item) as unknown as Draft;
  const dropped: string[] = [];
  if (options.answers !== undefined) {
    const answers = await loadAnswers(options.answers, options.cwd, wizard.text, wizard.lang);
    draft = mergeReplacing(draft, answers) as Draft;
  } else if (interactive) {
    const prompter = await options.prompter();
    try {
      if (!(await editUntilAccepted(draft, item, dropped, prompter, wizard, say))) {
        say(wizard.text.editDropped);
        return EXIT_USAGE;
      }
    } catch (error) {
      // Nothing was written: an edit is short, so no draft is kept; changes typed are said to be dropped.
      if (error instanceof Cancelled && !unchanged(draft, item)) {
        say(wizard.text.editDiscarded);
        return EXIT_INTERRUPTED;
      }
      const place = { root, name: item.id, resume: `wenping edit ${item.id}` };
      return endSitting(error, draft, place, loaded.checked.file, wizard, say, false);
    }
  } else {
    throw new UserError(wizard.text.notInteractive);
  }
  if (unchanged(draft, item)) {
    say(wizard.text.nothingChanged);
    return EXIT_OK;
  }
  // An answers file's changes (typed ones were checked in the loop above, with the chance to mend them).
  refuse(finalCheck(draft, wizard.config, wizard.asOf, wizard.lang, item), wizard.text);
  const next = updatedRecordText(withoutAnswers(text, dropped, draft), draft);
  try {
    // What is written must read back as the record checked: an entry left behind is never "saved".
    await writeRecord(path, next, text, draft);
  } catch (error) {
    const place = { root, name: item.id, resume: `wenping edit ${item.id}` };
    return endSitting(error, draft, place, loaded.checked.file, wizard, say, false);
  }
  const changes = changeLines(item, draft, wizard);
  if (changes.length > 0) say([wizard.text.changesMade, ...changes].join("\n"));
  say(wizard.text.saved(path));
  say(closingLines(loaded.checked.file, next, wizard).join("\n"));
  return EXIT_OK;
}

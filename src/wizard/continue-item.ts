/** `next`'s work: an item's next stages asked (or taken from an answers file) and written, its draft used if it fits. */
import { join } from "node:path";
import type { CheckedFile } from "../check/late-findings.js";
import { EXIT_OK, UserError } from "../errors.js";
import { fieldName } from "../schema/field-label.js";
import { sha256 } from "../util/hash.js";
import { answersByPointer, clone, getAt, mergeAdding } from "../util/pointer-data.js";
import { updatedRecordText, writeRecord } from "../workspace/record-writer.js";
import { finalCheck, loadAnswers, refuse } from "./answers.js";
import { draftFile, draftOf, loadDraft, removeDraft } from "./drafts.js";
import { endSitting } from "./end-sitting.js";
import { missingAnswers } from "./engine.js";
import type { SignalGuard } from "./signal-draft.js";
import { closingLines, runSitting, stageQuestions } from "./sitting.js";
import type { SittingOptions } from "./sitting-options.js";
import { stageOf } from "./stage.js";

/** What `next` needs: the record as read, the answers file if any, and a way to ask. */
export interface ContinueOptions extends SittingOptions {
  /** The record as read and checked, and its text as on disk. */
  loaded: { checked: CheckedFile; text: string };
  guard: SignalGuard;
}

/** Continues the item and returns the exit code; a failed write or Ctrl-C ends as `endSitting` says. */
export async function continueItem(options: ContinueOptions): Promise<number> {
  const { root, loaded, wizard, interactive, guard, say } = options;
  const record = loaded.checked;
  if (!record.item) throw new UserError(wizard.text.recordInvalid(record.file));
  const item = record.item;
  const path = join(root, record.file);
  let text = loaded.text;
  let draft = clone(item) as unknown as Record<string, unknown>;
  const saved = interactive ? await loadDraft(root, item.id) : undefined;
  if (saved && saved.base === sha256(text)) {
    draft = saved.record;
    wizard.skipped = new Set(saved.skipped);
    wizard.open = new Set(saved.open);
    say(wizard.text.draftFound(draftFile(item.id)));
  } else if (saved) {
    // The record was changed since (by hand, or by `edit`): its answers may no longer fit, so none is taken as
    // given. What the clerk typed is not thrown away either: each answer the record lacks is the default of its
    // question, a press of Enter away.
    const offered = answersByPointer(saved.record).filter(([pointer]) => getAt(draft, pointer) === undefined);
    wizard.earlier = new Map(offered);
    say(wizard.text.draftStale(draftFile(item.id), offered.length > 0));
  }
  const answers =
    options.answers === undefined
      ? undefined
      : await loadAnswers(options.answers, options.cwd, wizard.text, wizard.lang);
  if (answers) draft = mergeAdding(draft, answers) as Record<string, unknown>;
  try {
    if (interactive) {
      const prompter = await options.prompter();
      guard.keep(() => ({
        root,
        name: item.id,
        resume: `wenping next ${item.id}`,
        draft: draftOf(draft, wizard, text),
      }));
      text = (
        await runSitting(path, text, item, draft, prompter, wizard, (t) => {
          text = t;
        })
      ).text;
    } else {
      if (!answers) {
        const needed = missingAnswers(stageQuestions(stageOf(item), item, wizard), draft).map((m) =>
          wizard.text.fieldLabel(fieldName(m)),
        );
        refuse({ missing: needed, problems: [] }, wizard.text);
      }
      refuse(finalCheck(draft, wizard.config, wizard.asOf, wizard.lang, item), wizard.text);
      const next = updatedRecordText(text, draft);
      await writeRecord(path, next, text, draft);
      text = next;
      say(wizard.text.saved(path));
    }
  } catch (error) {
    const place = { root, name: item.id, base: text, resume: `wenping next ${item.id}` };
    return endSitting(error, draft, place, record.file, wizard, say, interactive);
  }
  // Only a sitting that could have used the draft removes it (a scripted run must not delete a loser's answers).
  if (interactive) await removeDraft(root, item.id);
  say(closingLines(record.file, text, wizard).join("\n"));
  return EXIT_OK;
}

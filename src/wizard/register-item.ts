/** `new`'s work: the item asked for (or taken from an answers file), written, and its assessment begun if wanted. */
import { EXIT_OK, UserError } from "../errors.js";
import type { DecisionItem } from "../model/types.js";
import { fieldName } from "../schema/field-label.js";
import { clone, mergeAdding } from "../util/pointer-data.js";
import { finalCheck, loadAnswers, refuse } from "./answers.js";
import { askContinue } from "./ask-continue.js";
import { draftOf, removeDraft } from "./drafts.js";
import { endSitting } from "./end-sitting.js";
import { missingAnswers, runQuestions } from "./engine.js";
import { newDraft } from "./new-draft.js";
import { nextFreeId } from "./next-id.js";
import { BACK } from "./prompter.js";
import { registrationQuestions } from "./registration-questions.js";
import type { SignalGuard } from "./signal-draft.js";
import { closingLines, runSitting } from "./sitting.js";
import type { SittingOptions } from "./sitting-options.js";
import { writeNewRecord } from "./write-new-record.js";

/** What `new` needs: the workspace's root and record files, the answers file if any, and a way to ask. */
export interface RegisterOptions extends SittingOptions {
  recordFiles: readonly string[];
  resume: boolean;
  guard: SignalGuard;
}

/** Registers an item and returns the exit code; a failed write or Ctrl-C ends as `endSitting` says. */
export async function registerItem(options: RegisterOptions): Promise<number> {
  const { root, wizard, interactive, guard, say } = options;
  const start = await newDraft(root, wizard, options.resume, interactive, say);
  let draft = start.draft;
  const draftName = start.name;
  if (start.skipped) wizard.skipped = new Set(start.skipped);
  if (start.open) wizard.open = new Set(start.open);
  const newPlace = () => ({ root, name: draftName, resume: "wenping new --resume" });
  // Nothing answered yet is nothing to keep (and never replaces a draft).
  const answered = () => Object.keys(draft).some((k) => k !== "schema");
  if (options.answers !== undefined) {
    draft = mergeAdding(draft, await loadAnswers(options.answers, options.cwd, wizard.text, wizard.lang)) as Record<
      string,
      unknown
    >;
  }
  if (!interactive) {
    if (draft.id === undefined && typeof draft.unit === "string") {
      draft.id = nextFreeId(wizard.existing, draft.unit, String(draft.listed_on ?? wizard.asOf).slice(0, 4));
    }
    const missing = missingAnswers(registrationQuestions(wizard), draft);
    if (missing.length > 0)
      refuse({ missing: missing.map((m) => wizard.text.fieldLabel(fieldName(m))), problems: [] }, wizard.text);
  }
  const taken = wizard.existing.find((e) => e.id === draft.id);
  if (taken) throw new UserError(wizard.text.idInUse(String(draft.id), taken.file));
  const prompter = interactive ? await options.prompter() : undefined;
  // Until the item is on file its draft is the `new` one; afterwards it is the item's own (see below).
  guard.keep(() => (prompter && answered() ? { ...newPlace(), draft: draftOf(draft, wizard) } : undefined));
  if (prompter) {
    try {
      while ((await runQuestions(registrationQuestions(wizard), draft, prompter, wizard)) !== undefined)
        prompter.note(wizard.text.firstQuestion);
    } catch (error) {
      return endSitting(error, draft, newPlace(), "", wizard, say, answered());
    }
  } else {
    refuse(finalCheck(draft, wizard.config, wizard.asOf, wizard.lang), wizard.text);
  }
  const item = draft as unknown as DecisionItem;
  const written = await writeNewRecord(root, options.recordFiles, draft, wizard.text.recordHeader, wizard, say);
  const path = written.path;
  if ("error" in written)
    return endSitting(written.error, draft, newPlace(), path, wizard, say, prompter !== undefined);
  let text = written.text;

  await removeDraft(root, draftName);
  say(wizard.text.saved(path));
  guard.keep(() => undefined); // on file now: nothing of `new` is left to keep
  if (prompter) {
    try {
      // The item is on file; the clerk may go on with its assessment now or another day.
      const ask = () => askContinue(prompter, wizard, item);
      let now = await ask();
      // The item is written under its id now: going back is changing it, which `edit` does.
      while (now === BACK) {
        prompter.note(wizard.text.savedChangeWithEdit(item.id));
        now = await ask();
      }
      if (now === true) {
        guard.keep(() => ({
          root,
          name: item.id,
          resume: `wenping next ${item.id}`,
          draft: draftOf(draft, wizard, text),
        }));
        const sitting = await runSitting(path, text, clone(item), draft, prompter, wizard, (t) => {
          text = t;
        });
        text = sitting.text;
      }
    } catch (error) {
      const place = { root, name: item.id, base: text, resume: `wenping next ${item.id}` };
      return endSitting(error, draft, place, path, wizard, say);
    }
  }
  say(closingLines(path, text, wizard).join("\n"));
  return EXIT_OK;
}

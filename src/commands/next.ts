/** `wenping next ID`: continues an item where it stands (asking, or from an answers file with the parts to add). */

import { join } from "node:path";
import { findRecord, loadRecord } from "../check/load-workspace.js";
import { EXIT_OK, UserError } from "../errors.js";
import { wizardText } from "../i18n/index.js";
import { fieldLabel } from "../schema/field-label.js";
import { clone, mergeAdding } from "../util/pointer-data.js";
import { finalCheck, loadAnswers, refuse } from "../wizard/answers.js";
import { draftFile, loadDraft, removeDraft, sha256 } from "../wizard/drafts.js";
import { endSitting } from "../wizard/end-sitting.js";
import { missingAnswers } from "../wizard/engine.js";
import { keepDraftOnSignal, type SignalGuard } from "../wizard/signal-draft.js";
import { closingLines, runSitting, stageQuestions } from "../wizard/sitting.js";
import { stageOf } from "../wizard/stage.js";
import { updatedRecordText, writeRecord } from "../workspace/record-writer.js";
import { openWizard, terminalPrompter, type WizardOptions } from "./wizard-context.js";

export interface NextOptions extends WizardOptions {
  id: string;
}

export async function runNext(options: NextOptions): Promise<number> {
  const guard = keepDraftOnSignal((file, resume) =>
    process.stdout.write(`\n${wizardText(options.context.lang).draftSaved(file, resume)}\n`),
  );
  try {
    return await continueItem(options, guard);
  } finally {
    guard.release();
  }
}

async function continueItem(options: NextOptions, guard: SignalGuard): Promise<number> {
  const { ws, wizard, interactive } = await openWizard(options);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const found = findRecord(ws, options.id);
  if (!found) throw new UserError(options.context.text.itemNotFound(options.id));
  const loaded = await loadRecord(ws, found, wizard.asOf);
  const record = loaded.checked;
  if (!record.item) throw new UserError(wizard.text.recordInvalid(record.file));
  const item = record.item;
  const path = join(ws.root, record.file);
  let text = loaded.text;
  let draft = clone(item) as unknown as Record<string, unknown>;
  const saved = interactive ? await loadDraft(ws.root, item.id) : undefined;
  if (saved && saved.base === sha256(text)) {
    draft = saved.record;
    wizard.skipped = new Set(saved.skipped ?? []);
    say(wizard.text.draftFound(draftFile(item.id)));
  } else if (saved) {
    // The record was changed since (by hand, or by someone else): its answers may no longer fit.
    say(wizard.text.draftStale(draftFile(item.id)));
  }
  const answers =
    options.answers === undefined
      ? undefined
      : await loadAnswers(options.answers, options.context.cwd, wizard.text, wizard.lang);
  if (answers) draft = mergeAdding(draft, answers) as Record<string, unknown>;
  try {
    if (interactive) {
      const prompter = options.prompter ?? (await terminalPrompter(wizard));
      guard.keep(() => ({
        root: ws.root,
        name: item.id,
        resume: `wenping next ${item.id}`,
        draft: { record: draft, base: sha256(text), skipped: [...(wizard.skipped ?? [])] },
      }));
      text = (
        await runSitting(path, text, item, draft, prompter, wizard, (t) => {
          text = t;
        })
      ).text;
    } else {
      if (!answers) {
        const needed = missingAnswers(stageQuestions(stageOf(item), item, wizard), draft).map((m) =>
          fieldLabel(m, wizard.lang),
        );
        refuse({ missing: needed, problems: [] }, wizard.text);
      }
      refuse(finalCheck(draft, wizard.config, wizard.asOf, wizard.lang, item), wizard.text);
      const next = updatedRecordText(text, draft);
      await writeRecord(path, next, text);
      text = next;
      say(wizard.text.saved(path));
    }
  } catch (error) {
    const place = { root: ws.root, name: item.id, base: text, resume: `wenping next ${item.id}` };
    return endSitting(error, draft, place, record.file, wizard, say, interactive);
  }
  // Only a sitting that could have used the draft removes it (a scripted run must not delete a loser's answers).
  if (interactive) await removeDraft(ws.root, item.id);
  say(closingLines(record.file, text, wizard).join("\n"));
  return EXIT_OK;
}

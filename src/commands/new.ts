/** `wenping new`: registers an item (asking, or from an answers file) and goes on with its assessment if wanted. */

import { join } from "node:path";
import { EXIT_OK, UserError } from "../errors.js";
import { wizardText } from "../i18n/index.js";
import type { DecisionItem } from "../model/types.js";
import { ITEM_SCHEMA_ID } from "../schema/definitions.js";
import { fieldLabel } from "../schema/field-label.js";
import { ExistsError } from "../util/atomic-write.js";
import { clone, mergeAdding } from "../util/pointer-data.js";
import { finalCheck, loadAnswers, refuse } from "../wizard/answers.js";
import { askContinue } from "../wizard/ask-continue.js";
import {
  draftFile,
  freshNewDraftName,
  isNewDraft,
  listDrafts,
  loadDraft,
  removeDraft,
  sha256,
} from "../wizard/drafts.js";
import { endSitting } from "../wizard/end-sitting.js";
import { missingAnswers, runQuestions } from "../wizard/engine.js";
import { nextFreeId } from "../wizard/next-id.js";
import { BACK } from "../wizard/prompter.js";
import { registrationQuestions } from "../wizard/registration-questions.js";
import { keepDraftOnSignal, type SignalGuard } from "../wizard/signal-draft.js";
import { closingLines, runSitting } from "../wizard/sitting.js";
import { RECORDS_DIR } from "../workspace/find.js";
import { newRecordText, writeRecord } from "../workspace/record-writer.js";
import { openWizard, terminalPrompter, type WizardOptions } from "./wizard-context.js";

export interface NewOptions extends WizardOptions {
  resume: boolean;
}

/** records/<year>/<id>.yaml when the workspace files by year, else records/<id>.yaml. */
function recordPath(root: string, existingFiles: readonly string[], item: DecisionItem): string {
  const byYear = existingFiles.some((f) => /^records\/\d{4}\//.test(f));
  return byYear
    ? join(root, RECORDS_DIR, item.listed_on.slice(0, 4), `${item.id}.yaml`)
    : join(root, RECORDS_DIR, `${item.id}.yaml`);
}

export async function runNew(options: NewOptions): Promise<number> {
  const guard = keepDraftOnSignal((file, resume) =>
    process.stdout.write(`\n${wizardText(options.context.lang).draftSaved(file, resume)}\n`),
  );
  try {
    return await registerItem(options, guard);
  } finally {
    guard.release();
  }
}

async function registerItem(options: NewOptions, guard: SignalGuard): Promise<number> {
  const { ws, wizard, interactive } = await openWizard(options);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  let draft: Record<string, unknown> = { schema: ITEM_SCHEMA_ID };
  const drafts = options.resume || interactive ? await listDrafts(ws.root) : [];
  const mine = drafts.filter(isNewDraft);
  // A new sitting never writes over a waiting draft: it gets a name of its own.
  let draftName = freshNewDraftName(drafts);
  if (options.resume) {
    const name = mine[0];
    const saved = name === undefined ? undefined : await loadDraft(ws.root, name);
    if (name === undefined || !saved) {
      const others = drafts.filter((d) => !isNewDraft(d));
      throw new UserError(others.length > 0 ? wizard.text.onlyNextDrafts(others) : wizard.text.noDraft);
    }
    draft = saved.record;
    draftName = name;
    wizard.skipped = new Set(saved.skipped ?? []);
    say(wizard.text.draftFound(draftFile(name)));
    if (mine.length > 1) say(wizard.text.moreNewDrafts(mine.length - 1));
  } else if (interactive && mine[0] !== undefined) {
    say(wizard.text.newDraftWaiting(draftFile(mine[0]), mine.length));
  }
  const newPlace = () => ({ root: ws.root, name: draftName, resume: "wenping new --resume" });
  // Nothing answered yet is nothing to keep (and never replaces a draft).
  const answered = () => Object.keys(draft).some((k) => k !== "schema");
  if (options.answers !== undefined) {
    draft = mergeAdding(
      draft,
      await loadAnswers(options.answers, options.context.cwd, wizard.text, wizard.lang),
    ) as Record<string, unknown>;
  }
  const header =
    wizard.lang === "zh" ? "稳评决策事项记录(由 wenping new 创建)" : "decision item (created by wenping new)";
  if (!interactive) {
    if (draft.id === undefined && typeof draft.unit === "string") {
      draft.id = nextFreeId(wizard.existing, draft.unit, String(draft.listed_on ?? wizard.asOf).slice(0, 4));
    }
    const missing = missingAnswers(registrationQuestions(wizard), draft);
    if (missing.length > 0)
      refuse({ missing: missing.map((m) => fieldLabel(m, wizard.lang)), problems: [] }, wizard.text);
  }
  const taken = wizard.existing.find((e) => e.id === draft.id);
  if (taken) throw new UserError(wizard.text.idInUse(String(draft.id), taken.file));
  const prompter = interactive ? (options.prompter ?? (await terminalPrompter(wizard))) : undefined;
  // Until the item is on file its draft is the `new` one; afterwards it is the item's own (see below).
  guard.keep(() =>
    prompter && answered()
      ? { ...newPlace(), draft: { record: draft, skipped: [...(wizard.skipped ?? [])] } }
      : undefined,
  );
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
  // An id the tool proposed was nobody's choice: if another clerk's `new` took it meanwhile, take the next.
  const used = [...wizard.existing];
  const proposed = () => nextFreeId(used, item.unit, item.listed_on.slice(0, 4));
  const wasProposed = item.id === proposed();
  let path: string;
  let text: string;
  for (;;) {
    path = recordPath(
      ws.root,
      ws.records.map((r) => r.file),
      item,
    );
    text = newRecordText(draft, header);
    try {
      await writeRecord(path, text);
      break;
    } catch (error) {
      if (error instanceof ExistsError && wasProposed && used.length < wizard.existing.length + 1000) {
        used.push({ id: item.id, unit: item.unit, file: path });
        const previous = item.id;
        item.id = proposed();
        say(wizard.text.idMoved(previous, item.id));
        continue;
      }
      return endSitting(error, draft, newPlace(), path, wizard, say, prompter !== undefined);
    }
  }

  await removeDraft(ws.root, draftName);
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
          root: ws.root,
          name: item.id,
          resume: `wenping next ${item.id}`,
          draft: { record: draft, base: sha256(text), skipped: [...(wizard.skipped ?? [])] },
        }));
        const sitting = await runSitting(path, text, clone(item), draft, prompter, wizard, (t) => {
          text = t;
        });
        text = sitting.text;
      }
    } catch (error) {
      const place = { root: ws.root, name: item.id, base: text, resume: `wenping next ${item.id}` };
      return endSitting(error, draft, place, path, wizard, say);
    }
  }
  say(closingLines(path, text, wizard).join("\n"));
  return EXIT_OK;
}

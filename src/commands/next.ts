/** `wenping next ID`: continues an item where it stands (asking, or from an answers file with the parts to add). */

import { findRecord, loadRecord } from "../check/load-workspace.js";
import { UserError } from "../errors.js";
import { wizardText } from "../i18n/index.js";
import { continueItem } from "../wizard/continue-item.js";
import { keepDraftOnSignal } from "../wizard/signal-draft.js";
import { openWizard, terminalPrompter, type WizardOptions } from "./wizard-context.js";

export interface NextOptions extends WizardOptions {
  id: string;
}

/** Runs the command; returns the exit code. */
export async function runNext(options: NextOptions): Promise<number> {
  const guard = keepDraftOnSignal((file, resume) =>
    process.stdout.write(`\n${wizardText(options.context.lang).draftSaved(file, resume)}\n`),
  );
  try {
    const { ws, wizard, interactive } = await openWizard(options);
    const found = findRecord(ws, options.id);
    if (!found) throw new UserError(options.context.text.itemNotFound(options.id));
    return await continueItem({
      root: ws.root,
      loaded: await loadRecord(ws, found, wizard.asOf),
      wizard,
      answers: options.answers,
      cwd: options.context.cwd,
      interactive,
      prompter: async () => options.prompter ?? (await terminalPrompter(wizard)),
      guard,
      say: (line) => process.stdout.write(`${line}\n`),
    });
  } finally {
    guard.release();
  }
}

/** `wenping new`: registers an item (asking, or from an answers file) and goes on with its assessment if wanted. */

import { wizardText } from "../i18n/index.js";
import { registerItem } from "../wizard/register-item.js";
import { keepDraftOnSignal } from "../wizard/signal-draft.js";
import { openWizard, terminalPrompter, type WizardOptions } from "./wizard-context.js";

export interface NewOptions extends WizardOptions {
  resume: boolean;
}

/** Runs the command; returns the exit code. */
export async function runNew(options: NewOptions): Promise<number> {
  const guard = keepDraftOnSignal((file, resume) =>
    process.stdout.write(`\n${wizardText(options.context.lang).draftSaved(file, resume)}\n`),
  );
  try {
    const { ws, wizard, interactive } = await openWizard(options);
    return await registerItem({
      root: ws.root,
      recordFiles: ws.records.map((r) => r.file),
      wizard,
      resume: options.resume,
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

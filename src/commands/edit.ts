/** `wenping edit ID`: changes answers already saved (a date, the procedure, the risk level, a measure's done_on). */

import { findRecord, loadRecord } from "../check/load-workspace.js";
import { UserError } from "../errors.js";
import { editItem } from "../wizard/edit-item.js";
import { openWizard, terminalPrompter, type WizardOptions } from "./wizard-context.js";

export interface EditOptions extends WizardOptions {
  id: string;
}

/** Runs the command; returns the exit code. */
export async function runEdit(options: EditOptions): Promise<number> {
  const { ws, wizard, interactive } = await openWizard(options);
  const found = findRecord(ws, options.id);
  if (!found) throw new UserError(options.context.text.itemNotFound(options.id));
  return editItem({
    root: ws.root,
    loaded: await loadRecord(ws, found, wizard.asOf),
    wizard,
    answers: options.answers,
    cwd: options.context.cwd,
    interactive,
    prompter: async () => options.prompter ?? (await terminalPrompter(wizard)),
    say: (line) => process.stdout.write(`${line}\n`),
  });
}

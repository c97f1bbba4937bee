/** `wenping edit ID`: changes answers already saved (a date, the procedure, the risk level, a measure's done_on). */

import { findRecord, loadRecord } from "../check/load-workspace.js";
import { UserError } from "../errors.js";
import { editItem } from "../wizard/edit-item.js";
import { openWizard, type WizardOptions, withSignalGuard } from "./open-wizard.js";

/** The options of `wenping edit`. */
export interface EditOptions extends WizardOptions {
  id: string;
}

/**
 * Runs the command; returns the exit code. An edit keeps no draft, but a closed window must still end it as a
 * hang-up, the record untouched: unguarded, the dead terminal made readline throw and Node crash (SIGSEGV).
 */
export function runEdit(options: EditOptions): Promise<number> {
  return withSignalGuard(options.context, async () => {
    const sitting = await openWizard(options);
    const found = findRecord(sitting.ws, options.id);
    if (!found) throw new UserError(options.context.text.itemNotFound(options.id));
    return editItem({ ...sitting, loaded: await loadRecord(sitting.ws, found, sitting.wizard.asOf) });
  });
}

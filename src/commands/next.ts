/** `wenping next ID`: continues an item where it stands (asking, or from an answers file with the parts to add). */

import { findRecord, loadRecord } from "../check/load-workspace.js";
import { UserError } from "../errors.js";
import { continueItem } from "../wizard/continue-item.js";
import { openWizard, type WizardOptions, withSignalGuard } from "./open-wizard.js";

/** The options of `wenping next`. */
export interface NextOptions extends WizardOptions {
  id: string;
}

/** Runs the command; returns the exit code. */
export function runNext(options: NextOptions): Promise<number> {
  return withSignalGuard(options.context, async (guard) => {
    const sitting = await openWizard(options);
    const found = findRecord(sitting.ws, options.id);
    if (!found) throw new UserError(options.context.text.itemNotFound(options.id));
    return continueItem({ ...sitting, loaded: await loadRecord(sitting.ws, found, sitting.wizard.asOf), guard });
  });
}

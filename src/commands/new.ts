/** `wenping new`: registers an item (asking, or from an answers file) and goes on with its assessment if wanted. */

import { registerItem } from "../wizard/register-item.js";
import { openWizard, type WizardOptions, withSignalGuard } from "./open-wizard.js";

/** The options of `wenping new`. */
export interface NewOptions extends WizardOptions {
  resume: boolean;
}

/** Runs the command; returns the exit code. */
export function runNew(options: NewOptions): Promise<number> {
  return withSignalGuard(options.context, async (guard) => {
    const sitting = await openWizard(options);
    const recordFiles = sitting.ws.records.map((r) => r.file);
    return registerItem({ ...sitting, recordFiles, resume: options.resume, guard });
  });
}

/** What `new` and `next` share: the workspace, the wizard's context, and whether a person is there to ask. */
import chalk from "chalk";
import { type LoadedWorkspace, loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { wizardText } from "../i18n/index.js";
import { today } from "../util/dates.js";
import type { WizardContext } from "../wizard/sitting.js";

export interface WizardOptions {
  context: Context;
  answers?: string;
  noInput: boolean;
  /** A prompter to use (tests drive the real prompts through one); otherwise the terminal's, when it is one. */
  prompter?: import("../wizard/prompter.js").Prompter;
}

export async function openWizard(
  options: WizardOptions,
): Promise<{ ws: LoadedWorkspace; wizard: WizardContext; interactive: boolean }> {
  const { context } = options;
  const ws = await loadWorkspace(context);
  const existing = ws.records.flatMap((r) =>
    r.summary ? [{ id: r.summary.id, unit: r.summary.unit, file: r.file }] : [],
  );
  const wizard: WizardContext = {
    config: ws.config,
    asOf: context.asOf,
    today: today(),
    lang: context.lang,
    text: wizardText(context.lang),
    ui: context.text,
    color: chalk,
    existing,
    skipped: new Set(),
  };
  const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  return { ws, wizard, interactive: options.prompter !== undefined || (!options.noInput && tty) };
}

export async function terminalPrompter(wizard: WizardContext) {
  const { inquirerPrompter } = await import("../wizard/prompter.js");
  return inquirerPrompter(wizard.text, (line) => process.stdout.write(`${line}\n`));
}

/** What `new`, `next` and `edit` share: the workspace, the wizard's context, and whether a person is there to ask. */
import chalk from "chalk";
import { type LoadedWorkspace, loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { wizardText } from "../i18n/index.js";
import { today } from "../util/dates.js";
import { keepDraftOnSignal, type SignalGuard } from "../wizard/signal-draft.js";
import type { WizardContext } from "../wizard/sitting.js";
import type { SittingOptions } from "../wizard/sitting-options.js";

/** The options every wizard command (new, next, edit) takes. */
export interface WizardOptions {
  context: Context;
  answers?: string;
  noInput: boolean;
  /** A prompter to use (tests drive the real prompts through one); otherwise the terminal's, when it is one. */
  prompter?: import("../wizard/prompter.js").Prompter;
}

/** The workspace loaded, and the options a sitting on it takes (its wizard context among them). */
export async function openWizard(options: WizardOptions): Promise<{ ws: LoadedWorkspace } & SittingOptions> {
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
    open: new Set(),
  };
  const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  return {
    ws,
    root: ws.root,
    wizard,
    answers: options.answers,
    cwd: context.cwd,
    interactive: options.prompter !== undefined || (!options.noInput && tty),
    prompter: async () => options.prompter ?? (await terminalPrompter(wizard)),
    say: (line) => process.stdout.write(`${line}\n`),
  };
}

async function terminalPrompter(wizard: WizardContext) {
  const { inquirerPrompter } = await import("../wizard/prompter.js");
  return inquirerPrompter(wizard.text, (line) => process.stdout.write(`${line}\n`));
}

/** Runs `sitting` with a draft kept when a signal ends the process (a closed window, SIGTERM), and says so. */
export async function withSignalGuard(context: Context, sitting: (guard: SignalGuard) => Promise<number>) {
  const guard = keepDraftOnSignal((file, resume) =>
    process.stdout.write(`\n${wizardText(context.lang).draftSaved(file, resume)}\n`),
  );
  try {
    return await sitting(guard);
  } finally {
    guard.release();
  }
}

/** What every sitting of the wizard takes from its command (new, next, edit): plain options, no CLI context. */
import type { Prompter } from "./prompter.js";
import type { WizardContext } from "./sitting.js";

/** The workspace, the wizard's context, the answers file if any, and how to ask and to speak. */
export interface SittingOptions {
  root: string;
  wizard: WizardContext;
  /** The answers file (a partial record) and the folder its name is relative to. */
  answers: string | undefined;
  cwd: string;
  /** A person is there to ask (then `prompter` gives the prompts, loaded only when needed). */
  interactive: boolean;
  prompter: () => Promise<Prompter>;
  /** Prints a line for the clerk. */
  say: (line: string) => void;
}

/** The one door to @inquirer/prompts: plain questions in, answers (or "back") out; Ctrl-C becomes Cancelled. */
import { checkbox, input, select } from "@inquirer/prompts";
import type { WizardText } from "../i18n/wizard.zh.js";

/** Answer meaning "take me to the previous question". */
export const BACK: unique symbol = Symbol("back");
/** The type of BACK. */
export type Back = typeof BACK;

/** The clerk pressed Ctrl-C (or closed the terminal): the wizard keeps a draft and stops. */
export class Cancelled extends Error {
  constructor() {
    super("cancelled");
    this.name = "Cancelled";
  }
}

/** One choice of a select or checkbox. */
export interface Choice<T> {
  value: T;
  name: string;
  description?: string;
}

/** The prompts the wizard asks through (the terminal, or a test screen). */
export interface Prompter {
  /** Free text; `validate` returns an error message or true. Typing "<" goes back. */
  text(o: { message: string; default?: string; validate: (raw: string) => string | true }): Promise<string | Back>;
  select<T>(o: { message: string; choices: Choice<T>[]; default?: T }): Promise<T | Back>;
  multi<T>(o: { message: string; choices: Choice<T>[]; checked?: readonly T[] }): Promise<T[] | Back>;
  /** A line of advice or an error shown between questions. */
  note(text: string): void;
}

function isExit(error: unknown): boolean {
  const name = (error as Error)?.name;
  return name === "ExitPromptError" || name === "AbortPromptError";
}

async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (isExit(error)) throw new Cancelled();
    throw error;
  }
}

/** A prompter on the real terminal (or, in tests, on @inquirer/testing's screen). */
export function inquirerPrompter(
  text: WizardText,
  write: (line: string) => void = (l) => process.stderr.write(`${l}\n`),
): Prompter {
  const tip = (names: Record<string, string>) => ({
    style: {
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${key} ${names[action] ?? action}`).join(" • "),
    },
  });
  const theme = tip(text.keys);
  // In a checkbox, space ticks (inquirer calls that "select") and Enter confirms. "a" (all) and "i" (invert) tick
  // "back" too; among other ticks it means nothing, so the answer echoed on screen leaves it out.
  const keysTip = tip({ ...text.keys, select: text.keys.space ?? "space" });
  const checkboxTheme = {
    style: {
      ...keysTip.style,
      renderSelectedChoices: (picked: readonly { value: unknown; short: string }[]) =>
        (picked.length === 1 ? picked : picked.filter((c) => c.value !== BACK)).map((c) => c.short).join(", "),
    },
  };
  return {
    text: (o) =>
      guard(async () => {
        const answer = await input({
          message: `${o.message} ${text.backTip}`,
          default: o.default, // input takes an empty or absent default alike
          validate: (raw) => (raw.trim() === "<" ? true : o.validate(raw)),
        });
        return answer.trim() === "<" ? BACK : answer;
      }),
    select: <T>(o: { message: string; choices: Choice<T>[]; default?: T }) =>
      guard(async () => {
        const choices: Choice<T | Back>[] = [...o.choices, { value: BACK, name: text.back }];
        return select<T | Back>({
          message: o.message,
          choices,
          // select tells an absent default from an undefined one ('default' in config): only a given one is passed.
          ...(o.default !== undefined ? { default: o.default } : {}),
          theme,
          pageSize: 12,
        });
      }),
    multi: <T>(o: { message: string; choices: Choice<T>[]; checked?: readonly T[] }) =>
      guard(async () => {
        const choices = [
          ...o.choices.map((c) => ({ ...c, checked: o.checked?.includes(c.value) ?? false })),
          { value: BACK as T | Back, name: text.back, checked: false },
        ];
        const picked = await checkbox<T | Back>({ message: o.message, choices, theme: checkboxTheme, pageSize: 12 });
        // "a" (all) and "i" (invert) tick "back" too: it means back only when it is the one thing ticked.
        if (picked.length === 1 && picked[0] === BACK) return BACK;
        return picked.filter((v): v is T => v !== BACK);
      }),
    note: (line) => write(line),
  };
}

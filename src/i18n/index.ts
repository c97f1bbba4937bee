/** The user's language and the catalogues for it; the only way user-facing text is produced. */
import type { Finding, Problem } from "../diagnostics/finding.js";
import { enHelp } from "./help.en.js";
import { type HelpText, zhHelp } from "./help.zh.js";
import type { MessageFn } from "./params.js";
import { enProblems } from "./problems.en.js";
import { type ProblemKey, zhProblems } from "./problems.zh.js";
import { enUi } from "./ui.en.js";
import { type Ui, zhUi } from "./ui.zh.js";
import { enWizard } from "./wizard.en.js";
import { type WizardText, zhWizard } from "./wizard.zh.js";

export type Lang = "zh" | "en";
const LANGS: readonly Lang[] = ["zh", "en"];

const problems: Record<Lang, Record<ProblemKey, MessageFn>> = { zh: zhProblems, en: enProblems };
const uis: Record<Lang, Ui> = { zh: zhUi, en: enUi };
const helps: Record<Lang, HelpText> = { zh: zhHelp, en: enHelp };

/** The UI strings of a language. */
export function ui(lang: Lang): Ui {
  return uis[lang];
}

/** The help texts of commands and options in a language. */
export function helpText(lang: Lang): HelpText {
  return helps[lang];
}

/** The wizard's texts in a language. */
export function wizardText(lang: Lang): WizardText {
  return lang === "en" ? enWizard : zhWizard;
}

/** Turns a located finding into the problem users read. */
export function render(f: Finding & { line: number; column: number }, lang: Lang): Problem {
  const key = (f.key ?? f.code) as ProblemKey;
  const fn = problems[lang][key] ?? problems[lang]["SCHEMA.other"];
  const text = fn(f.params ?? {});
  return {
    code: f.code,
    severity: f.severity,
    message: text.message,
    // An empty hint is none: JSON output leaves the key out.
    hint: text.hint || undefined,
    path: f.path,
    line: f.line,
    column: f.column,
  };
}

/** The language from `--lang`, else `WENPING_LANG`, else Chinese. */
export function resolveLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Lang | undefined {
  const value = (option ?? (env.WENPING_LANG || undefined) ?? "zh").toLowerCase().split(/[-_.]/)[0];
  return LANGS.find((l) => l === value);
}

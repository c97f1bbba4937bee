/** How commander's help is laid out and worded in the user's language (the texts: i18n/help.*.ts). */
import { Help, type HelpConfiguration } from "commander";
import stringWidth from "fast-string-width";
import { helpText, type Lang } from "../i18n/index.js";

/** Commander's help text with its headings and usage words in the user's language. */
export function localizeHelp(text: string, lang: Lang): string {
  const h = helpText(lang);
  let out = text;
  for (const [en, local] of Object.entries(h.headings)) out = out.replace(new RegExp(`^${en}`, "gm"), local);
  return out;
}

/**
 * How commander lays out help: option texts already say their choices and default in the user's words (so
 * commander's English notes go), usage words are translated before the columns are measured, and Chinese
 * characters count as two columns so terms line up.
 */
export function helpLayout(lang: Lang): HelpConfiguration {
  const base = new Help();
  const words = (text: string) =>
    Object.entries(helpText(lang).placeholders).reduce((out, [en, local]) => out.replaceAll(en, local), text);
  return {
    optionDescription: (option) => option.description,
    subcommandTerm: (command) => words(base.subcommandTerm(command)),
    commandUsage: (command) => words(base.commandUsage(command)),
    displayWidth: (text) => stringWidth(text),
  };
}

/** The options every command takes (docs/reference/commands.md), checked and turned into a typed context. */

import { UserError } from "../errors.js";
import { type Lang, resolveLang, ui } from "../i18n/index.js";
import type { Ui } from "../i18n/ui.zh.js";
import { isIsoDate, today } from "../util/dates.js";
import { type Progress, progressReporter } from "./progress.js";

export interface GlobalOptions {
  workspace?: string;
  lang?: string;
  asOf?: string;
  verbose?: boolean;
  /** false with --no-cache. */
  cache?: boolean;
}

export interface Context {
  lang: Lang;
  text: Ui;
  /** The date "today" means. */
  asOf: string;
  /** `--workspace`, if given. */
  workspace?: string;
  cwd: string;
  verbose: boolean;
  /** Use the facts cache under .wenping/cache (off with --no-cache). */
  cache: boolean;
  /** Starts drawing the progress of a long load (see progress.ts). */
  startProgress: () => Progress | undefined;
}

/** Validates the global options; a bad value is a usage error (exit 2) in the user's language. */
export function resolveContext(options: GlobalOptions, cwd = process.cwd()): Context {
  const lang = resolveLang(options.lang);
  if (!lang)
    throw new UserError(ui("zh").badChoice("--lang", String(options.lang ?? process.env.WENPING_LANG), ["zh", "en"]));
  const text = ui(lang);
  const asOf = options.asOf ?? today();
  if (!isIsoDate(asOf)) throw new UserError(text.badDate("--as-of", asOf));
  return {
    lang,
    text,
    asOf,
    workspace: options.workspace,
    cwd,
    verbose: options.verbose === true,
    cache: options.cache !== false,
    startProgress: () => progressReporter(text),
  };
}

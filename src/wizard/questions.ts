/** The wizard's questions as data: what to ask, where the answer goes, and how it is checked; no I/O here. */
import type { WizardText } from "../i18n/wizard.zh.js";
import { domainName, domainsOf } from "../model/domains.js";
import type { WorkspaceConfig } from "../model/types.js";
import type { Choice } from "./prompter.js";

/** What the questions of a stage are worked out from: the workspace, the dates, the language. */
export interface QuestionContext {
  config: WorkspaceConfig;
  asOf: string;
  lang: "zh" | "en";
  text: WizardText;
  /** Today by the computer's clock, when known: a date offered as the default is never after it. */
  today?: string;
  /** Ids (and units) of the workspace's items, for proposing and refusing ids. */
  existing: readonly { id: string; unit: string; file: string }[];
}

/** The default for the date of something that has happened: the as-of date, unless that is still to come. */
export const happenedBy = (wizard: QuestionContext): string =>
  wizard.today !== undefined && wizard.today < wizard.asOf ? wizard.today : wizard.asOf;

/** A default answer, possibly worked out from earlier answers. */
export type Default = string | ((draft: Record<string, unknown>) => string | undefined);

interface Base {
  /** JSON Pointer in the draft record where the answer is stored. */
  path: string;
  /** The question; may name earlier answers (e.g. the expert chosen). */
  message: string | ((draft: Record<string, unknown>) => string);
  /** Asked only when this holds for the draft so far. */
  when?: (draft: Record<string, unknown>) => boolean;
  /** Advice shown before the question. */
  note?: string;
  /** Rule codes a later question of the sitting settles; not held against this answer. */
  defer?: readonly string[];
  /** Rule codes this question settles: their errors here count even if an earlier answer caused them. */
  settles?: readonly string[];
}

/** One question: its kind, where its answer goes, how it is checked. */
export type Question =
  | (Base & { kind: "text"; optional?: boolean; default?: Default; check?: (value: string) => string | undefined })
  | (Base & {
      kind: "date";
      optional?: boolean;
      default?: Default;
      /** The date of something planned (a measure's due date): it may lie after today. */
      ahead?: boolean;
      /** The earliest acceptable date and what to say below it (a tracking entry is not before the decision). */
      notBefore?: (draft: Record<string, unknown>) => { date: string; message: string } | undefined;
    })
  | (Base & { kind: "number"; check?: (value: number, draft: Record<string, unknown>) => string | undefined })
  | (Base & { kind: "select"; choices: Choice<string>[]; default?: string; optional?: boolean })
  | (Base & { kind: "multi"; choices: Choice<string>[]; checked?: readonly string[] })
  | (Base & { kind: "yesno"; default?: boolean })
  | (Base & {
      kind: "group";
      /** Asked before each entry: "add one?" */
      add: (count: number) => string;
      /** Entries required before the clerk may stop. */
      min?: number;
      /** Entries before this index were saved at an earlier sitting: not asked, not gone back into. */
      first?: number;
      /** Entries after which no more are offered (there are only so many experts). */
      max?: number;
      /** The questions of entry `index`. */
      entry: (index: number, draft: Record<string, unknown>) => Question[];
    });

/** Choices from a vocabulary: `value 中文`. */
export function choicesOf(vocabulary: Record<string, { zh: string; en: string }>, lang: "zh" | "en"): Choice<string>[] {
  return Object.entries(vocabulary).map(([value, term]) => ({ value, name: term[lang] }));
}

/** The workspace's domains as choices (wenping.yaml's `domains`, else the default list). */
export function domainChoices(config: WorkspaceConfig, lang: "zh" | "en"): Choice<string>[] {
  return domainsOf(config).map((d) => ({ value: d.code, name: domainName(config, d.code, lang) }));
}

/** One saved answer asked again in `edit`, then what the change makes necessary; what it makes moot is dropped. */
import { clone, getAt, unsetAt } from "../util/pointer-data.js";
import { editableQuestions, shownValue } from "./edit-questions.js";
import { runQuestions } from "./engine.js";
import { BACK, type Back, type Prompter } from "./prompter.js";
import type { Question } from "./questions.js";
import type { WizardContext } from "./sitting.js";

type Draft = Record<string, unknown>;

/** The question as the menus of `edit` name it. */
export const messageOf = (q: Question, draft: Draft): string =>
  typeof q.message === "function" ? q.message(draft) : q.message;
/** Whether the question applies to the draft as it stands. */
export const applies = (q: Question, draft: Draft): boolean => !q.when || q.when(draft);

/** A menu line per question: what it asks and the answer saved. */
export const answerChoices = (questions: readonly Question[], draft: Draft, wizard: WizardContext) =>
  questions.map((q, k) => ({ value: k, name: `${messageOf(q, draft)}:${shownValue(q, draft, wizard.text)}` }));

/**
 * Remembers which answers are empty now (they stay so: only what a change newly needs is asked afterwards).
 * Call before changing the draft.
 */
export function keepEmptyAsIs(draft: Draft, wizard: WizardContext): void {
  const questions = editableQuestions(draft, wizard).filter((q) => applies(q, draft));
  wizard.skipped = new Set(questions.filter((x) => getAt(draft, x.path) === undefined).map((x) => x.path));
  wizard.earlier = new Map();
}

/** After a change: drops answers to questions that no longer apply (their paths added to `dropped`), asks new ones. */
export async function settleChange(
  before: readonly Question[],
  draft: Draft,
  p: Prompter,
  wizard: WizardContext,
  dropped: string[],
): Promise<void> {
  for (const old of before) {
    if (!applies(old, draft) && getAt(draft, old.path) !== undefined) {
      unsetAt(draft, old.path);
      dropped.push(old.path);
    }
  }
  await runQuestions(editableQuestions(draft, wizard), draft, p, wizard);
}

/** Puts the draft back as it was (the clerk went back out of a change). */
export function restore(draft: Draft, before: Draft): void {
  for (const key of Object.keys(draft)) delete draft[key];
  Object.assign(draft, before);
}

/**
 * Asks `q` again (the old answer as its default, checked as in the wizard), then what the change makes necessary.
 * BACK (the draft as it was) when the clerk goes back from it.
 */
export async function changeAnswer(
  q: Question,
  draft: Draft,
  p: Prompter,
  wizard: WizardContext,
  dropped: string[],
): Promise<Back | undefined> {
  const questions = editableQuestions(draft, wizard).filter((x) => applies(x, draft));
  const before = clone(draft);
  keepEmptyAsIs(draft, wizard);
  wizard.earlier = new Map([[q.path, getAt(draft, q.path)]]);
  if (q.kind !== "group") unsetAt(draft, q.path);
  wizard.skipped?.delete(q.path);
  if ((await runQuestions([q], draft, p, wizard)) === BACK) {
    restore(draft, before);
    return BACK;
  }
  await settleChange(questions, draft, p, wizard, dropped);
  return undefined;
}

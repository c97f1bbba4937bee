/** `edit`'s questions: which answer to change, that answer again, then what the change makes necessary. */
import { clone, getAt, unsetAt } from "../util/pointer-data.js";
import { editableQuestions, shownValue } from "./edit-questions.js";
import { runQuestions } from "./engine.js";
import { BACK, type Prompter } from "./prompter.js";
import type { Question } from "./questions.js";
import type { WizardContext } from "./sitting.js";

type Draft = Record<string, unknown>;

const messageOf = (q: Question, draft: Draft) => (typeof q.message === "function" ? q.message(draft) : q.message);
const applies = (q: Question, draft: Draft) => !q.when || q.when(draft);

/**
 * Lets the clerk pick an answer, asks its question again (the old answer as default, checked as in the
 * wizard), then asks what the change makes necessary and drops what it makes moot. Returns the paths dropped.
 */
export async function editLoop(draft: Draft, p: Prompter, wizard: WizardContext): Promise<string[]> {
  const dropped: string[] = [];
  const done = -1;
  for (;;) {
    const questions = editableQuestions(draft, wizard).filter((q) => applies(q, draft));
    const pick = await p.select<number>({
      message: wizard.text.q.whichToChange,
      choices: [
        { value: done, name: wizard.text.finishEdit },
        ...questions.map((q, k) => ({
          value: k,
          name: `${messageOf(q, draft)}:${shownValue(q, draft, wizard.text.empty)}`,
        })),
      ],
      default: done,
    });
    if (pick === BACK || pick === done) return dropped;
    const q = questions[pick] as Question;
    const before = clone(draft);
    // What was left empty stays so: only the chosen answer and what the change newly needs are asked.
    wizard.skipped = new Set(questions.filter((x) => getAt(draft, x.path) === undefined).map((x) => x.path));
    wizard.earlier = new Map([[q.path, getAt(draft, q.path)]]);
    if (q.kind !== "group") unsetAt(draft, q.path);
    wizard.skipped.delete(q.path);
    if ((await runQuestions([q], draft, p, wizard)) === BACK) {
      for (const key of Object.keys(draft)) delete draft[key];
      Object.assign(draft, before);
      continue;
    }
    for (const old of questions) {
      if (!applies(old, draft) && getAt(draft, old.path) !== undefined) {
        unsetAt(draft, old.path);
        dropped.push(old.path);
      }
    }
    await runQuestions(editableQuestions(draft, wizard), draft, p, wizard);
  }
}

/** `edit`'s menu: which answer (or which list) to change, until the clerk chooses to save. */
import { answerChoices, applies, changeAnswer } from "./change-answer.js";
import { editList } from "./edit-list-menu.js";
import { editableLists, entryCount } from "./edit-lists.js";
import { editableQuestions } from "./edit-questions.js";
import { BACK, type Prompter } from "./prompter.js";
import type { Question } from "./questions.js";
import type { WizardContext } from "./sitting.js";

type Draft = Record<string, unknown>;

/**
 * Lets the clerk pick an answer, asks its question again (the old answer as default, checked as in the
 * wizard), then asks what the change makes necessary and drops what it makes moot. A list (风险点, 评审专家 …)
 * is one line leading to its own menu: change, add or remove an entry. Returns the paths dropped or removed,
 * in the order it happened (the record's text is brought in line in that order).
 */
export async function editLoop(draft: Draft, p: Prompter, wizard: WizardContext): Promise<string[]> {
  const dropped: string[] = [];
  const done = -1;
  for (;;) {
    const lists = editableLists(draft, wizard);
    const inList = (q: Question) => lists.some((l) => q.path.startsWith(`${l.path}/`));
    const fields = editableQuestions(draft, wizard).filter((q) => applies(q, draft) && !inList(q));
    const pick = await p.select<number>({
      message: wizard.text.q.whichToChange,
      choices: [
        { value: done, name: wizard.text.finishEdit },
        ...answerChoices(fields, draft, wizard),
        ...lists.map((l, j) => ({
          value: fields.length + j,
          name: wizard.text.lists.line(l.label, entryCount(l, draft)),
        })),
      ],
      default: done,
    });
    if (pick === BACK || pick === done) return dropped;
    const list = lists[pick - fields.length];
    if (list) await editList(list, draft, p, wizard, dropped);
    else await changeAnswer(fields[pick] as Question, draft, p, wizard, dropped);
  }
}

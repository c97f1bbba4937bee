/** A list's menu in `edit`: change an entry, add entries (the wizard's own questions), or remove one after a 是. */
import type { DecisionItem } from "../model/types.js";
import { clone, getAt, unsetAt } from "../util/pointer-data.js";
import { finalCheck } from "./answers.js";
import { answerChoices, applies, changeAnswer, keepEmptyAsIs, restore, settleChange } from "./change-answer.js";
import { addingGroup, type EditList, entryCount } from "./edit-lists.js";
import { editableQuestions } from "./edit-questions.js";
import { askGroup } from "./engine.js";
import { BACK, type Prompter } from "./prompter.js";
import type { Question } from "./questions.js";
import type { WizardContext } from "./sitting.js";

type Draft = Record<string, unknown>;
type Action = "change" | "add" | "remove";

/** New entries at the list's end, asked as the wizard asks them ("another?" after each, back allowed). */
async function addEntries(list: EditList, draft: Draft, p: Prompter, wizard: WizardContext, dropped: string[]) {
  const questions = editableQuestions(draft, wizard).filter((q) => applies(q, draft));
  const before = clone(draft);
  keepEmptyAsIs(draft, wizard);
  // Asked directly: as a question of runQuestions, a list that has entries counts as answered and is passed over.
  const added = await askGroup(
    addingGroup(list, entryCount(list, draft)),
    draft,
    p,
    wizard,
    wizard.skipped ?? new Set(),
  );
  if (added === BACK) {
    restore(draft, before);
    return;
  }
  // A new measure's done_on, say: what the new entry makes necessary beyond its own questions.
  await settleChange(questions, draft, p, wizard, dropped);
}

/**
 * Removes entry `index` when the record still passes without it (a review keeps a reviewer, a medium risk a
 * measure); otherwise says why and keeps it. An emptied list goes from the record altogether.
 */
function removeEntry(
  list: EditList,
  index: number,
  draft: Draft,
  p: Prompter,
  wizard: WizardContext,
  dropped: string[],
) {
  const candidate = clone(draft);
  const last = entryCount(list, draft) === 1;
  const path = last ? list.path : `${list.path}/${index}`;
  unsetAt(candidate, path);
  const check = finalCheck(candidate, wizard.config, wizard.asOf, wizard.lang, draft as unknown as DecisionItem);
  const problems = [...check.missing, ...check.problems];
  if (problems.length > 0) {
    p.note([wizard.text.lists.removeRefused, ...problems.map((x) => `  - ${x}`)].join("\n"));
    return;
  }
  unsetAt(draft, path);
  dropped.push(path);
}

/** The menu of one list, until the clerk goes back to the menu of answers. */
export async function editList(
  list: EditList,
  draft: Draft,
  p: Prompter,
  wizard: WizardContext,
  dropped: string[],
): Promise<void> {
  const t = wizard.text.lists;
  for (;;) {
    const n = entryCount(list, draft);
    const full = list.group.max !== undefined && n >= list.group.max;
    const actions: { value: Action; name: string }[] = [
      ...(n > 0 ? [{ value: "change" as const, name: t.change }] : []),
      ...(full ? [] : [{ value: "add" as const, name: t.add }]),
      ...(n > 0 ? [{ value: "remove" as const, name: t.remove }] : []),
    ];
    // A full list (every expert named) says why it offers no "add".
    const message = `${t.what(t.line(list.label, n))}${full ? t.full : ""}`;
    const action = await p.select<Action>({ message, choices: actions });
    if (action === BACK) return;
    if (action === "add") {
      await addEntries(list, draft, p, wizard, dropped);
      continue;
    }
    const items = (getAt(draft, list.path) as Record<string, unknown>[]).map((e, i) => ({
      value: i,
      name: `${i + 1}. ${list.entryName(e, i)}`,
    }));
    const index = await p.select<number>({ message: t.which(list.label), choices: items });
    if (index === BACK) continue;
    const name = items[index]?.name ?? "";
    if (action === "remove") {
      const sure = await p.select({
        message: t.confirmRemove(name),
        choices: [
          { value: "no", name: wizard.text.no },
          { value: "yes", name: wizard.text.yes },
        ],
        default: "no",
      });
      if (sure === "yes") removeEntry(list, index, draft, p, wizard, dropped);
      continue;
    }
    const fields = editableQuestions(draft, wizard).filter(
      (q) => applies(q, draft) && q.path.startsWith(`${list.path}/${index}/`),
    );
    const pick = await p.select<number>({ message: t.whichField(name), choices: answerChoices(fields, draft, wizard) });
    if (pick !== BACK) await changeAnswer(fields[pick] as Question, draft, p, wizard, dropped);
  }
}

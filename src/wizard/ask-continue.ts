/** The yes/no "go on with the next stage?" asked after each save, in `new` and in a sitting. */
import type { DecisionItem } from "../model/types.js";
import type { Back, Prompter } from "./prompter.js";
import type { QuestionContext } from "./questions.js";
import { stageName, stageOf } from "./stage.js";

/** Asks whether to go on with the stage the item (as saved) comes to next: true, false, or BACK. */
export function askContinue(p: Prompter, wizard: QuestionContext, saved: DecisionItem): Promise<boolean | Back> {
  return p.select({
    message: wizard.text.q.continue(stageName(stageOf(saved), wizard.text, wizard.lang)),
    choices: [
      { value: true, name: wizard.text.yes },
      { value: false, name: wizard.text.no },
    ],
    default: true,
  });
}

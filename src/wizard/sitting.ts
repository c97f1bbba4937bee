/** One sitting at the wizard for an existing item: stage after stage, each written as soon as it is answered. */

import type { ChalkInstance } from "chalk";
import { checkRecords } from "../check/check-records.js";
import { formatFileProblems } from "../format/problems-text.js";
import { render } from "../i18n/index.js";
import type { Ui } from "../i18n/ui.zh.js";
import type { DecisionItem } from "../model/types.js";
import { clone } from "../util/pointer-data.js";
import { updatedRecordText, writeRecord } from "../workspace/record-writer.js";
import { askContinue } from "./ask-continue.js";
import { decisionQuestions, trackingQuestions } from "./decision-questions.js";
import type { EngineContext } from "./engine.js";
import { runQuestions } from "./engine.js";
import { BACK, type Prompter } from "./prompter.js";
import type { Question, QuestionContext } from "./questions.js";
import { setupQuestions, simpleQuestions } from "./setup-questions.js";
import { type Stage, stageHeading, stageOf, standing } from "./stage.js";
import { conclusionQuestions, stepQuestions } from "./step-questions.js";

/** The wizard's context: what the questions, the engine and the closing lines need. */
export type WizardContext = EngineContext & QuestionContext & { ui: Ui; color: ChalkInstance };

/** The questions of a stage for the item as it stands. */
export function stageQuestions(stage: Stage, item: DecisionItem, wizard: WizardContext): Question[] {
  switch (stage.kind) {
    case "setup":
      return setupQuestions(item, wizard);
    case "simple":
      return simpleQuestions(wizard);
    case "step":
      return stepQuestions(item, stage.step, stage.index, wizard);
    case "conclusion":
      return conclusionQuestions(item, wizard);
    case "decision":
      return decisionQuestions(item, wizard);
    case "tracking":
      return trackingQuestions(item, stage.index, wizard);
  }
}

/** Fills the fixed parts of a stage (the step's name) before its questions. */
function prepare(stage: Stage, draft: Record<string, unknown>): void {
  if (stage.kind !== "step") return;
  const a = draft.assessment as { steps?: { step: string }[] };
  a.steps ??= [];
  a.steps[stage.index] ??= { step: stage.step };
}

/** Where the item stands and what validate says of it: shown at the end of each sitting. */
export function closingLines(file: string, text: string, wizard: WizardContext): string[] {
  const [record] = checkRecords([{ file, abs: file, bytes: Buffer.from(text) }], {
    config: wizard.config,
    asOf: wizard.asOf,
  });
  const item = record?.item;
  const out = item ? [wizard.color.bold(wizard.text.where(item.id, standing(item, wizard.text, wizard.lang)))] : [];
  const problems = (record?.findings ?? []).map((f) => render(f, wizard.lang));
  out.push(...formatFileProblems({ file, problems, text }, wizard.ui, wizard.color));
  if (item) out.push(wizard.text.nextTime(item.id));
  return out;
}

/** What a sitting leaves behind. */
export interface SittingResult {
  /** The record's text on disk after the sitting. */
  text: string;
}

/**
 * Asks stage after stage, writing after each. The stage comes from the record as written (`written`); `draft`
 * starts as that record plus any answers or saved draft, which pre-fill the questions, and is what the caller
 * saves when the clerk presses Ctrl-C. Stops when the clerk says so, or after a tracking entry.
 */
export async function runSitting(
  path: string,
  original: string,
  written: DecisionItem,
  draft: Record<string, unknown>,
  p: Prompter,
  wizard: WizardContext,
  onWrite: (text: string) => void,
): Promise<SittingResult> {
  let text = original;
  let onDisk = written;
  // Set when the clerk goes back at "continue?": the stage just saved is reopened at its last answer.
  let reopen: { stage: Stage; before: DecisionItem } | undefined;
  for (;;) {
    const stage = reopen?.stage ?? stageOf(onDisk);
    if (!reopen) p.note(wizard.color.bold(stageHeading(onDisk, stage, wizard.text, wizard.lang)));
    prepare(stage, draft);
    // The questions are those of the item as it was before the stage (a reopened stage asks the same ones).
    const stageBase = reopen?.before ?? (clone(draft) as unknown as DecisionItem);
    const result = await runQuestions(stageQuestions(stage, stageBase, wizard), draft, p, wizard, reopen !== undefined);
    reopen = undefined;
    if (result === BACK) {
      // The stage before is saved already: say how to change it instead of silently asking again.
      p.note(wizard.text.firstOfStage(onDisk.id));
      continue;
    }
    const next = updatedRecordText(text, draft);
    await writeRecord(path, next, text, draft);
    text = next;
    onDisk = clone(draft) as unknown as DecisionItem;
    onWrite(text);
    p.note(wizard.text.saved(path));
    if (stage.kind === "tracking") return { text };
    const more = await askContinue(p, wizard, draft as unknown as DecisionItem);
    if (more === BACK) reopen = { stage, before: stageBase };
    else if (more !== true) return { text };
  }
}

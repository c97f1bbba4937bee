/** `wenping edit ID`: changes answers already saved (a date, the procedure, the risk level, a measure's done_on). */

import { join } from "node:path";
import { parseDocument } from "yaml";
import { findRecord, loadRecord } from "../check/load-workspace.js";
import { parsePointer } from "../diagnostics/finding.js";
import { EXIT_OK, UserError } from "../errors.js";
import { clone, getAt, unsetAt } from "../util/pointer-data.js";
import { finalCheck, loadAnswers, refuse } from "../wizard/answers.js";
import { editableQuestions, shownValue } from "../wizard/edit-questions.js";
import { endSitting } from "../wizard/end-sitting.js";
import { runQuestions } from "../wizard/engine.js";
import { BACK, type Prompter } from "../wizard/prompter.js";
import type { Question } from "../wizard/questions.js";
import { closingLines, type WizardContext } from "../wizard/sitting.js";
import { updatedRecordText, writeRecord } from "../workspace/record-writer.js";
import { openWizard, terminalPrompter, type WizardOptions } from "./wizard-context.js";

export interface EditOptions extends WizardOptions {
  id: string;
}

type Draft = Record<string, unknown>;

/** `extra` laid over `base`: objects key by key, list entries by position, other values replaced. */
export function mergeReplacing(base: unknown, extra: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extra)) {
    return Array.from({ length: Math.max(base.length, extra.length) }, (_, i) =>
      i < extra.length ? mergeReplacing(base[i], extra[i]) : base[i],
    );
  }
  const isMap = (v: unknown): v is Draft => v !== null && typeof v === "object" && !Array.isArray(v);
  if (isMap(base) && isMap(extra)) {
    const out: Draft = { ...base };
    for (const [k, v] of Object.entries(extra)) out[k] = Object.hasOwn(out, k) ? mergeReplacing(out[k], v) : v;
    return out;
  }
  return extra;
}

/** The record's text without the answers at `paths` (ones a change made moot), comments elsewhere kept. */
function withoutAnswers(text: string, paths: readonly string[]): string {
  if (paths.length === 0) return text;
  const doc = parseDocument(text, { version: "1.2", schema: "core" });
  for (const path of paths) doc.deleteIn(parsePointer(path).map((s) => (/^\d+$/.test(s) ? Number(s) : s)));
  return doc.toString({ lineWidth: 0 });
}

const messageOf = (q: Question, draft: Draft) => (typeof q.message === "function" ? q.message(draft) : q.message);
const applies = (q: Question, draft: Draft) => !q.when || q.when(draft);

/**
 * Lets the clerk pick an answer, asks its question again (the old answer as default, checked as in the
 * wizard), then asks what the change makes necessary and drops what it makes moot. Returns the paths dropped.
 */
async function editLoop(draft: Draft, p: Prompter, wizard: WizardContext): Promise<string[]> {
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

export async function runEdit(options: EditOptions): Promise<number> {
  const { ws, wizard, interactive } = await openWizard(options);
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const found = findRecord(ws, options.id);
  if (!found) throw new UserError(options.context.text.itemNotFound(options.id));
  const loaded = await loadRecord(ws, found, wizard.asOf);
  const item = loaded.checked.item;
  if (!item) throw new UserError(wizard.text.recordInvalid(loaded.checked.file));
  const path = join(ws.root, loaded.checked.file);
  const text = loaded.text;
  let draft = clone(item) as unknown as Draft;
  let dropped: string[] = [];
  if (options.answers !== undefined) {
    const answers = await loadAnswers(options.answers, options.context.cwd, wizard.text, wizard.lang);
    draft = mergeReplacing(draft, answers) as Draft;
  } else if (interactive) {
    const prompter = options.prompter ?? (await terminalPrompter(wizard));
    try {
      dropped = await editLoop(draft, prompter, wizard);
    } catch (error) {
      // Nothing was written: an edit is short, so no draft is kept.
      const place = { root: ws.root, name: item.id, resume: `wenping edit ${item.id}` };
      return endSitting(error, draft, place, loaded.checked.file, wizard, say, false);
    }
  } else {
    throw new UserError(wizard.text.notInteractive);
  }
  if (JSON.stringify(draft) === JSON.stringify(item)) {
    say(wizard.text.nothingChanged);
    return EXIT_OK;
  }
  // Typed changes are not an answers file: say what the change would break, and how to make it whole.
  const heading = options.answers !== undefined ? wizard.text.badAnswers : wizard.text.editRefused(item.id);
  refuse(finalCheck(draft, wizard.config, wizard.asOf, wizard.lang, item), wizard.text, heading);
  const next = updatedRecordText(withoutAnswers(text, dropped), draft);
  try {
    await writeRecord(path, next, text);
  } catch (error) {
    const place = { root: ws.root, name: item.id, resume: `wenping edit ${item.id}` };
    return endSitting(error, draft, place, loaded.checked.file, wizard, say, false);
  }
  say(wizard.text.saved(path));
  say(closingLines(loaded.checked.file, next, wizard).join("\n"));
  return EXIT_OK;
}

/** The questions behind every answer a record already holds: what `wenping edit` offers to change. */
import type { DecisionItem } from "../model/types.js";
import { getAt } from "../util/pointer-data.js";
import { decisionQuestions, trackingQuestions } from "./decision-questions.js";
import type { Question } from "./questions.js";
import { registrationQuestions } from "./registration-questions.js";
import { setupQuestions, simpleQuestions } from "./setup-questions.js";
import type { WizardContext } from "./sitting.js";
import { conclusionQuestions, stepQuestions } from "./step-questions.js";

type Draft = Record<string, unknown>;

/** A list's questions, one entry per entry the record holds (nested lists too). */
function flatten(questions: readonly Question[], draft: Draft): Question[] {
  return questions.flatMap((q) => {
    if (q.kind !== "group") return [q];
    const n = ((getAt(draft, q.path) as unknown[] | undefined) ?? []).length;
    return Array.from({ length: n }, (_, i) => flatten(q.entry(i, draft), draft)).flat();
  });
}

/**
 * Every question whose answer the record (as it stands in `draft`) could hold, in the wizard's order, once each.
 * The id is not among them: it names the file and is what other records and forms refer to.
 */
export function editableQuestions(draft: Draft, wizard: WizardContext): Question[] {
  const item = draft as unknown as DecisionItem;
  const out: Question[] = registrationQuestions(wizard).filter((q) => q.path !== "/id");
  const a = item.assessment;
  if (a) {
    out.push(...setupQuestions(item, wizard));
    if (a.procedure === "simple") out.push(...simpleQuestions(wizard));
    else {
      (a.steps ?? []).forEach((s, i) => {
        out.push(...stepQuestions(item, s.step, i, wizard));
      });
      if (a.risk_level !== undefined) out.push(...conclusionQuestions(item, wizard));
    }
  }
  if (item.decision) {
    // Measures are numbered from the first: the questions are those of a decision with none yet.
    out.push(...decisionQuestions({ ...item, mitigation: [] }, wizard));
    (item.mitigation ?? []).forEach((m, i) => {
      out.push({
        kind: "date",
        path: `/mitigation/${i}/done_on`,
        message: wizard.text.q.doneOn(m.measure),
        optional: true,
      });
    });
    (item.tracking ?? []).forEach((_, i) => {
      out.push(...trackingQuestions(item, i, wizard).filter((q) => q.path.startsWith("/tracking/")));
    });
  }
  const seen = new Set<string>();
  return flatten(out, draft).filter((q) => !seen.has(q.path) && seen.add(q.path));
}

/** The answer as a clerk reads it in the list of what can be changed. */
export function shownValue(q: Question, draft: Draft, words: { empty: string; yes: string; no: string }): string {
  const value = getAt(draft, q.path);
  if (value === undefined) return words.empty;
  const name = (v: unknown) =>
    q.kind === "select" || q.kind === "multi" ? (q.choices.find((ch) => ch.value === v)?.name ?? String(v)) : String(v);
  if (Array.isArray(value)) return value.map(name).join("、");
  if (typeof value === "boolean") return value ? words.yes : words.no;
  return name(value);
}

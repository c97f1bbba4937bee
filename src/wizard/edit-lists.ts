/** The lists of a record `wenping edit` can add entries to and remove entries from, with the wizard's own questions. */
import type { DecisionItem } from "../model/types.js";
import { getAt } from "../util/pointer-data.js";
import { decisionQuestions, trackingQuestions } from "./decision-questions.js";
import type { Question } from "./questions.js";
import { registrationQuestions } from "./registration-questions.js";
import type { WizardContext } from "./sitting.js";
import { stepQuestions } from "./step-questions.js";

type Draft = Record<string, unknown>;
type Group = Extract<Question, { kind: "group" }>;

/** One list of the record: where it is, what it is called, and how the wizard asks an entry of it. */
export interface EditList {
  /** JSON Pointer of the list in the record. */
  path: string;
  /** What the list holds, as the menu names it (风险点, 评审专家 …). */
  label: string;
  /** The wizard's group question: its "another?" and its entries' questions, entries numbered from 0. */
  group: Group;
  /** An entry as the clerk recognizes it in a list of entries. */
  entryName: (entry: Record<string, unknown>, index: number) => string;
}

const entries = (draft: Draft, path: string) => (getAt(draft, path) as Record<string, unknown>[] | undefined) ?? [];

/** How many entries the list holds in the draft. */
export const entryCount = (list: EditList, draft: Draft): number => entries(draft, list.path).length;

/**
 * The record's lists, in the wizard's order: the risks; the reviewers of each review step; once decided, the
 * measures and the tracking entries. The assessment's steps are not among them: `next` adds those, in order.
 */
export function editableLists(draft: Draft, wizard: WizardContext): EditList[] {
  const item = draft as unknown as DecisionItem;
  const l = wizard.text.lists;
  const groupAt = (questions: Question[], path: string) =>
    questions.find((q): q is Group => q.kind === "group" && q.path === path);
  const out: EditList[] = [];
  const risks = groupAt(registrationQuestions(wizard), "/risks");
  if (risks) out.push({ path: "/risks", label: l.risks, group: risks, entryName: (e) => String(e.description ?? "") });
  const experts = wizard.config.experts ?? [];
  (item.assessment?.steps ?? []).forEach((s, i) => {
    if (s.step !== "review") return;
    const path = `/assessment/steps/${i}/reviewers`;
    const group = groupAt(stepQuestions(item, s.step, i, wizard), path);
    if (!group) return;
    const entryName = (e: Record<string, unknown>) => experts.find((x) => x.id === e.expert)?.name ?? String(e.expert);
    out.push({ path, label: l.reviewers, group: { ...group, when: undefined }, entryName });
  });
  if (item.decision) {
    // Measures numbered from the first, as for a decision with none yet; wanted whatever the outcome.
    const measures = groupAt(decisionQuestions({ ...item, mitigation: [] }, wizard), "/mitigation");
    if (measures)
      out.push({
        path: "/mitigation",
        label: l.mitigation,
        group: { ...measures, when: undefined, min: 0 },
        entryName: (e) => String(e.measure ?? ""),
      });
    out.push({
      path: "/tracking",
      label: l.tracking,
      group: {
        kind: "group",
        path: "/tracking",
        message: l.tracking,
        add: wizard.text.q.addTracking,
        // The tracking entry's own questions; measures' done_on are offered by the edit's follow-up questions.
        entry: (i) => trackingQuestions(item, i, wizard).filter((q) => q.path.startsWith(`/tracking/${i}/`)),
      },
      entryName: (e) => `${String(e.date ?? "")} ${String(e.note ?? "")}`.trim(),
    });
  }
  return out;
}

/** The group that adds entries after the `n` the list has: its first entry asked at once, then "another?". */
export function addingGroup(list: EditList, n: number): Group {
  const { group } = list;
  return { ...group, first: n, min: 1, entry: (k, d) => group.entry(n + k, d) };
}

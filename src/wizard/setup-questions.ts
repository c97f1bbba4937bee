/** The questions of the assessment's first stages: who assesses and by which procedure; the simple procedure. */

import type { DecisionItem } from "../model/types.js";
import * as v from "../model/vocabulary.js";
import { getAt } from "../util/pointer-data.js";
import { choicesOf, happenedBy, type Question, type QuestionContext } from "./questions.js";

const str = (draft: Record<string, unknown>, path: string) => getAt(draft, path) as string | undefined;

/** Who assesses and by which procedure, guided by the item's risk, sensitivity and category. */
export function setupQuestions(item: DecisionItem, wizard: QuestionContext): Question[] {
  const q = wizard.text.q;
  const a = wizard.text.advice;
  const agencies = wizard.config.agencies ?? [];
  const sensitiveHigh = (item.sensitive?.length ?? 0) > 0 && item.initial_risk === "high";
  const assessorChoices = choicesOf(v.assessors, wizard.lang).filter(
    (ch) => ch.value === "self" || agencies.length > 0,
  );
  const procedureChoices = choicesOf(v.procedures, wizard.lang).filter(
    (ch) => ch.value !== "simple" || item.initial_risk === "low",
  );
  const isThirdParty = (d: Record<string, unknown>) => str(d, "/assessment/assessor") === "third_party";
  return [
    {
      kind: "select",
      path: "/assessment/assessor",
      message: q.assessor,
      choices: assessorChoices,
      ...(sensitiveHigh ? { note: a.thirdParty, default: agencies.length > 0 ? "third_party" : "self" } : {}),
      ...(agencies.length === 0 ? { note: a.noAgencies } : {}),
    },
    {
      kind: "select",
      path: "/assessment/third_party/agency",
      message: q.agency,
      when: isThirdParty,
      choices: agencies.map((x) => ({ value: x.registration_no, name: `${x.name}(${x.registration_no})` })),
    },
    {
      kind: "select",
      path: "/assessment/third_party/procurement",
      message: q.procurement,
      when: isThirdParty,
      choices: choicesOf(v.procurements, wizard.lang),
    },
    {
      kind: "multi",
      path: "/assessment/participants",
      message: q.participants,
      when: (d) => !isThirdParty(d),
      choices: choicesOf(v.participantGroups, wizard.lang),
      checked: v.valuesOf(v.participantGroups),
    },
    {
      kind: "select",
      path: "/assessment/procedure",
      message: q.procedure,
      choices: procedureChoices,
      // The special procedure's standard is the next question: WP015 is judged there, not here.
      defer: ["WP015"],
      ...(item.initial_risk !== "low" ? { note: a.simpleOnlyLow } : {}),
    },
    {
      kind: "text",
      path: "/assessment/standard",
      message: q.standard,
      when: (d) => str(d, "/assessment/procedure") === "special",
      settles: ["WP015"],
    },
    {
      kind: "yesno",
      path: "/assessment/in_feasibility_study",
      message: q.feasibility,
      when: () => item.category === "project",
      note: a.feasibility,
      default: true,
    },
  ];
}

/** The simple procedure: the special meeting, the filing and the risk level. */
export function simpleQuestions(wizard: QuestionContext): Question[] {
  const q = wizard.text.q;
  return [
    { kind: "date", path: "/assessment/meeting/date", message: q.meetingDate, default: happenedBy(wizard) },
    { kind: "text", path: "/assessment/meeting/summary", message: q.meetingSummary, optional: true },
    { kind: "date", path: "/assessment/filed_on", message: q.filedOn, default: happenedBy(wizard) },
    {
      kind: "select",
      path: "/assessment/risk_level",
      message: q.riskLevel,
      choices: choicesOf(v.riskLevels, wizard.lang),
      default: "low",
    },
  ];
}

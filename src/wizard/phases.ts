/** The questions of each stage: registering an item, setting up the assessment, the steps, the decision, tracking. */

import type { WizardText } from "../i18n/wizard.zh.js";
import type { DecisionItem, WorkspaceConfig } from "../model/types.js";
import * as v from "../model/vocabulary.js";
import { getAt } from "../util/pointer-data.js";
import { nextFreeId } from "./next-id.js";
import { choicesOf, domainChoices, type Question } from "./questions.js";

export interface PhaseContext {
  config: WorkspaceConfig;
  asOf: string;
  lang: "zh" | "en";
  text: WizardText;
  /** Today by the computer's clock, when known: a date offered as the default is never after it. */
  today?: string;
  /** Ids (and units) of the workspace's items, for proposing and refusing ids. */
  existing: readonly { id: string; unit: string; file: string }[];
}

/** The default for the date of something that has happened: the as-of date, unless that is still to come. */
export const happenedBy = (wizard: PhaseContext): string =>
  wizard.today !== undefined && wizard.today < wizard.asOf ? wizard.today : wizard.asOf;

const str = (draft: Record<string, unknown>, path: string) => getAt(draft, path) as string | undefined;

/** `wenping new`: the item itself, then its id. */
export function itemQuestions(wizard: PhaseContext): Question[] {
  const q = wizard.text.q;
  return [
    { kind: "text", path: "/title", message: q.title },
    {
      kind: "select",
      path: "/unit",
      message: q.unit,
      choices: wizard.config.units.map((u) => ({ value: u.code, name: `${u.name}(${u.code})` })),
    },
    { kind: "select", path: "/category", message: q.category, choices: choicesOf(v.categories, wizard.lang) },
    { kind: "select", path: "/domain", message: q.domain, choices: domainChoices(wizard.config, wizard.lang) },
    { kind: "multi", path: "/sensitive", message: q.sensitive, choices: choicesOf(v.sensitiveTags, wizard.lang) },
    { kind: "select", path: "/initial_risk", message: q.initialRisk, choices: choicesOf(v.riskLevels, wizard.lang) },
    { kind: "date", path: "/listed_on", message: q.listedOn, default: happenedBy(wizard) },
    { kind: "text", path: "/overview", message: q.overview, optional: true },
    {
      kind: "group",
      path: "/risks",
      message: q.riskDescription,
      add: q.addRisk,
      entry: (i) => [
        { kind: "text", path: `/risks/${i}/description`, message: q.riskDescription },
        { kind: "text", path: `/risks/${i}/measure`, message: q.riskMeasure, optional: true },
      ],
    },
    {
      kind: "text",
      path: "/id",
      message: q.id,
      default: (d) =>
        nextFreeId(wizard.existing, str(d, "/unit") ?? "", (str(d, "/listed_on") ?? wizard.asOf).slice(0, 4)),
      check: (id) => {
        const taken = wizard.existing.find((e) => e.id === id);
        return taken ? wizard.text.advice.idTaken(id) : undefined;
      },
    },
  ];
}

/** Who assesses and by which procedure, guided by the item's risk, sensitivity and category. */
export function setupQuestions(item: DecisionItem, wizard: PhaseContext): Question[] {
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
export function simpleQuestions(wizard: PhaseContext): Question[] {
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

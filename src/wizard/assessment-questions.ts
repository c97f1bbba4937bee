/** The questions of the assessment's stages: the setup, the simple procedure, one of the seven steps, the conclusion. */

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

function reviewerQuestions(
  base: string,
  item: DecisionItem,
  wizard: QuestionContext,
  taken: readonly string[],
): Question[] {
  const q = wizard.text.q;
  const experts = wizard.config.experts ?? [];
  const name = (d: Record<string, unknown>) => {
    const id = getAt(d, `${base}/expert`) as string | undefined;
    return experts.find((e) => e.id === id)?.name ?? id ?? "";
  };
  const agency = wizard.config.agencies?.find((x) => x.registration_no === item.assessment?.third_party?.agency)?.name;
  const unit = wizard.config.units.find((u) => u.code === item.unit)?.name;
  const attached = (d: Record<string, unknown>) => {
    const affiliations = experts.find((e) => e.id === getAt(d, `${base}/expert`))?.affiliations ?? [];
    return [agency, unit].some((x) => x !== undefined && affiliations.includes(x));
  };
  return [
    {
      kind: "select",
      path: `${base}/expert`,
      message: q.reviewer,
      // The same expert twice would be counted twice: only those not yet on this step's panel are offered.
      choices: experts
        .filter((e) => !taken.includes(e.id))
        .map((e) => ({ value: e.id, name: `${e.name}(${e.id}${e.field ? `,${e.field}` : ""})` })),
    },
    // The conflict answer is judged at "recused", which settles WP011.
    {
      kind: "yesno",
      path: `${base}/conflict_of_interest`,
      message: (d) => q.conflict(name(d)),
      default: false,
      defer: ["WP011"],
    },
    {
      kind: "yesno",
      path: `${base}/recused`,
      message: (d) => q.recused(name(d)),
      default: true,
      settles: ["WP011"],
      when: (d) => getAt(d, `${base}/conflict_of_interest`) === true || attached(d),
    },
  ];
}

/** One step of the seven: its date and summary, and what that step requires. */
export function stepQuestions(
  item: DecisionItem,
  step: v.StepName,
  index: number,
  wizard: QuestionContext,
): Question[] {
  const q = wizard.text.q;
  const label = v.steps[step][wizard.lang];
  const base = `/assessment/steps/${index}`;
  // The reviewers of a review step (WP020) are asked after its date and summary.
  const later = step === "review" ? { defer: ["WP020"] } : {};
  const out: Question[] = [
    { kind: "date", path: `${base}/date`, message: q.stepDate(label), default: happenedBy(wizard), ...later },
    { kind: "text", path: `${base}/summary`, message: q.stepSummary(label), optional: true, ...later },
  ];
  if (step === "consult") {
    out.push(
      { kind: "multi", path: `${base}/methods`, message: q.methods, choices: choicesOf(v.consultMethods, wizard.lang) },
      { kind: "number", path: `${base}/respondents`, message: q.respondents },
      {
        kind: "number",
        path: `${base}/support`,
        message: q.support,
        check: (n, d) => overCount(n, d, base, "oppose", wizard),
      },
      {
        kind: "number",
        path: `${base}/oppose`,
        message: q.oppose,
        check: (n, d) => overCount(n, d, base, "support", wizard),
      },
    );
  }
  if (step === "analyze") {
    for (const aspect of v.valuesOf(v.findingAspects)) {
      out.push({
        kind: "text",
        path: `${base}/findings/${aspect}`,
        message: q.finding(v.findingAspects[aspect][wizard.lang]),
        optional: true,
      });
    }
  }
  if (step === "determine_risk") {
    out.push({
      kind: "select",
      path: "/assessment/risk_level",
      message: q.riskLevel,
      choices: choicesOf(v.riskLevels, wizard.lang),
    });
  }
  if (step === "review") {
    out.push({
      kind: "group",
      path: `${base}/reviewers`,
      message: q.reviewer,
      add: q.addReviewer,
      // A review without reviewers is no review: the first expert is asked for, not offered.
      min: 1,
      max: (wizard.config.experts ?? []).length,
      ...((wizard.config.experts ?? []).length === 0 ? { note: wizard.text.advice.noExperts, when: () => false } : {}),
      entry: (j, d) => {
        const panel = (getAt(d, `${base}/reviewers`) as { expert?: string }[] | undefined) ?? [];
        const taken = panel.slice(0, j).flatMap((r) => (r.expert ? [r.expert] : []));
        return reviewerQuestions(`${base}/reviewers/${j}`, item, wizard, taken);
      },
    });
  }
  if (step === "file")
    out.push({
      kind: "text",
      path: `${base}/filed_with`,
      message: q.filedWith,
      // Stored in the (Chinese) record: the same whatever the display language.
      default: "市委政法委",
    });
  return out;
}

function overCount(
  n: number,
  d: Record<string, unknown>,
  base: string,
  other: string,
  wizard: QuestionContext,
): string | undefined {
  const total = getAt(d, `${base}/respondents`) as number | undefined;
  const rest = (getAt(d, `${base}/${other}`) as number | undefined) ?? 0;
  return total !== undefined && n + rest > total ? wizard.text.advice.supportOppose : undefined;
}

/** The conclusion, when the seven steps are done but no risk level was set. */
export function conclusionQuestions(wizard: QuestionContext): Question[] {
  return [
    {
      kind: "select",
      path: "/assessment/risk_level",
      message: wizard.text.q.riskLevel,
      choices: choicesOf(v.riskLevels, wizard.lang),
    },
  ];
}

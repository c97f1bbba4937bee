/** The questions of one of the seven steps, and of the conclusion when the steps set no risk level. */

import type { DecisionItem } from "../model/types.js";
import * as v from "../model/vocabulary.js";
import { getAt } from "../util/pointer-data.js";
import { choicesOf, happenedBy, type Question, type QuestionContext } from "./questions.js";

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
      // An expert attached to the item's unit or agency must recuse, and may be recorded as recused: WP011 is
      // judged at "recused", not at the choice (which would leave no way to record them).
      defer: ["WP011"],
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
      // Enter alone keeps the initial judgement, never the mildest level (低风险 was pointed at for every item).
      default: item.initial_risk,
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
export function conclusionQuestions(item: DecisionItem, wizard: QuestionContext): Question[] {
  return [
    {
      kind: "select",
      path: "/assessment/risk_level",
      message: wizard.text.q.riskLevel,
      choices: choicesOf(v.riskLevels, wizard.lang),
      default: item.initial_risk,
    },
  ];
}

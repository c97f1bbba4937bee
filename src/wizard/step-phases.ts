/** The questions of one of the seven steps, of the conclusion, of the decision and of a tracking entry. */

import { isImplemented } from "../model/derive.js";
import type { DecisionItem } from "../model/types.js";
import * as v from "../model/vocabulary.js";
import { getAt } from "../util/pointer-data.js";
import { happenedBy, type PhaseContext } from "./phases.js";
import { choicesOf, type Question } from "./questions.js";

/** Outcomes the risk level allows (评用结合), with the reason to show. */
function allowedOutcomes(level: v.RiskLevel): v.Outcome[] {
  if (level === "high") return ["not_implement", "adjust_and_redecide", "postpone"];
  if (level === "medium") return ["implement_after_mitigation", "not_implement", "postpone", "adjust_and_redecide"];
  return ["implement", "implement_after_mitigation", "not_implement", "postpone", "adjust_and_redecide"];
}

function reviewerQuestions(
  base: string,
  item: DecisionItem,
  wizard: PhaseContext,
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
export function stepQuestions(item: DecisionItem, step: v.StepName, index: number, wizard: PhaseContext): Question[] {
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
      default: wizard.lang === "zh" ? "市委政法委" : "",
    });
  return out;
}

function overCount(
  n: number,
  d: Record<string, unknown>,
  base: string,
  other: string,
  wizard: PhaseContext,
): string | undefined {
  const total = getAt(d, `${base}/respondents`) as number | undefined;
  const rest = (getAt(d, `${base}/${other}`) as number | undefined) ?? 0;
  return total !== undefined && n + rest > total ? wizard.text.advice.supportOppose : undefined;
}

/** The conclusion, when the seven steps are done but no risk level was set. */
export function conclusionQuestions(wizard: PhaseContext): Question[] {
  return [
    {
      kind: "select",
      path: "/assessment/risk_level",
      message: wizard.text.q.riskLevel,
      choices: choicesOf(v.riskLevels, wizard.lang),
    },
  ];
}

/** Measures the clerk wrote at registration (risks[].measure) that are not yet decided measures. */
function registeredMeasures(item: DecisionItem, draft: Record<string, unknown>): string[] {
  const taken = new Set(((draft.mitigation as { measure?: string }[] | undefined) ?? []).map((m) => m.measure));
  return (item.risks ?? []).flatMap((r) => (r.measure && !taken.has(r.measure) ? [r.measure] : []));
}

/** Measures added after those the item has; at least one for a medium risk (WP009). */
function measuresGroup(item: DecisionItem, wizard: PhaseContext): Extract<Question, { kind: "group" }> {
  const q = wizard.text.q;
  const level = item.assessment?.risk_level ?? "low";
  const existing = item.mitigation?.length ?? 0;
  return {
    kind: "group",
    path: "/mitigation",
    message: q.measure,
    add: (n) => q.addMeasure(n, level === "medium"),
    first: existing,
    min: level === "medium" ? Math.max(0, 1 - existing) : 0,
    entry: (i, draft) => {
      // A measure written at registration is offered as it was, so the form does not list near-duplicates.
      const offered = registeredMeasures(item, draft)[0];
      return [
        {
          kind: "text",
          path: `/mitigation/${existing + i}/measure`,
          message: offered ? q.measureOffered : q.measure,
          ...(offered ? { default: offered } : {}),
        },
        {
          kind: "select",
          path: `/mitigation/${existing + i}/owner`,
          message: q.owner,
          choices: wizard.config.units.map((u) => ({ value: u.code, name: u.name })),
          default: item.unit,
        },
        { kind: "date", path: `/mitigation/${existing + i}/due`, message: q.due, optional: true, ahead: true },
      ];
    },
  };
}

/**
 * The decision: only the outcomes the risk level allows, then the measures it needs, then the date. The
 * measures come before the date so that a medium-risk "化解后实施" is never stuck at a date refused for
 * want of a measure.
 */
export function decisionQuestions(item: DecisionItem, wizard: PhaseContext): Question[] {
  const q = wizard.text.q;
  const level = item.assessment?.risk_level ?? "low";
  const allowed = allowedOutcomes(level);
  const reason = wizard.text.advice[level];
  const choices = choicesOf(v.outcomes, wizard.lang).filter((ch) => allowed.includes(ch.value as v.Outcome));
  // The advice names the outcomes in the order the list shows them.
  const labels = choices.map((ch) => ch.name).join(wizard.lang === "zh" ? "、" : ", ");
  const implemented = (d: Record<string, unknown>) =>
    ["implement", "implement_after_mitigation"].includes(getAt(d, "/decision/outcome") as string);
  return [
    {
      kind: "select",
      path: "/decision/outcome",
      message: q.outcome,
      note: `${reason};${wizard.text.advice.outcomes(v.riskLevels[level][wizard.lang], labels)}`,
      choices,
      defer: ["WP009"],
    },
    { ...measuresGroup(item, wizard), when: implemented },
    { kind: "date", path: "/decision/decided_on", message: q.decidedOn, default: happenedBy(wizard) },
    {
      kind: "text",
      path: "/decision/decided_by",
      message: q.decidedBy,
      optional: true,
      default: wizard.lang === "zh" ? "局党组会议" : "",
    },
  ];
}

/** An implemented item with no measure at all (WP010, WP009): the tracking sitting offers to add them. */
function lacksMeasures(item: DecisionItem): boolean {
  const level = item.assessment?.risk_level;
  return isImplemented(item) && (level === "low" || level === "medium") && (item.mitigation?.length ?? 0) === 0;
}

/**
 * One tracking entry, not before the decision; then, for each measure not yet done, when it was done. An
 * implemented item without measures is first offered to add them: said 否 at the decision, the wizard is the
 * only place a clerk can add them later.
 */
export function trackingQuestions(item: DecisionItem, index: number, wizard: PhaseContext): Question[] {
  const q = wizard.text.q;
  const decidedOn = item.decision?.decided_on;
  return [
    // Offered, not required: the tracking entry is what this sitting is for.
    ...(lacksMeasures(item) ? [{ ...measuresGroup(item, wizard), min: 0, note: wizard.text.advice.noMeasures }] : []),
    {
      kind: "date",
      path: `/tracking/${index}/date`,
      message: q.trackingDate,
      default: happenedBy(wizard),
      notBefore: () =>
        decidedOn ? { date: decidedOn, message: wizard.text.advice.trackingBeforeDecision(decidedOn) } : undefined,
    },
    {
      kind: "select",
      path: `/tracking/${index}/risk_level`,
      message: q.trackingRisk,
      choices: choicesOf(v.riskLevels, wizard.lang),
      default: "low",
    },
    { kind: "text", path: `/tracking/${index}/note`, message: q.trackingNote, optional: true },
    ...(item.mitigation ?? []).flatMap((m, i): Question[] =>
      m.done_on === undefined
        ? [{ kind: "date", path: `/mitigation/${i}/done_on`, message: q.doneOn(m.measure), optional: true }]
        : [],
    ),
  ];
}

/** The questions of the stages after the assessment: the decision (with its measures) and a tracking entry. */

import { isImplemented } from "../model/derive.js";
import type { DecisionItem } from "../model/types.js";
import * as v from "../model/vocabulary.js";
import { getAt } from "../util/pointer-data.js";
import { choicesOf, happenedBy, type Question, type QuestionContext } from "./questions.js";

/** Outcomes the risk level allows (评用结合), with the reason to show. */
function allowedOutcomes(level: v.RiskLevel): v.Outcome[] {
  if (level === "high") return ["not_implement", "adjust_and_redecide", "postpone"];
  if (level === "medium") return ["implement_after_mitigation", "not_implement", "postpone", "adjust_and_redecide"];
  return ["implement", "implement_after_mitigation", "not_implement", "postpone", "adjust_and_redecide"];
}

/** Measures the clerk wrote at registration (risks[].measure) that are not yet decided measures. */
function registeredMeasures(item: DecisionItem, draft: Record<string, unknown>): string[] {
  const taken = new Set(((draft.mitigation as { measure?: string }[] | undefined) ?? []).map((m) => m.measure));
  return (item.risks ?? []).flatMap((r) => (r.measure && !taken.has(r.measure) ? [r.measure] : []));
}

/** Measures added after those the item has; at least one for a medium risk (WP009). */
function measuresGroup(item: DecisionItem, wizard: QuestionContext): Extract<Question, { kind: "group" }> {
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
          default: offered,
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
export function decisionQuestions(item: DecisionItem, wizard: QuestionContext): Question[] {
  const q = wizard.text.q;
  const level = item.assessment?.risk_level ?? "low";
  const allowed = allowedOutcomes(level);
  const reason = wizard.text.advice[level];
  const choices = choicesOf(v.outcomes, wizard.lang).filter((ch) => allowed.includes(ch.value as v.Outcome));
  // The advice names the outcomes in the order the list shows them.
  const labels = wizard.text.list(choices.map((ch) => ch.name));
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
      // Stored in the (Chinese) record: the same whatever the display language.
      default: "局党组会议",
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
export function trackingQuestions(item: DecisionItem, index: number, wizard: QuestionContext): Question[] {
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

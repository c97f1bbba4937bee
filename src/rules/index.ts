/** The rules of the assessment regime, in code order; checking a record is running each of them. */
import type { Finding } from "../diagnostics/finding.js";
import type { DecisionItem } from "../model/types.js";
import { asOfRules } from "./as-of.js";
import type { Rule, RuleContext } from "./rule.js";
import { fileNameMatchesId } from "./wp002-file-name.js";
import { knownReferences } from "./wp003-known-references.js";
import { simpleProcedureLowRisk } from "./wp004-simple-low-risk.js";
import { sevenStepsInOrder } from "./wp005-seven-steps.js";
import { datesInOrder } from "./wp006-date-order.js";
import { decidedWithoutAssessment } from "./wp007-decided-unassessed.js";
import { highRiskImplemented } from "./wp008-high-risk-implemented.js";
import { mediumRiskNeedsMitigation } from "./wp009-medium-risk-mitigation.js";
import { lowRiskWithoutMeasures } from "./wp010-low-risk-measures.js";
import { reviewerRecusal } from "./wp011-reviewer-recusal.js";
import { sensitiveNeedsThirdParty } from "./wp012-sensitive-third-party.js";
import { participantsInvited } from "./wp013-participants.js";
import { projectInFeasibilityStudy } from "./wp014-feasibility-study.js";
import { specialNeedsStandard } from "./wp015-special-standard.js";
import { trackingAfterDecision } from "./wp019-tracking-before-decision.js";
import { reviewHasReviewers } from "./wp020-review-reviewers.js";
import { distinctReviewers } from "./wp021-duplicate-reviewer.js";

export type { RuleContext } from "./rule.js";
export { duplicateIds } from "./wp001-unique-ids.js";

/** Every record rule (WP001, which needs the whole workspace, is `duplicateIds`). */
export const rules: readonly Rule[] = [
  fileNameMatchesId,
  knownReferences,
  simpleProcedureLowRisk,
  sevenStepsInOrder,
  datesInOrder,
  decidedWithoutAssessment,
  highRiskImplemented,
  mediumRiskNeedsMitigation,
  lowRiskWithoutMeasures,
  reviewerRecusal,
  sensitiveNeedsThirdParty,
  participantsInvited,
  projectInFeasibilityStudy,
  specialNeedsStandard,
  ...asOfRules,
  trackingAfterDecision,
  reviewHasReviewers,
  distinctReviewers,
];

/** Which rules to run: all, those that do not depend on the as-of date, or only those that do. */
export type RuleSet = "all" | "static" | "asOf";

const sets: Record<RuleSet, readonly Rule[]> = {
  all: rules,
  static: rules.filter((r) => r.asOfDependent !== true),
  asOf: rules.filter((r) => r.asOfDependent === true),
};

/** Rule findings of one schema-valid record. */
export function checkRecord(item: DecisionItem, context: RuleContext, which: RuleSet = "all"): Finding[] {
  const out: Finding[] = [];
  for (const rule of sets[which]) {
    const found = rule.check(item, context);
    if (found.length > 0) out.push(...found);
  }
  return out;
}

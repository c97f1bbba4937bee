/** Record texts the wizard tests start from (written into a temporary workspace by `wizardWorkspace`). */

/** What registering an item at 社会救助科 (JZK) writes: the lines every record of these tests starts with. */
export const registered = (item: {
  id: string;
  title: string;
  category: string;
  initial_risk: string;
  listed_on: string;
}): string => `schema: wenping/decision-item@1
id: ${item.id}
title: ${item.title}
unit: JZK
category: ${item.category}
domain: basic_livelihood
initial_risk: ${item.initial_risk}
listed_on: ${item.listed_on}
`;

/** A simple-procedure item, assessed (low risk), not yet decided. */
export const SIMPLE_ASSESSED = `${registered({
  id: "JZK-2026-003",
  title: "调整临时救助审批权限",
  category: "other",
  initial_risk: "low",
  listed_on: "2026-03-02",
})}assessment:
  assessor: self
  procedure: simple
  participants: [party_government, judicial, npc_deputy, cppcc_member, expert, public_representative]
  meeting: { date: 2026-03-15, summary: 专题会议 }
  filed_on: 2026-03-18
  risk_level: low
`;

/**
 * The simple-procedure item decided (`outcome`, 2026-03-25) at risk `level`; a level other than low is set by the
 * ordinary procedure.
 */
export const decided = (level = "low", outcome = "implement") =>
  `${SIMPLE_ASSESSED.replace("procedure: simple", `procedure: ${level === "low" ? "simple" : "ordinary"}`).replace(
    "  risk_level: low\n",
    `  risk_level: ${level}\n`,
  )}decision: { outcome: ${outcome}, decided_on: 2026-03-25 }\n`;

/** A seven-step item whose next step is the review (组织评审). */
export const AWAITING_REVIEW = `${registered({
  id: "JZK-2026-004",
  title: "提高特困人员供养标准",
  category: "policy",
  initial_risk: "medium",
  listed_on: "2026-11-02",
})}assessment:
  assessor: self
  procedure: ordinary
  participants: [party_government, judicial, npc_deputy, cppcc_member, expert, public_representative]
  steps:
    - { step: plan, date: 2026-11-03 }
    - { step: consult, date: 2026-11-04, methods: [survey], respondents: 10, support: 9, oppose: 1 }
    - { step: analyze, date: 2026-11-05 }
    - { step: determine_risk, date: 2026-11-06 }
    - { step: report, date: 2026-11-07 }
  risk_level: medium
`;

/** A seven-step item whose next step is the last, the filing (审查报备). */
export const AWAITING_FILE = AWAITING_REVIEW.replace(
  "  risk_level: medium\n",
  "    - { step: review, date: 2026-11-08, reviewers: [{ expert: E001, conflict_of_interest: false, recused: false }] }\n  risk_level: medium\n",
);

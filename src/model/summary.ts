/** What the statistics, ledger and status need of an item: small enough to cache and hold for 100,000 records. */

import { ownString } from "../util/own-string.js";
import { completionDate, type ItemState, isAssessed, stateOf } from "./derive.js";
import type { DecisionItem } from "./types.js";
import type { Assessor, Category, Outcome, Procedure, RiskLevel } from "./vocabulary.js";

export interface ItemSummary {
  id: string;
  title: string;
  unit: string;
  category: Category;
  listed_on: string;
  procedure?: Procedure;
  assessor?: Assessor;
  /** Registration number of the third-party agency. */
  agency?: string;
  risk_level?: RiskLevel;
  completed_on?: string;
  /** Steps recorded (ordinary and special procedures). */
  steps?: number;
  assessed: boolean;
  decision?: { outcome: Outcome; decided_on: string };
  state: ItemState;
  last_tracked?: string;
}

/** The summary of a schema-valid record. */
export function summarize(item: DecisionItem): ItemSummary {
  const a = item.assessment;
  const done = completionDate(item);
  const last = item.tracking
    ?.map((t) => t.date)
    .sort()
    .pop();
  return {
    // Copied out of the record's text, which would otherwise stay in memory as long as the summary.
    id: ownString(item.id),
    title: ownString(item.title),
    unit: item.unit,
    category: item.category,
    listed_on: item.listed_on,
    procedure: a?.procedure,
    assessor: a?.assessor,
    ...(a?.third_party ? { agency: ownString(a.third_party.agency) } : {}),
    risk_level: a?.risk_level,
    completed_on: done,
    ...(a && a.procedure !== "simple" ? { steps: a.steps?.length ?? 0 } : {}),
    assessed: isAssessed(item),
    ...(item.decision ? { decision: { outcome: item.decision.outcome, decided_on: item.decision.decided_on } } : {}),
    state: stateOf(item),
    last_tracked: last,
  };
}

/**
 * The parts of a record the as-of rules (WP016, WP017, WP018) read, kept so those rules can run again on another day
 * without parsing the file.
 */
export function asOfInputsOf(item: DecisionItem): Partial<DecisionItem> {
  const a = item.assessment;
  return {
    // The hints of the as-of rules name the item (wenping next ‹id›).
    id: item.id,
    listed_on: item.listed_on,
    // WP018 reads the dates of what has happened; steps keep their places so the pointers stay right.
    ...(a
      ? {
          assessment: {
            assessor: a.assessor,
            procedure: a.procedure,
            ...(a.meeting ? { meeting: { date: a.meeting.date } } : {}),
            filed_on: a.filed_on,
            ...(a.steps ? { steps: a.steps.map(({ step, date }) => ({ step, date })) } : {}),
          },
        }
      : {}),
    decision: item.decision,
    ...(item.mitigation
      ? {
          mitigation: item.mitigation.map(({ measure, due, done_on }) => ({
            measure,
            due,
            done_on,
          })),
        }
      : {}),
    ...(item.tracking ? { tracking: item.tracking.map(({ date }) => ({ date })) } : {}),
  };
}

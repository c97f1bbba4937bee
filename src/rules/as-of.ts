/**
 * The rules judged at the as-of date, on their own: a run answered from the cache needs only these (and
 * WP001), and need not load the other fifteen (~8 ms of start-up).
 */
import type { Finding } from "../diagnostics/finding.js";
import type { DecisionItem } from "../model/types.js";
import type { Rule, RuleContext } from "./rule.js";
import { trackingOverdue } from "./wp016-tracking-overdue.js";
import { mitigationOverdue } from "./wp017-mitigation-overdue.js";
import { futureDate } from "./wp018-future-date.js";

/** WP016, WP017 and WP018 (judged at the clock's date), the rules whose `asOfDependent` is set. */
export const asOfRules: readonly Rule[] = [trackingOverdue, mitigationOverdue, futureDate];

/** Findings of the as-of rules for one schema-valid record. */
export function checkAsOf(item: DecisionItem, context: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of asOfRules) out.push(...rule.check(item, context));
  return out;
}

import { isImplemented } from "../model/derive.js";
import { addDays } from "../util/dates.js";
import { defineRule } from "./rule.js";

/** Days after the decision within which implementation must first be tracked. */
const TRACKING_DAYS = 90;

/** WP016: an implemented decision gets a tracking entry within 90 days (judged at the as-of date). */
export const trackingOverdue = defineRule(
  "WP016",
  "warning",
  "实施后 90 日内应有跟踪记录",
  (item, { asOf }, report) => {
    const decision = item.decision;
    // A draft in the wizard may have the outcome before its date: nothing to judge yet.
    if (!decision?.decided_on || !isImplemented(item)) return;
    const deadline = addDays(decision.decided_on, TRACKING_DAYS);
    if (asOf <= deadline) return;
    const tracked = (item.tracking ?? []).some((t) => t.date >= decision.decided_on && t.date <= deadline);
    if (!tracked) report("/decision/decided_on", { decidedOn: decision.decided_on, deadline });
  },
  { asOfDependent: true },
);

import { pointer } from "../diagnostics/finding.js";
import { defineRule } from "./rule.js";

/** WP019: implementation is tracked after the decision, never before it. */
export const trackingAfterDecision = defineRule("WP019", "error", "跟踪记录不能早于决策日期", (item, _c, report) => {
  const decidedOn = item.decision?.decided_on;
  if (typeof decidedOn !== "string") return;
  item.tracking?.forEach((t, i) => {
    if (typeof t?.date === "string" && t.date < decidedOn) {
      report(pointer("tracking", i, "date"), { date: t.date, decidedOn });
    }
  });
});

import { defineRule } from "./rule.js";

/** WP014: a major project carries its assessment inside the feasibility study. */
export const projectInFeasibilityStudy = defineRule(
  "WP014",
  "warning",
  "工程项目稳评应纳入可研",
  (item, _c, report) => {
    const a = item.assessment;
    if (item.category !== "project" || !a || a.in_feasibility_study === true) return;
    if (a.in_feasibility_study === false) report("/assessment/in_feasibility_study");
    else report("/assessment", undefined, { at: "key" });
  },
);

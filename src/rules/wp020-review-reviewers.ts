import { pointer } from "../diagnostics/finding.js";
import { defineRule } from "./rule.js";

/** WP020: a review step (组织评审) names the experts who reviewed. */
export const reviewHasReviewers = defineRule("WP020", "error", "组织评审须登记评审专家", (item, _c, report) => {
  item.assessment?.steps?.forEach((step, i) => {
    if (step?.step === "review" && (step.reviewers ?? []).length === 0) {
      report(pointer("assessment", "steps", i, "step"));
    }
  });
});

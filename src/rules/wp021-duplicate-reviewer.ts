import { pointer } from "../diagnostics/finding.js";
import { defineRule } from "./rule.js";

/** WP021: an expert is listed once per review; one problem per repeated entry, pointing at the repeat. */
export const distinctReviewers = defineRule("WP021", "error", "同一评审不能重复登记同一专家", (item, _c, report) => {
  item.assessment?.steps?.forEach((step, i) => {
    const seen = new Set<string>();
    step?.reviewers?.forEach((reviewer, j) => {
      const expert = reviewer?.expert;
      if (typeof expert !== "string") return;
      if (seen.has(expert)) report(pointer("assessment", "steps", i, "reviewers", j, "expert"), { expert });
      seen.add(expert);
    });
  });
});

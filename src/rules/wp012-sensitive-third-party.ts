import { defineRule } from "./rule.js";

/** WP012: a sensitive item with high initial risk should bring in a third party. */
export const sensitiveNeedsThirdParty = defineRule(
  "WP012",
  "warning",
  "敏感高风险事项宜委托第三方",
  (item, _c, report) => {
    const tags = item.sensitive ?? [];
    if (tags.length > 0 && item.initial_risk === "high" && item.assessment?.assessor === "self") {
      report("/assessment/assessor", { tags });
    }
  },
);

import { isAssessed } from "../model/derive.js";
import { defineRule } from "./rule.js";

/** WP007: no decision without a complete assessment (应评不评). */
export const decidedWithoutAssessment = defineRule("WP007", "error", "未完成评估即决策", (item, _c, report) => {
  if (item.decision && !isAssessed(item))
    report("/decision", { hasAssessment: item.assessment !== undefined }, { at: "key" });
});

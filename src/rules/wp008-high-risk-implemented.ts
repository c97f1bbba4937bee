import { isImplemented } from "../model/derive.js";
import { defineRule } from "./rule.js";

/** WP008: a high-risk item is not implemented (评而不用). */
export const highRiskImplemented = defineRule("WP008", "error", "高风险事项不得实施", (item, _c, report) => {
  if (item.assessment?.risk_level === "high" && isImplemented(item)) {
    report("/decision/outcome", { outcome: item.decision?.outcome });
  }
});

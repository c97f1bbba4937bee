import { isImplemented } from "../model/derive.js";
import { defineRule } from "./rule.js";

/** WP010: even a low-risk item that is implemented should carry measures against its potential risks. */
export const lowRiskWithoutMeasures = defineRule("WP010", "warning", "低风险实施应有防范措施", (item, _c, report) => {
  if (item.assessment?.risk_level === "low" && isImplemented(item) && (item.mitigation?.length ?? 0) === 0) {
    report("/decision/outcome", { outcome: item.decision?.outcome, id: item.id });
  }
});

import { defineRule } from "./rule.js";

/** WP004: the simple procedure is for low-risk items only. */
export const simpleProcedureLowRisk = defineRule(
  "WP004",
  "error",
  "简易程序仅适用于低风险",
  (item, _context, report) => {
    const a = item.assessment;
    if (a?.procedure === "simple" && (a.risk_level === "medium" || a.risk_level === "high")) {
      report("/assessment/procedure", { level: a.risk_level });
    }
  },
);

import { defineRule } from "./rule.js";

/** WP009: a medium-risk item is implemented only after mitigation, with at least one measure. */
export const mediumRiskNeedsMitigation = defineRule("WP009", "error", "中风险须化解后实施", (item, _c, report) => {
  if (item.assessment?.risk_level !== "medium") return;
  const outcome = item.decision?.outcome;
  if (outcome === "implement") report("/decision/outcome", { outcome }, { key: "WP009.implement" });
  if (outcome === "implement_after_mitigation" && (item.mitigation?.length ?? 0) === 0) {
    report("/decision/outcome", { outcome, id: item.id }, { key: "WP009.noMeasure" });
  }
});

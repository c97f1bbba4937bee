import { pointer } from "../diagnostics/finding.js";
import { defineRule } from "./rule.js";

/** WP017: a mitigation measure past its due date is done (judged at the as-of date). */
export const mitigationOverdue = defineRule(
  "WP017",
  "warning",
  "化解措施逾期未完成",
  (item, { asOf }, report) => {
    item.mitigation?.forEach((m, i) => {
      if (m.due !== undefined && m.due < asOf && m.done_on === undefined) {
        report(pointer("mitigation", i, "due"), { measure: m.measure, due: m.due, id: item.id });
      }
    });
  },
  { asOfDependent: true },
);

import { pointer } from "../diagnostics/finding.js";
import { defineRule } from "./rule.js";

/** WP011: a reviewer with a conflict of interest, or attached to the item's agency or unit, recuses. */
export const reviewerRecusal = defineRule("WP011", "error", "利害关系专家应回避", (item, { config }, report) => {
  const agencyNo = item.assessment?.third_party?.agency;
  const agency = config.agencies?.find((a) => a.registration_no === agencyNo)?.name;
  const unit = config.units.find((u) => u.code === item.unit)?.name;
  item.assessment?.steps?.forEach((step, i) => {
    step.reviewers?.forEach((reviewer, j) => {
      if (reviewer.recused) return;
      const expert = config.experts?.find((e) => e.id === reviewer.expert);
      const affiliations = expert?.affiliations ?? [];
      const attachedTo = [agency, unit].find((name) => name !== undefined && affiliations.includes(name));
      if (!reviewer.conflict_of_interest && attachedTo === undefined) return;
      const params = { expert: reviewer.expert, name: expert?.name, attachedTo };
      report(pointer("assessment", "steps", i, "reviewers", j), params, {
        key: reviewer.conflict_of_interest ? "WP011.conflict" : "WP011.affiliation",
      });
    });
  });
});

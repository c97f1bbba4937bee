import { pointer } from "../diagnostics/finding.js";
import { domainsOf } from "../model/domains.js";
import { nearest } from "../util/nearest.js";
import { defineRule } from "./rule.js";

/** WP003: the unit, domain, third-party agency and reviewers are registered in wenping.yaml. */
export const knownReferences = defineRule(
  "WP003",
  "error",
  "单位、领域、机构、专家须已登记",
  (item, { config }, report) => {
    const units = config.units.map((u) => u.code);
    if (!units.includes(item.unit)) report("/unit", { kind: "unit", value: item.unit, known: units });
    const domains = domainsOf(config).map((d) => d.code);
    if (typeof item.domain === "string" && !domains.includes(item.domain)) {
      const suggestion = nearest(item.domain, domains);
      report("/domain", { kind: "domain", value: item.domain, known: domains, ...(suggestion ? { suggestion } : {}) });
    }
    const agency = item.assessment?.third_party?.agency;
    const agencies = (config.agencies ?? []).map((a) => a.registration_no);
    if (agency !== undefined && !agencies.includes(agency)) {
      report("/assessment/third_party/agency", { kind: "agency", value: agency, known: agencies });
    }
    const experts = (config.experts ?? []).map((e) => e.id);
    item.assessment?.steps?.forEach((step, i) => {
      step.reviewers?.forEach((reviewer, j) => {
        if (!experts.includes(reviewer.expert)) {
          const path = pointer("assessment", "steps", i, "reviewers", j, "expert");
          report(path, { kind: "expert", value: reviewer.expert, known: experts });
        }
      });
    });
  },
);

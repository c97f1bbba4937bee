import { pointer } from "../diagnostics/finding.js";
import { domainsOf } from "../model/domains.js";
import { nearest } from "../util/nearest.js";
import { defineRule } from "./rule.js";

/** What a clerk may have typed instead of a code: its name, or the code in another case; else the nearest code. */
function meant(value: unknown, entries: readonly { code: string; name: string }[]): string | undefined {
  if (typeof value !== "string") return undefined; // a partial record (the wizard's draft) may lack it
  const byName = entries.find((e) => e.name === value.trim() || e.code.toLowerCase() === value.trim().toLowerCase());
  return (
    byName?.code ??
    nearest(
      value,
      entries.map((e) => e.code),
    )
  );
}

/** Codes with their names, as a hint lists them: `JZK(社会救助科)`. */
const labelled = (entries: readonly { code: string; name: string }[]) => entries.map((e) => `${e.code}(${e.name})`);

/** WP003: the unit, domain, third-party agency and reviewers are registered in wenping.yaml. */
export const knownReferences = defineRule(
  "WP003",
  "error",
  "单位、领域、机构、专家须已登记",
  (item, { config }, report) => {
    if (!config.units.some((u) => u.code === item.unit)) {
      const suggestion = meant(item.unit, config.units);
      report("/unit", {
        kind: "unit",
        value: item.unit,
        known: labelled(config.units),
        suggestion,
      });
    }
    const domains = domainsOf(config).map((d) => d.code);
    if (typeof item.domain === "string" && !domains.includes(item.domain)) {
      const suggestion = nearest(item.domain, domains);
      report("/domain", { kind: "domain", value: item.domain, known: domains, suggestion });
    }
    const agency = item.assessment?.third_party?.agency;
    const agencies = (config.agencies ?? []).map((a) => ({ code: a.registration_no, name: a.name }));
    if (agency !== undefined && !agencies.some((a) => a.code === agency)) {
      const suggestion = meant(agency, agencies);
      report("/assessment/third_party/agency", {
        kind: "agency",
        value: agency,
        known: labelled(agencies),
        suggestion,
      });
    }
    const people = (config.experts ?? []).map((e) => ({ code: e.id, name: e.name }));
    const experts = people.map((e) => e.code);
    item.assessment?.steps?.forEach((step, i) => {
      step.reviewers?.forEach((reviewer, j) => {
        if (!experts.includes(reviewer.expert)) {
          const path = pointer("assessment", "steps", i, "reviewers", j, "expert");
          const suggestion = meant(reviewer.expert, people);
          report(path, {
            kind: "expert",
            value: reviewer.expert,
            known: labelled(people),
            suggestion,
          });
        }
      });
    });
  },
);

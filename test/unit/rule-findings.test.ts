// What the rules table (rules.test.ts) does not pin down, found by `npm run mutate` (docs/mutation.md): a record that
// is only listed, the parameters a finding carries for its message, and the titles the rule catalogue prints.
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { render } from "../../src/i18n/index.js";
import type { DecisionItem } from "../../src/model/types.js";
import { checkRecord, rules } from "../../src/rules/index.js";
import { fixtureConfig, listedItem, problemsOf } from "../helpers/check.js";

const context = { config: fixtureConfig(), asOf: "2021-12-31", fileName: "BXMZ-2021-007.yaml" };

const simple = (risk: "low" | "medium" | "high"): DecisionItem => ({
  ...listedItem(),
  assessment: {
    assessor: "self",
    procedure: "simple",
    meeting: { date: "2021-03-10" },
    filed_on: "2021-03-12",
    risk_level: risk,
  },
});

describe("rules on what a record does not have yet", () => {
  it("a listed item with no assessment or decision breaks no rule (and no rule trips over the missing parts)", () => {
    expect(checkRecord(listedItem(), context)).toEqual([]);
  });
});

describe("the parameters a finding carries for its message", () => {
  it.each(["medium", "high"] as const)("WP004: the simple procedure at %s risk names the level", (risk) => {
    const found = checkRecord(simple(risk), context).filter((f) => f.code === "WP004");
    expect(found).toEqual([
      { code: "WP004", severity: "error", path: "/assessment/procedure", params: { level: risk } },
    ]);
  });

  it("WP004: the simple procedure at low risk is fine", () => {
    expect(checkRecord(simple("low"), context).filter((f) => f.code === "WP004")).toEqual([]);
  });

  it("WP008: a high-risk item implemented names the outcome", () => {
    const item: DecisionItem = { ...simple("high"), decision: { outcome: "implement", decided_on: "2021-04-20" } };
    const found = checkRecord(item, context).filter((f) => f.code === "WP008");
    expect(found).toEqual([
      { code: "WP008", severity: "error", path: "/decision/outcome", params: { outcome: "implement" } },
    ]);
  });
});

describe("hints that name the command to run", () => {
  it.each([
    ["low", "implement", "WP010"],
    ["medium", "implement_after_mitigation", "WP009"],
  ] as const)("at %s risk, %s without measures: the %s hint names this item's id", (risk, outcome, code) => {
    const item: DecisionItem = { ...simple(risk), decision: { outcome, decided_on: "2021-04-20" } };
    const [found] = checkRecord(item, context).filter((f) => f.code === code);
    for (const lang of ["zh", "en"] as const) {
      const { hint } = render({ ...found!, line: 1, column: 1 }, lang);
      expect(hint).toContain(`wenping next ${item.id}`);
    }
  });

  // WP017 is judged at the as-of date on the cached as-of inputs, not the record: the id must travel with them.
  it("a measure overdue: the WP017 hint names this item's id for next and edit, through the checking pipeline", () => {
    const item: DecisionItem = {
      ...simple("low"),
      decision: { outcome: "implement", decided_on: "2021-04-20" },
      mitigation: [{ measure: "政策解读", owner: "JZK", due: "2021-05-01" }],
    };
    for (const lang of ["zh", "en"] as const) {
      const found = problemsOf(stringify(item), { asOf: "2021-12-31", lang }).filter((p) => p.code === "WP017");
      expect(found).toHaveLength(1);
      expect(found[0]?.hint).toContain(`wenping next ${item.id}`);
      expect(found[0]?.hint).toContain(`wenping edit ${item.id}`);
    }
  });
});

describe("the rule catalogue", () => {
  it("every rule has its own code and a title", () => {
    expect(new Set(rules.map((r) => r.code)).size).toBe(rules.length);
    for (const rule of rules) expect(rule.title.trim().length).toBeGreaterThan(0);
  });
});

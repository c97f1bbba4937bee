import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { render } from "../../src/i18n/index.js";
import type { DecisionItem } from "../../src/model/types.js";
import { asOfRules } from "../../src/rules/as-of.js";
import { checkRecord, duplicateIds, rules } from "../../src/rules/index.js";
import { allSchemas, decisionItemSchema } from "../../src/schema/definitions.js";
import { domainChoices } from "../../src/wizard/questions.js";
import { fixtureConfig, listedItem } from "../helpers/check.js";

const STEPS = ["plan", "consult", "analyze", "determine_risk", "report", "review", "file"] as const;
const sevenSteps = (from = "2021-03-05") =>
  STEPS.map((step, i) => ({
    step,
    date: from.replace(/\d\d$/, String(5 + i).padStart(2, "0")),
    ...(step === "review" ? { reviewers: [{ expert: "E001" }] } : {}),
  }));

/** A complete, clean third-party ordinary assessment decided after mitigation; each case changes one thing. */
function base(): DecisionItem {
  return {
    ...listedItem(),
    assessment: {
      assessor: "third_party",
      procedure: "ordinary",
      third_party: { agency: "LN-WP-2020-013", procurement: "open_tender" },
      steps: sevenSteps(),
      risk_level: "medium",
    },
    decision: { outcome: "implement_after_mitigation", decided_on: "2021-04-20" },
    mitigation: [{ measure: "政策解读", due: "2021-05-30", done_on: "2021-05-20" }],
    tracking: [{ date: "2021-06-10" }],
  };
}

type Case = [name: string, change: (item: DecisionItem) => void, expected: string[]];

const cases: Case[] = [
  ["the base record is clean", () => {}, []],
  [
    "unknown unit",
    (i) => {
      i.unit = "XXX";
    },
    ["WP003 /unit"],
  ],
  [
    "a domain outside the default list when wenping.yaml declares none",
    (i) => {
      i.domain = "funeral";
    },
    ["WP003 /domain"],
  ],
  [
    "unknown agency",
    (i) => {
      i.assessment!.third_party!.agency = "NO";
    },
    ["WP003 /assessment/third_party/agency"],
  ],
  [
    "simple with medium risk",
    (i) => {
      Object.assign(i.assessment!, { procedure: "simple", steps: undefined, filed_on: "2021-04-02" });
    },
    ["WP004 /assessment/procedure"],
  ],
  [
    "simple with low risk is fine",
    (i) => {
      Object.assign(i.assessment!, {
        procedure: "simple",
        steps: undefined,
        filed_on: "2021-04-02",
        risk_level: "low",
      });
      i.decision!.outcome = "implement";
    },
    [],
  ],
  [
    "a step missing in the middle",
    (i) => {
      i.assessment!.steps!.splice(2, 1);
    },
    ["WP005 /assessment/steps/2/step"],
  ],
  [
    "steps so far without a gap are fine (assessment in progress)",
    (i) => {
      i.assessment!.steps!.splice(3);
      delete i.decision;
      delete i.assessment!.risk_level;
    },
    [],
  ],
  [
    "a step repeated",
    (i) => {
      i.assessment!.steps!.splice(2, 0, { step: "consult", date: "2021-03-06" });
    },
    ["WP005 /assessment/steps/2/step"],
  ],
  [
    "a date before listed_on",
    (i) => {
      i.assessment!.steps![0]!.date = "2021-03-01";
    },
    ["WP006 /assessment/steps/0/date"],
  ],
  [
    "decided before completion",
    (i) => {
      i.decision!.decided_on = "2021-03-10";
      i.tracking = [{ date: "2021-04-10" }];
    },
    ["WP006 /decision/decided_on"],
  ],
  [
    "decided without the file step",
    (i) => {
      i.assessment!.steps!.pop();
    },
    ["WP007 /decision"],
  ],
  [
    "decided without a risk level",
    (i) => {
      delete i.assessment!.risk_level;
    },
    ["WP007 /decision"],
  ],
  [
    "high risk implemented after mitigation",
    (i) => {
      i.assessment!.risk_level = "high";
    },
    ["WP008 /decision/outcome"],
  ],
  [
    "high risk not implemented is fine",
    (i) => {
      i.assessment!.risk_level = "high";
      i.decision!.outcome = "not_implement";
    },
    [],
  ],
  [
    "medium risk implemented directly",
    (i) => {
      i.decision!.outcome = "implement";
    },
    ["WP009 /decision/outcome"],
  ],
  [
    "medium risk after mitigation without measures",
    (i) => {
      delete i.mitigation;
    },
    ["WP009 /decision/outcome"],
  ],
  [
    "low risk implemented without measures",
    (i) => {
      i.assessment!.risk_level = "low";
      i.decision!.outcome = "implement";
      delete i.mitigation;
    },
    ["WP010 /decision/outcome"],
  ],
  [
    "reviewer with a conflict not recused",
    (i) => {
      i.assessment!.steps![5]!.reviewers = [{ expert: "E001", conflict_of_interest: true }];
    },
    ["WP011 /assessment/steps/5/reviewers/0"],
  ],
  [
    "reviewer with a conflict who recused is fine",
    (i) => {
      i.assessment!.steps![5]!.reviewers = [{ expert: "E001", conflict_of_interest: true, recused: true }];
    },
    [],
  ],
  [
    "reviewer attached to the agency",
    (i) => {
      i.assessment!.steps![5]!.reviewers = [{ expert: "E002" }];
    },
    ["WP011 /assessment/steps/5/reviewers/0"],
  ],
  [
    "unknown reviewer",
    (i) => {
      i.assessment!.steps![5]!.reviewers = [{ expert: "E999" }];
    },
    ["WP003 /assessment/steps/5/reviewers/0/expert"],
  ],
  [
    "sensitive, high initial risk, self-assessed",
    (i) => {
      i.sensitive = ["nimby"];
      i.initial_risk = "high";
      Object.assign(i.assessment!, {
        assessor: "self",
        third_party: undefined,
        participants: ["party_government", "judicial", "npc_deputy", "cppcc_member", "expert", "public_representative"],
      });
    },
    ["WP012 /assessment/assessor"],
  ],
  [
    "self-assessment missing groups",
    (i) => {
      Object.assign(i.assessment!, { assessor: "self", third_party: undefined, participants: ["expert"] });
    },
    ["WP013 /assessment/participants"],
  ],
  [
    "project outside the feasibility study",
    (i) => {
      i.category = "project";
    },
    ["WP014 /assessment"],
  ],
  [
    "project inside the feasibility study is fine",
    (i) => {
      i.category = "project";
      i.assessment!.in_feasibility_study = true;
    },
    [],
  ],
  [
    "special without standard",
    (i) => {
      i.assessment!.procedure = "special";
    },
    ["WP015 /assessment/procedure"],
  ],
  [
    "special with a blank standard",
    (i) => {
      Object.assign(i.assessment!, { procedure: "special", standard: "  " });
    },
    ["WP015 /assessment/procedure"],
  ],
  [
    "no tracking within 90 days",
    (i) => {
      i.tracking = [{ date: "2021-08-01" }];
    },
    ["WP016 /decision/decided_on"],
  ],
  [
    "tracking on day 90 is in time",
    (i) => {
      i.tracking = [{ date: "2021-07-19" }];
    },
    [],
  ],
  [
    "measure overdue and not done",
    (i) => {
      delete i.mitigation![0]!.done_on;
    },
    ["WP017 /mitigation/0/due"],
  ],
  [
    "a decision after today (the clock, 2021-12-31)",
    (i) => {
      i.decision!.decided_on = "2022-01-01";
      i.tracking = [];
      delete i.mitigation![0]!.done_on;
      i.mitigation![0]!.due = "2022-03-01";
    },
    ["WP018 /decision/decided_on"],
  ],
  [
    "every kind of happened date after today is found, a measure's due ahead is not",
    (i) => {
      i.listed_on = "2022-01-01";
      for (const s of i.assessment!.steps!) s.date = "2022-01-02";
      i.decision!.decided_on = "2022-01-03";
      i.mitigation = [{ measure: "m", due: "2022-06-01", done_on: "2022-01-04" }];
      i.tracking = [{ date: "2022-01-05" }];
    },
    [
      "WP018 /listed_on",
      ...STEPS.map((_, n) => `WP018 /assessment/steps/${n}/date`),
      "WP018 /decision/decided_on",
      "WP018 /mitigation/0/done_on",
      "WP018 /tracking/0/date",
    ],
  ],
  [
    "a simple procedure's meeting and filing after today",
    (i) => {
      Object.assign(i.assessment!, {
        procedure: "simple",
        steps: undefined,
        meeting: { date: "2022-02-01" },
        filed_on: "2022-02-02",
        risk_level: "low",
      });
      delete i.decision;
      delete i.mitigation;
      delete i.tracking;
    },
    ["WP018 /assessment/meeting/date", "WP018 /assessment/filed_on"],
  ],
  [
    "today itself is fine",
    (i) => {
      i.mitigation![0]!.done_on = "2021-12-31";
    },
    [],
  ],
  [
    "a tracking entry before the decision",
    (i) => {
      i.tracking = [{ date: "2021-04-20" }, { date: "2021-04-19" }, { date: "2021-06-10" }];
    },
    ["WP019 /tracking/1/date"],
  ],
  [
    "a review step without reviewers",
    (i) => {
      delete i.assessment!.steps![5]!.reviewers;
    },
    ["WP020 /assessment/steps/5/step"],
  ],
  [
    "a review step with an empty list of reviewers",
    (i) => {
      i.assessment!.steps![5]!.reviewers = [];
    },
    ["WP020 /assessment/steps/5/step"],
  ],
  [
    "the same expert twice in one review, once per repeat",
    (i) => {
      i.assessment!.steps![5]!.reviewers = [
        { expert: "E001" },
        { expert: "E004" },
        { expert: "E001" },
        { expert: "E001" },
      ];
    },
    ["WP021 /assessment/steps/5/reviewers/2/expert", "WP021 /assessment/steps/5/reviewers/3/expert"],
  ],
];

describe("rules, one change at a time (as of 2021-12-31)", () => {
  it.each(cases)("%s", (_name, change, expected) => {
    const item = base();
    change(item);
    const context = { config: fixtureConfig(), asOf: "2021-12-31", today: "2021-12-31", fileName: `${item.id}.yaml` };
    expect(checkRecord(item, context).map((f) => `${f.code} ${f.path}`)).toEqual(expected);
  });
});

describe("rules judged at the as-of date", () => {
  const item = () => {
    const i = base();
    i.tracking = [];
    delete i.mitigation![0]!.done_on;
    return i;
  };
  it.each([
    ["2021-05-30", []],
    ["2021-05-31", ["WP017"]],
    ["2021-07-19", ["WP017"]],
    ["2021-07-20", ["WP016", "WP017"]],
  ])("as of %s", (asOf, codes) => {
    expect(checkRecord(item(), { config: fixtureConfig(), asOf }).map((f) => f.code)).toEqual(codes);
  });
});

describe("WP018 judges the computer's clock, not the as-of date", () => {
  const item = () => {
    const i = base();
    i.tracking = [{ date: "2021-06-10" }];
    return i;
  };
  it.each([
    // [as-of, today, codes]: a table "as of" an earlier day may read records holding later facts.
    ["2021-05-01", "2021-12-31", []],
    ["2021-12-31", "2021-06-09", ["WP018"]],
    ["2021-12-31", "2021-06-10", []],
  ])("as of %s, today %s", (asOf, today, codes) => {
    const found = checkRecord(item(), { config: fixtureConfig(), asOf, today }).filter((f) => f.code === "WP018");
    expect(found.map((f) => f.code)).toEqual(codes);
  });
});

describe("the new rules never throw on partial or odd records", () => {
  const newRules = rules.filter((r) => ["WP018", "WP019", "WP020", "WP021"].includes(r.code));
  // Any leaf value; containers are absent or of their type (a draft is partial, the schema guards the types).
  const loose = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.date().map(String));
  const none = fc.constant(undefined);
  const shaped = fc.record(
    {
      listed_on: loose,
      assessment: fc.oneof(
        none,
        fc.record(
          {
            meeting: fc.oneof(none, fc.record({ date: loose })),
            filed_on: loose,
            steps: fc.oneof(
              none,
              fc.array(
                fc.oneof(
                  loose,
                  fc.record(
                    {
                      step: fc.constantFrom("plan", "review", "file"),
                      date: loose,
                      reviewers: fc.oneof(none, fc.array(fc.oneof(loose, fc.record({ expert: loose })))),
                    },
                    { requiredKeys: [] },
                  ),
                ),
              ),
            ),
          },
          { requiredKeys: [] },
        ),
      ),
      decision: fc.oneof(none, fc.record({ decided_on: loose }, { requiredKeys: [] })),
      mitigation: fc.oneof(none, fc.array(fc.oneof(loose, fc.record({ done_on: loose }, { requiredKeys: [] })))),
      tracking: fc.oneof(none, fc.array(fc.oneof(loose, fc.record({ date: loose }, { requiredKeys: [] })))),
    },
    { requiredKeys: [] },
  );
  it("gives findings or none, never an exception", () => {
    fc.assert(
      fc.property(shaped, (item) => {
        for (const rule of newRules) {
          const found = rule.check(item as unknown as DecisionItem, {
            config: fixtureConfig(),
            asOf: "2021-12-31",
            today: "2021-12-31",
          });
          expect(Array.isArray(found)).toBe(true);
        }
      }),
    );
  });
});

describe("domains follow wenping.yaml", () => {
  const config = () => ({ ...fixtureConfig(), domains: [{ code: "funeral", name: "殡葬管理" }] });
  it.each([
    ["funeral", []],
    ["basic_livelihood", ["WP003 /domain"]], // a declared list replaces the default one
  ])("%s", (domain, expected) => {
    const item = { ...base(), domain };
    const found = checkRecord(item, {
      config: config(),
      asOf: "2021-12-31",
      today: "2021-12-31",
      fileName: `${item.id}.yaml`,
    });
    expect(found.map((f) => `${f.code} ${f.path}`)).toEqual(expected);
  });

  it("a misspelt domain is told the nearest declared one", () => {
    const item = { ...base(), domain: "funerl" };
    const [found] = checkRecord(item, { config: config(), asOf: "2021-12-31", today: "2021-12-31" });
    expect(found?.params?.suggestion).toBe("funeral");
    expect(render({ ...found!, line: 1, column: 1 }, "zh").hint).toContain("是否应为 funeral");
  });

  it("the wizard offers the declared domains, by name", () => {
    expect(domainChoices(config(), "zh")).toEqual([{ value: "funeral", name: "殡葬管理" }]);
    expect(domainChoices(fixtureConfig(), "en").map((c) => c.name)).toContain("elderly care");
  });

  it("the editors' schema lists them; the validating one takes any code", () => {
    const editors = allSchemas([{ code: "funeral", name: "殡葬管理" }])["decision-item.schema.json"] as {
      properties: { domain: { enum?: string[] } };
    };
    expect(editors.properties.domain.enum).toEqual(["funeral"]);
    const validating = decisionItemSchema() as { properties: { domain: { enum?: string[] } } };
    expect(validating.properties.domain.enum).toBeUndefined();
  });
});

describe("WP001 and WP002", () => {
  it("finds every file sharing an id, naming the others", () => {
    const found = duplicateIds([
      { file: "a.yaml", id: "X-1" },
      { file: "b.yaml", id: "X-1" },
      { file: "c.yaml", id: "X-2" },
    ]);
    expect([...found.keys()]).toEqual(["a.yaml", "b.yaml"]);
    expect(found.get("a.yaml")?.params?.others).toEqual(["b.yaml"]);
  });

  it("WP002 accepts <id>.yaml and <id>.yml only", () => {
    const rule = rules.find((r) => r.code === "WP002");
    const check = (fileName: string) =>
      rule?.check(base(), { config: fixtureConfig(), asOf: "2021-12-31", fileName }).length;
    expect([
      check("BXMZ-2021-007.yaml"),
      check("BXMZ-2021-007.yml"),
      check("bxmz-2021-007.yaml"),
      check("BXMZ-2021-7.yaml"),
    ]).toEqual([0, 0, 1, 1]);
  });

  it("every rule has a distinct code", () => {
    const codes = rules.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toHaveLength(20);
  });

  it("runs exactly the as-of rules on cached records (the list a cached run loads on its own)", () => {
    expect(asOfRules.map((r) => r.code)).toEqual(rules.filter((r) => r.asOfDependent === true).map((r) => r.code));
    expect(asOfRules.map((r) => r.code)).toEqual(["WP016", "WP017", "WP018"]);
  });
});

describe("WP003 tells what a clerk may have meant", () => {
  const at = (item: DecisionItem, path: string) =>
    checkRecord(item, { config: fixtureConfig(), asOf: "2021-12-31", today: "2021-12-31" }).find(
      (f) => f.code === "WP003" && f.path === path,
    );
  it.each([
    ["a unit's name for its code", "社会救助科", "JZK"],
    ["a code in the wrong case", "jzk", "JZK"],
    ["something else entirely", "完全不同的单位", undefined],
  ])("%s", (_what, unit, suggestion) => {
    const found = at({ ...base(), unit }, "/unit");
    expect(found?.params?.suggestion).toBe(suggestion);
    const hint = render({ ...found!, line: 1, column: 1 }, "zh").hint ?? "";
    expect(hint).toContain("JZK(社会救助科)"); // codes listed with their names
  });
});

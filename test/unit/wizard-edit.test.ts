/** `wenping edit ID`: saved answers changed through the wizard's own checked questions, comments and order kept. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { screen } from "@inquirer/testing/vitest";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { runEdit } from "../../src/commands/edit.js";
import { problemsOf } from "../helpers/check.js";
import { decided } from "../helpers/records.js";
import { answer, ENTER, pick as pickLine, prompter, tidyWizard, waitFor } from "../helpers/wizard.js";
import { wizardWorkspace } from "../helpers/wizard-workspace.js";

afterEach(tidyWizard);

/** A decided simple-procedure item with a measure and a tracking entry, and comments the edit must keep. */
const DECIDED = `# 简易程序事项(注释保留)
${decided().replace("title: 调整临时救助审批权限\n", "title: 调整临时救助审批权限   # 事项名称\n")}mitigation:
  - { measure: 印发办事指南, owner: JZK, due: 2026-04-30 }
tracking:
  - { date: 2026-05-01, risk_level: low }
`;

const FILE = "JZK-2026-003.yaml";

/** Picks the line containing `label` in the select showing `prompt` (edit's menu of answers by default). */
const pick = (label: string, prompt = "要修改哪一项") => pickLine(label, prompt);

describe("wenping edit, driven through the real prompts", () => {
  it("changes the decision date and closes a measure, refusing a date after today and one out of order", async () => {
    const ws = wizardWorkspace({ [FILE]: DECIDED });
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const run = runEdit({ context: ws.context, id: "JZK-2026-003", noInput: false, prompter });
    await pick("决策日期:2026-03-25");
    await waitFor("决策日期");
    expect(screen.getScreen()).toContain("2026-03-25"); // the old answer is the default
    screen.type("2099-01-01");
    screen.keypress("enter");
    await waitFor("在今天");
    screen.keypress({ name: "u", ctrl: true });
    await answer("决策日期", "2026-03-10"); // before the filing: refused by the same rule as validate
    await waitFor("早于");
    screen.keypress({ name: "u", ctrl: true });
    await answer("决策日期", "2026-03-28");
    await pick("防范化解措施(1 项)");
    await pick("修改某一项", "要做什么");
    await pick("印发办事指南", "选择防范化解措施");
    await pick("完成日期", "「1. 印发办事指南」要修改哪一项");
    await answer("完成日期", "2026-04-20");
    await pick("返回上一题", "防范化解措施(1 项):要做什么"); // the list's menu, back to the answers
    await answer("要修改哪一项", ENTER); // save and finish
    expect(await run).toBe(0);
    const text = readFileSync(join(ws.dir, "records", FILE), "utf8");
    expect(text).toContain("# 简易程序事项(注释保留)");
    expect(text).toContain("# 事项名称");
    const data = parse(text);
    expect(data.decision.decided_on).toBe("2026-03-28");
    expect(data.mitigation[0].done_on).toBe("2026-04-20");
    expect(Object.keys(data)).toEqual(Object.keys(parse(DECIDED)));
    expect(problemsOf(text, { asOf: "2026-11-27" }).filter((p) => p.severity === "error")).toEqual([]);
  });

  it("changing the procedure asks what the new one needs and drops what it no longer has", async () => {
    const ws = wizardWorkspace({ [FILE]: DECIDED.replace(/decision:.*\nmitigation:\n.*\ntracking:\n.*\n/, "") });
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const run = runEdit({ context: ws.context, id: "JZK-2026-003", noInput: false, prompter });
    await pick("评估主体:");
    await answer("评估主体", { keys: ["down", "enter"] }); // third party
    await answer("受托第三方机构", ENTER);
    await answer("第三方机构的选定方式", ENTER);
    await answer("要修改哪一项", ENTER);
    expect(await run).toBe(0);
    const data = parse(readFileSync(join(ws.dir, "records", FILE), "utf8"));
    expect(data.assessment.assessor).toBe("third_party");
    expect(data.assessment.third_party.agency).toBeDefined();
    expect(data.assessment.participants).toBeUndefined(); // asked of self-assessment only
  });
});

describe("wenping edit: a change the rules refuse", () => {
  /** Changes the decision date, then the procedure to the seven steps (none recorded: the decision cannot stand). */
  async function refusedEdit() {
    const ws = wizardWorkspace({ [FILE]: DECIDED });
    const out: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((s) => {
      out.push(String(s));
      return true;
    });
    const run = runEdit({ context: ws.context, id: "JZK-2026-003", noInput: false, prompter });
    await pick("决策日期:2026-03-25");
    await answer("决策日期", "2026-03-28");
    await pick("评估程序:");
    await answer("评估程序", { keys: ["down", "enter"] }); // 普通程序
    await answer("要修改哪一项", ENTER); // save and finish: refused, nothing written yet
    await waitFor("怎么办");
    expect(out.join("")).toContain("这样修改后记录会有下列问题,还没有保存");
    expect(readFileSync(join(ws.dir, "records", FILE), "utf8")).toBe(DECIDED);
    return { ws, run, out };
  }

  it("goes back to the menu with every change kept; mended, it saves them all", async () => {
    const { ws, run } = await refusedEdit();
    await answer("怎么办", ENTER); // back to the menu
    await pick("评估程序:");
    await answer("评估程序", { keys: ["up", "enter"] }); // 简易程序 again
    await answer("要修改哪一项", ENTER);
    expect(await run).toBe(0);
    const data = parse(readFileSync(join(ws.dir, "records", FILE), "utf8"));
    expect(data.decision.decided_on).toBe("2026-03-28"); // the first change was not lost to the refused one
    expect(data.assessment).toEqual(parse(DECIDED).assessment); // the simple procedure's answers came back whole
    const errors = problemsOf(readFileSync(join(ws.dir, "records", FILE), "utf8"), { asOf: "2026-11-27" });
    expect(errors.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("dropped, nothing is written and the exit says it was refused", async () => {
    const { ws, run, out } = await refusedEdit();
    await answer("怎么办", { keys: ["down", "enter"] });
    expect(await run).toBe(2);
    expect(out.join("")).toContain("本次的修改没有保存,原记录未改动");
    expect(readFileSync(join(ws.dir, "records", FILE), "utf8")).toBe(DECIDED);
  });
});

describe("wenping edit --answers (scripts)", () => {
  it("sets a measure's done_on by position and keeps the rest, saying each change before 已保存", async () => {
    const ws = wizardWorkspace({ [FILE]: DECIDED });
    const out: string[] = [];
    vi.spyOn(process.stdout, "write").mockImplementation((s) => {
      out.push(String(s));
      return true;
    });
    writeFileSync(join(ws.dir, "e.yaml"), "mitigation:\n  - { done_on: 2026/4/20, measure: 印发办事指南 }\n");
    expect(await runEdit({ context: ws.context, id: "JZK-2026-003", noInput: true, answers: "e.yaml" })).toBe(0);
    // Only what differs, old → new (a measure replaced by position would show here, not pass in silence).
    const said = out.join("");
    expect(said).toMatch(/本次修改:\n {2}mitigation\[0\]\.done_on(\(.+\))?: \(空\) → 2026-04-20\n已保存/);
    const data = parse(readFileSync(join(ws.dir, "records", FILE), "utf8"));
    expect(data.mitigation[0]).toEqual({
      measure: "印发办事指南",
      owner: "JZK",
      due: "2026-04-30",
      done_on: "2026-04-20",
    });
  });

  it("refuses a change the rules forbid, writing nothing", async () => {
    const ws = wizardWorkspace({ [FILE]: DECIDED });
    writeFileSync(join(ws.dir, "e.yaml"), "assessment: { risk_level: high }\n");
    await expect(
      runEdit({ context: ws.context, id: "JZK-2026-003", noInput: true, answers: "e.yaml" }),
    ).rejects.toThrow("答案文件中有问题");
    expect(readFileSync(join(ws.dir, "records", FILE), "utf8")).toBe(DECIDED);
  });
});

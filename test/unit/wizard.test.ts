import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { screen } from "@inquirer/testing/vitest";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runNew } from "../../src/commands/new.js";
import { runNext } from "../../src/commands/next.js";
import { problemsOf } from "../helpers/check.js";
import { registered } from "../helpers/records.js";
import { answer, DOWN_ENTER, ENTER, notes, prompter, tidyWizard, UP_ENTER, waitFor } from "../helpers/wizard.js";
import { onlyRecord, wizardWorkspace } from "../helpers/wizard-workspace.js";

afterEach(tidyWizard);

const recordFile = (dir: string) => onlyRecord(dir).path;

const ITEM_LOW: [string, Parameters<typeof answer>[1]][] = [
  ["事项名称", "调整临时救助标准"],
  ["责任单位", DOWN_ENTER], // JZK
  ["事项类别", ENTER], // policy
  ["所属领域", ENTER],
  ["敏感类型", ENTER],
  ["初始风险预判", ENTER], // low
  ["纳入计划清单日期", "2026-11-02"],
  ["事项概况", "全市约 3000 户"],
  ["是否登记主要风险点", ENTER], // no
  ["事项编号", ENTER], // the proposed id
];

describe("wenping new, driven through the real prompts", () => {
  it("registers an item and walks the simple procedure to the decision; the record validates", async () => {
    const ws = wizardWorkspace();
    const run = runNew({ context: ws.context, noInput: false, resume: false, prompter });
    for (const [prompt, action] of ITEM_LOW) await answer(prompt, action);
    await answer("是否继续", ENTER);
    await answer("评估主体", ENTER); // self
    await answer("参与评估的各方", ENTER); // all six are ticked by default
    await answer("评估程序", ENTER); // simple is offered: the initial risk is low
    await answer("是否继续", ENTER);
    await answer("专题会议日期", "2026-11-10");
    await answer("专题会议纪要", "认为风险可控");
    await answer("报备日期", "2026年11月12日");
    await answer("风险等级", ENTER); // low
    await answer("是否继续", ENTER);
    await answer("决策结果", ENTER); // implement
    await answer("是否登记风险防范化解措施", UP_ENTER);
    await answer("措施内容", "印发办事指南");
    await answer("责任单位", ENTER);
    await answer("完成时限", "");
    await answer("是否再登记一条措施", ENTER);
    await answer("决策日期", "2026/11/20");
    await answer("决策机关", ENTER);
    await answer("是否继续", DOWN_ENTER); // stop before tracking
    expect(await run).toBe(0);
    const path = recordFile(ws.dir);
    // No item yet: the proposed id takes the unit's code, the year and 001.
    expect(path.endsWith("JZK-2026-001.yaml")).toBe(true);
    const text = readFileSync(path, "utf8");
    expect(text).toContain("filed_on: 2026-11-12");
    expect(text).toContain("decided_on: 2026-11-20");
    expect(problemsOf(text, { asOf: "2026-11-27" })).toEqual([]);
  });

  // At a list of choices, the last choice goes back; so does typing < as the tip says (before the back choice
  // began with <, the list's type-to-find matched nothing and Enter picked the marked choice: 否 as a fact).
  for (const [how, back] of [
    ["choosing the last choice", UP_ENTER],
    ["typing <", "<"],
  ] as const) {
    it(`goes back to the previous question by ${how}`, async () => {
      const ws = wizardWorkspace();
      const run = runNew({ context: ws.context, noInput: false, resume: false, prompter });
      await answer("事项名称", "错误的名称");
      await answer("责任单位", ENTER);
      await answer("事项类别", back);
      await answer("责任单位", back); // back again, to the title
      await waitFor("事项名称");
      screen.type("正确的名称");
      screen.keypress("enter");
      for (const [prompt, action] of ITEM_LOW.slice(1)) await answer(prompt, action);
      await answer("是否继续", DOWN_ENTER);
      expect(await run).toBe(0);
      expect(readFileSync(recordFile(ws.dir), "utf8")).toContain("title: 正确的名称");
    });
  }

  it("refuses a date that is no date, and one before the listing, saying how to fix it", async () => {
    const ws = wizardWorkspace();
    const run = runNew({ context: ws.context, noInput: false, resume: false, prompter });
    for (const [prompt, action] of ITEM_LOW.slice(0, 6)) await answer(prompt, action);
    // A real-looking date is told what is impossible in it, not the form it was typed in.
    for (const [typed, said] of [
      ["2026年13月1日", "没有 13 月"],
      ["2026/2/30", "2 月没有 30 日"],
      ["２０２６－２－３０", "2 月没有 30 日"],
      ["2026-2", "日期格式不对"],
    ] as const) {
      await answer("纳入计划清单日期", typed);
      expect(screen.getScreen()).toContain(said);
      screen.keypress({ name: "u", ctrl: true });
    }
    for (const [prompt, action] of ITEM_LOW.slice(6)) await answer(prompt, action);
    await answer("是否继续", ENTER);
    await answer("评估主体", ENTER);
    await answer("参与评估的各方", ENTER);
    await answer("评估程序", ENTER);
    await answer("是否继续", ENTER);
    await answer("专题会议日期", "2026-10-01");
    expect(screen.getScreen()).toContain("早于纳入计划清单日期");
    screen.keypress({ name: "c", ctrl: true });
    expect(await run).toBe(130);
  });

  it("keeps a draft on Ctrl-C and resumes it with --resume", async () => {
    const ws = wizardWorkspace();
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const first = runNew({ context: ws.context, noInput: false, resume: false, prompter });
    for (const [prompt, action] of ITEM_LOW.slice(0, 4)) await answer(prompt, action);
    await waitFor("敏感类型");
    screen.keypress({ name: "c", ctrl: true });
    expect(await first).toBe(130);
    expect(out.mock.calls.map((c) => String(c[0])).join("")).toContain("wenping new --resume");
    out.mockRestore();
    screen.clear();
    expect(existsSync(join(ws.dir, ".wenping", "drafts", "new.yaml"))).toBe(true);
    const second = runNew({ context: ws.context, noInput: false, resume: true, prompter });
    // The title, unit, category and domain come from the draft: the first question is the fifth.
    for (const [prompt, action] of ITEM_LOW.slice(4)) await answer(prompt, action);
    await answer("是否继续", DOWN_ENTER);
    expect(await second).toBe(0);
    expect(readFileSync(recordFile(ws.dir), "utf8")).toContain("title: 调整临时救助标准");
    expect(existsSync(join(ws.dir, ".wenping", "drafts", "new.yaml"))).toBe(false);
  });
});

describe("resuming keeps what was deliberately left empty", () => {
  it("does not ask again an optional question answered with nothing", async () => {
    const ws = wizardWorkspace();
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const first = runNew({ context: ws.context, noInput: false, resume: false, prompter });
    for (const [prompt, action] of ITEM_LOW.slice(0, 7)) await answer(prompt, action);
    await answer("事项概况", ""); // left empty on purpose
    await answer("是否登记主要风险点", ENTER);
    await waitFor("事项编号");
    screen.keypress({ name: "c", ctrl: true });
    expect(await first).toBe(130);
    out.mockRestore();
    screen.clear();
    const second = runNew({ context: ws.context, noInput: false, resume: true, prompter });
    await waitFor("事项编号");
    expect(screen.getScreen()).not.toContain("事项概况");
    screen.keypress("enter");
    await answer("是否继续", DOWN_ENTER);
    expect(await second).toBe(0);
    expect(readFileSync(recordFile(ws.dir), "utf8")).not.toContain("overview");
  });
});

const ORDINARY = `# 本事项由社会救助科登记(这条注释要保留)
${registered({
  id: "BXMZ-2026-020",
  title: "提高特困人员供养标准  # 名称注释", // a comment the wizard must keep
  category: "policy",
  initial_risk: "medium",
  listed_on: "2026-11-02",
})}assessment:
  assessor: third_party
  procedure: ordinary
  third_party: { agency: LN-WP-2020-013, procurement: inquiry }
  steps:
    - { step: plan, date: 2026-11-03, summary: 方案 }
`;

describe("wenping next, driven through the real prompts", () => {
  it("enters the seven steps over two sittings, keeping the clerk's comments, and asks reviewers about conflicts", async () => {
    const ws = wizardWorkspace({ "BXMZ-2026-020.yaml": ORDINARY });
    const path = join(ws.dir, "records", "BXMZ-2026-020.yaml");
    const first = runNext({ context: ws.context, id: "BXMZ-2026-020", noInput: false, prompter });
    await answer("「听取意见」完成日期", "2026-11-05");
    await answer("「听取意见」工作情况", "");
    await answer("听取意见方式", { keys: ["space", "enter"] });
    await answer("征求意见人数", "１００"); // full-width digits, as a Chinese input method types them
    await answer("其中赞成人数", "90");
    await answer("其中反对人数", "20");
    expect(screen.getScreen()).toContain("不能超过征求意见人数");
    screen.keypress("backspace");
    screen.keypress("backspace");
    await answer("其中反对人数", "5");
    await answer("是否继续", DOWN_ENTER);
    expect(await first).toBe(0);
    expect(readFileSync(path, "utf8")).toContain("# 本事项由社会救助科登记(这条注释要保留)");
    expect(readFileSync(path, "utf8")).toContain("# 名称注释");

    const second = runNext({ context: ws.context, id: "BXMZ-2026-020", noInput: false, prompter });
    await answer("「分析论证」完成日期", "2026-11-08");
    for (let i = 0; i < 5; i++) await answer(i === 0 ? "工作情况" : "结论", "");
    await answer("是否继续", ENTER);
    await answer("「确定风险」完成日期", "2026-11-09");
    await answer("工作情况", "");
    await answer("风险等级", ENTER); // medium: the initial judgement, pointed at
    await answer("是否继续", ENTER);
    await answer("「编制报告」完成日期", "2026-11-10");
    await answer("工作情况", "");
    await answer("是否继续", ENTER);
    await answer("「组织评审」完成日期", "2026-11-11");
    await answer("工作情况", "");
    // A review names its reviewers (WP020): the first is asked straight away, not offered as "是否登记评审专家?".
    await answer("评审专家", ENTER); // E001 张某
    await answer("张某 与本事项是否存在利害关系", UP_ENTER); // yes
    await answer("张某 是否已回避", DOWN_ENTER); // no: refused
    expect(notes.join("\n")).toContain("存在利害关系却未回避");
    await answer("张某 是否已回避", ENTER); // yes
    await answer("是否再登记一位评审专家", ENTER); // no
    await answer("是否继续", ENTER);
    await answer("「审查报备」完成日期", "2026-11-12");
    await answer("工作情况", "");
    await answer("报备机关", ENTER);
    await answer("是否继续", DOWN_ENTER);
    expect(await second).toBe(0);
    const text = readFileSync(path, "utf8");
    expect(problemsOf(text, { asOf: "2026-11-27" }).filter((p) => p.severity === "error")).toEqual([]);
    expect(text).toContain("# 名称注释");
    expect(text).toMatch(/recused: true/);
    expect(text).toMatch(/risk_level: medium/);
  });
});

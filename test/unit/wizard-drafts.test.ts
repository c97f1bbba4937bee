/** Drafts and the prompts' own behaviour: resuming the right draft, never losing one, and what the keys do. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { screen } from "@inquirer/testing/vitest";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse, stringify } from "yaml";
import { runNew } from "../../src/commands/new.js";
import { runNext } from "../../src/commands/next.js";
import type { DecisionItem } from "../../src/model/types.js";
import { today } from "../../src/util/dates.js";
import { AWAITING_REVIEW, decided, SIMPLE_ASSESSED } from "../helpers/records.js";
import {
  type Action,
  answer,
  DOWN_ENTER,
  ENTER,
  notes,
  prompter,
  tidyWizard,
  UP_ENTER,
  waitFor,
} from "../helpers/wizard.js";
import { wizardWorkspace } from "../helpers/wizard-workspace.js";

afterEach(tidyWizard);

function captureStdout(): string[] {
  const out: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  return out;
}

const DECIDED = `${decided()}mitigation:
  - { measure: 印发办事指南, owner: JZK, due: 2026-04-30 }
`;

function putDraft(dir: string, name: string, record: Record<string, unknown>, base?: string): string {
  const path = join(dir, ".wenping", "drafts", `${name}.yaml`);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, stringify({ record, ...(base ? { base } : {}), skipped: [] }));
  return path;
}

describe("drafts", () => {
  it("new --resume with only drafts of next names the commands that resume them", async () => {
    const ws = wizardWorkspace({ "JZK-2026-003.yaml": DECIDED });
    putDraft(ws.dir, "JZK-2026-003", { id: "JZK-2026-003" }, "0".repeat(64));
    const run = runNew({ context: ws.context, noInput: false, resume: true, prompter });
    await expect(run).rejects.toThrow("wenping next JZK-2026-003");
  });

  it("a plain new with a draft waiting says so, and Ctrl-C never writes over it", async () => {
    const ws = wizardWorkspace();
    const waiting = putDraft(ws.dir, "new", { schema: "wenping/decision-item@1", title: "上次填了一半" });
    const before = readFileSync(waiting, "utf8");
    const out = captureStdout();
    let run = runNew({ context: ws.context, noInput: false, resume: false, prompter });
    await waitFor("事项名称");
    expect(out.join("")).toContain("wenping new --resume");
    screen.keypress({ name: "c", ctrl: true }); // nothing answered: nothing to keep
    expect(await run).toBe(130);
    screen.clear();
    run = runNew({ context: ws.context, noInput: false, resume: false, prompter });
    await answer("事项名称", "另一个事项");
    await waitFor("责任单位");
    screen.keypress({ name: "c", ctrl: true }); // answered: kept beside the old draft
    expect(await run).toBe(130);
    expect(readFileSync(waiting, "utf8")).toBe(before);
    expect(readdirSync(join(ws.dir, ".wenping", "drafts")).sort()).toEqual(["new-2.yaml", "new.yaml"]);
    expect(readFileSync(join(ws.dir, ".wenping", "drafts", "new-2.yaml"), "utf8")).toContain("另一个事项");
  });

  it("after a resume, < goes back to an answer from the draft, with that answer as the default", async () => {
    const ws = wizardWorkspace({ "JZK-2026-003.yaml": DECIDED });
    const text = readFileSync(join(ws.dir, "records", "JZK-2026-003.yaml"), "utf8");
    const base = createHash("sha256").update(text).digest("hex");
    const record = { ...parse(text), tracking: [{ date: "2026-05-02", risk_level: "low" }] };
    putDraft(ws.dir, "JZK-2026-003", record, base);
    captureStdout();
    const run = runNext({ context: ws.context, id: "JZK-2026-003", noInput: false, prompter });
    await answer("实施情况说明", "<");
    await waitFor("当前风险等级");
    await answer("当前风险等级", { keys: ["up", "enter"] }); // back once more, to the date
    await waitFor("跟踪日期");
    expect(screen.getScreen()).toContain("2026-05-02");
    await answer("跟踪日期", "2026-05-03");
    await answer("当前风险等级", ENTER);
    await answer("实施情况说明", "");
    await answer("的完成日期", "");
    expect(await run).toBe(0);
    expect(readFileSync(join(ws.dir, "records", "JZK-2026-003.yaml"), "utf8")).toMatch(
      /tracking:\n {2}- date: 2026-05-03/,
    );
  });

  it("a draft from before the record changed is not taken as given, but its answers are each question's default", async () => {
    const ws = wizardWorkspace({ "JZK-2026-003.yaml": DECIDED });
    const text = readFileSync(join(ws.dir, "records", "JZK-2026-003.yaml"), "utf8");
    // Typed before Ctrl-C; then the record was changed (by edit, or by hand): the draft's base no longer fits.
    const typed = {
      ...parse(text),
      title: "草稿里的旧名称",
      tracking: [{ date: "2026-05-02", note: "第二次跟踪:情况稳定" }],
    };
    putDraft(ws.dir, "JZK-2026-003", typed, "0".repeat(64));
    const out = captureStdout();
    const run = runNext({ context: ws.context, id: "JZK-2026-003", noInput: false, prompter });
    await waitFor("跟踪日期");
    expect(out.join("")).toContain("草稿里填过的回答作为各题的默认值");
    expect(screen.getScreen()).toContain("2026-05-02");
    await answer("跟踪日期", ENTER); // the draft's date, kept
    await answer("当前风险等级", ENTER);
    await waitFor("实施情况说明");
    expect(screen.getScreen()).toContain("第二次跟踪:情况稳定");
    await answer("实施情况说明", ENTER);
    await answer("的完成日期", "");
    expect(await run).toBe(0);
    const saved = parse(readFileSync(join(ws.dir, "records", "JZK-2026-003.yaml"), "utf8"));
    expect(saved.tracking).toEqual([{ date: "2026-05-02", risk_level: "low", note: "第二次跟踪:情况稳定" }]);
    expect(saved.title).toBe(parse(text).title); // what the record has now is never replaced by the draft's
    expect(existsSync(join(ws.dir, ".wenping", "drafts", "JZK-2026-003.yaml"))).toBe(false);
  });
});

describe("what the wizard refuses and how its prompts behave", () => {
  it("a tracking entry before the decision is refused at the question; done_on is asked for the open measure", async () => {
    const ws = wizardWorkspace({ "JZK-2026-003.yaml": DECIDED });
    captureStdout();
    const run = runNext({ context: ws.context, id: "JZK-2026-003", noInput: false, prompter });
    await answer("跟踪日期", "2026-03-20");
    expect(screen.getScreen()).toContain("跟踪日期不能早于决策日期 2026-03-25");
    screen.keypress({ name: "u", ctrl: true });
    await answer("跟踪日期", "2026-05-01");
    await answer("当前风险等级", ENTER);
    await answer("实施情况说明", "");
    await answer("措施「印发办事指南」的完成日期", "2026-04-28");
    expect(await run).toBe(0);
    const text = readFileSync(join(ws.dir, "records", "JZK-2026-003.yaml"), "utf8");
    expect(text).toMatch(/done_on: 2026-04-28/);
    expect(text).toMatch(/tracking:\n {2}- date: 2026-05-01/);
  });

  it("the checkbox hint says space ticks and Enter confirms; 'a' ticks every choice but never means back", async () => {
    const ws = wizardWorkspace();
    captureStdout();
    const run = runNew({ context: ws.context, noInput: false, resume: false, prompter });
    await answer("事项名称", "调整临时救助标准");
    await answer("责任单位", DOWN_ENTER);
    await answer("事项类别", ENTER);
    await answer("所属领域", ENTER);
    await waitFor("敏感类型");
    expect(screen.getScreen()).toContain("space 勾选");
    expect(screen.getScreen()).toContain("⏎ 确定");
    await answer("敏感类型", { keys: ["a", "enter"] });
    await waitFor("初始风险预判"); // went on, not back to 所属领域
    const echoed = (await screen.getFullOutput()).split("\n").findLast((l) => l.includes("敏感类型")) ?? "";
    expect(echoed).toMatch(/敏感类型.*、|敏感类型.*,/); // the ticked choices are echoed…
    expect(echoed).not.toContain("返回上一题"); // …but not "back", which "a" ticked too
    screen.keypress({ name: "c", ctrl: true });
    expect(await run).toBe(130);
    expect(readFileSync(join(ws.dir, ".wenping", "drafts", "new.yaml"), "utf8")).toMatch(
      /sensitive:\n(\s+- \w+\n){2,}/,
    );
  });

  it("with --as-of after today, the date offered as default is today, so Enter is never refused", async () => {
    const ws = wizardWorkspace();
    captureStdout();
    const run = runNew({ context: { ...ws.context, asOf: "2099-12-31" }, noInput: false, resume: false, prompter });
    await answer("事项名称", "调整临时救助标准");
    await answer("责任单位", DOWN_ENTER);
    await answer("事项类别", ENTER);
    await answer("所属领域", ENTER);
    await answer("敏感类型", ENTER);
    await answer("初始风险预判", ENTER);
    await waitFor("纳入计划清单日期");
    expect(screen.getScreen()).toContain(`(${today()})`);
    expect(screen.getScreen()).not.toContain("2099-12-31");
    screen.keypress({ name: "c", ctrl: true });
    expect(await run).toBe(130);
  });

  it("the same expert is not offered twice for one review", async () => {
    const record = AWAITING_REVIEW;
    const ws = wizardWorkspace({ "JZK-2026-004.yaml": record });
    captureStdout();
    const run = runNext({ context: ws.context, id: "JZK-2026-004", noInput: false, prompter });
    await answer("「组织评审」完成日期", "2099-01-01");
    expect(screen.getScreen()).toContain("在今天");
    screen.keypress({ name: "u", ctrl: true });
    await answer("「组织评审」完成日期", "2026-11-08");
    await answer("「组织评审」工作情况", "");
    await answer("评审专家", ENTER); // 张某
    await answer("与本事项是否存在利害关系", ENTER);
    await answer("是否再登记一位评审专家", { keys: ["up", "enter"] });
    await waitFor("评审专家");
    expect(screen.getScreen()).not.toContain("张某");
    expect(screen.getScreen()).toContain("刘某");
    screen.keypress({ name: "c", ctrl: true });
    expect(await run).toBe(130);
    expect(existsSync(join(ws.dir, ".wenping", "drafts", "JZK-2026-004.yaml"))).toBe(true);
  });
});

describe("a list entry cut off by Ctrl-C", () => {
  it("next resumes inside the reviewer picked before Ctrl-C: 利害关系 and 再增加 are still asked", async () => {
    const ws = wizardWorkspace({ "JZK-2026-004.yaml": AWAITING_REVIEW });
    captureStdout();
    let run = runNext({ context: ws.context, id: "JZK-2026-004", noInput: false, prompter });
    await answer("完成日期", "2026-11-08");
    await answer("工作情况", "");
    await answer("评审专家", ENTER); // 张某 E001
    await waitFor("利害关系");
    screen.keypress({ name: "c", ctrl: true });
    expect(await run).toBe(130);
    screen.clear();
    run = runNext({ context: ws.context, id: "JZK-2026-004", noInput: false, prompter });
    await answer("利害关系", { keys: ["up", "enter"] }); // 是: a conflict of interest
    await answer("是否已回避", DOWN_ENTER); // 否: refused (WP011), the rule the skipped question settles
    await vi.waitFor(() => expect(notes.join("\n")).toContain("存在利害关系却未回避"));
    await answer("是否已回避", ENTER); // 是, to the same question asked again (answer waits until it is asked)
    await answer("是否再登记一位评审专家", ENTER); // 否 (the default)
    await answer("是否继续", DOWN_ENTER);
    expect(await run).toBe(0);
    const saved = parse(readFileSync(join(ws.dir, "records", "JZK-2026-004.yaml"), "utf8"));
    expect(saved.assessment.steps[5].reviewers).toEqual([
      { expert: "E001", conflict_of_interest: true, recused: true },
    ]);
  });
});

describe("the conclusion's risk level", () => {
  it("at 确定风险, Enter keeps the initial judgement (中风险), not the mildest level", async () => {
    const at4 = AWAITING_REVIEW.replace(
      "    - { step: determine_risk, date: 2026-11-06 }\n    - { step: report, date: 2026-11-07 }\n  risk_level: medium\n",
      "",
    );
    expect(at4).not.toContain("risk_level");
    const ws = wizardWorkspace({ "JZK-2026-004.yaml": at4 });
    captureStdout();
    const run = runNext({ context: ws.context, id: "JZK-2026-004", noInput: false, prompter });
    await answer("完成日期", "2026-11-06");
    await answer("工作情况", "");
    await waitFor("评估结论:风险等级");
    expect(screen.getScreen()).toMatch(/❯ 中风险/);
    await answer("评估结论:风险等级", ENTER);
    await answer("是否继续", DOWN_ENTER);
    expect(await run).toBe(0);
    const saved = parse(readFileSync(join(ws.dir, "records", "JZK-2026-004.yaml"), "utf8"));
    expect(saved.assessment.risk_level).toBe("medium");
  });
});

/** A list the wizard asks 是否再登记…? after: the way to it, another entry, the way to the end, what is saved. */
interface OpenList {
  list: string;
  records: Record<string, string>;
  /** A `new` (resumed: `--resume`) or `next` run. */
  start: (context: WizardContext, resume: boolean) => Promise<number>;
  /** The answers up to the question, the first entry complete. */
  before: Step[];
  question: string;
  draft: string;
  pointer: string;
  another: Step[];
  after: Step[];
  file: string;
  /** The list as saved. */
  saved: (record: DecisionItem) => unknown;
  expected: unknown;
}
type Step = [string, Action];
type WizardContext = ReturnType<typeof wizardWorkspace>["context"];

const OPEN_LISTS: OpenList[] = [
  {
    list: "risks (new)",
    records: {},
    start: (context, resume) => runNew({ context, noInput: false, resume, prompter }),
    before: [
      ["事项名称", "调整临时救助标准"],
      ["责任单位", DOWN_ENTER], // JZK
      ["事项类别", ENTER],
      ["所属领域", ENTER],
      ["敏感类型", ENTER],
      ["初始风险预判", ENTER],
      ["纳入计划清单日期", "2026-11-02"],
      ["事项概况", ""],
      ["是否登记主要风险点", UP_ENTER], // 是
      ["风险描述", "部分对象待遇下降"],
      ["化解措施", ""],
    ],
    question: "是否再登记一个风险点",
    draft: "new",
    pointer: "/risks",
    another: [
      ["风险描述", "群众对新标准不了解"],
      ["化解措施", ""],
    ],
    after: [
      ["事项编号", ENTER],
      ["是否继续", DOWN_ENTER],
    ],
    file: "JZK-2026-001.yaml",
    saved: (r) => r.risks,
    expected: [{ description: "部分对象待遇下降" }, { description: "群众对新标准不了解" }],
  },
  {
    list: "reviewers (next)",
    records: { "JZK-2026-004.yaml": AWAITING_REVIEW },
    start: (context) => runNext({ context, id: "JZK-2026-004", noInput: false, prompter }),
    before: [
      ["完成日期", "2026-11-08"],
      ["工作情况", ""],
      ["评审专家", ENTER], // 张某 E001
      ["利害关系", ENTER], // 否
    ],
    question: "是否再登记一位评审专家",
    draft: "JZK-2026-004",
    pointer: "/assessment/steps/5/reviewers",
    another: [
      ["评审专家", ENTER], // the first not yet picked: 刘某 E002
      ["利害关系", ENTER],
    ],
    after: [["是否继续", DOWN_ENTER]],
    file: "JZK-2026-004.yaml",
    saved: (r) => r.assessment?.steps?.[5]?.reviewers,
    expected: [
      { expert: "E001", conflict_of_interest: false },
      { expert: "E002", conflict_of_interest: false },
    ],
  },
  {
    list: "measures (next, at the decision)",
    records: { "JZK-2026-003.yaml": SIMPLE_ASSESSED },
    start: (context) => runNext({ context, id: "JZK-2026-003", noInput: false, prompter }),
    before: [
      ["决策结果", ENTER], // implement
      ["是否登记风险防范化解措施", UP_ENTER],
      ["措施内容", "印发办事指南"],
      ["责任单位", ENTER],
      ["完成时限", ""],
    ],
    question: "是否再登记一条措施",
    draft: "JZK-2026-003",
    pointer: "/mitigation",
    another: [
      ["措施内容", "开通咨询电话"],
      ["责任单位", ENTER],
      ["完成时限", ""],
    ],
    after: [
      ["决策日期", "2026-03-25"],
      ["决策机关", ENTER],
      ["是否继续", DOWN_ENTER],
    ],
    file: "JZK-2026-003.yaml",
    saved: (r) => r.mitigation?.map((m) => m.measure),
    expected: ["印发办事指南", "开通咨询电话"],
  },
];

describe("Ctrl-C at 是否再登记…, every entry complete: the list stays open in the draft", () => {
  /** Answers `steps`, then presses Ctrl-C at `question`: the run ends 130, the screen cleared for the next. */
  async function cancelAt(run: Promise<number>, steps: Step[], question: string): Promise<void> {
    for (const [prompt, action] of steps) await answer(prompt, action);
    await waitFor(question);
    screen.keypress({ name: "c", ctrl: true });
    expect(await run).toBe(130);
    screen.clear();
  }
  const draftPath = (dir: string, name: string) => join(dir, ".wenping", "drafts", `${name}.yaml`);

  it.each(OPEN_LISTS)("$list: resumed, the question is asked again and another entry is saved", async (c) => {
    const ws = wizardWorkspace(c.records);
    captureStdout();
    await cancelAt(c.start(ws.context, false), c.before, c.question);
    expect(parse(readFileSync(draftPath(ws.dir, c.draft), "utf8")).open).toEqual([c.pointer]);
    const run = c.start(ws.context, true);
    await answer(c.question, UP_ENTER); // 是
    for (const [prompt, action] of c.another) await answer(prompt, action);
    await answer(c.question, ENTER); // 否 (the default)
    for (const [prompt, action] of c.after) await answer(prompt, action);
    expect(await run).toBe(0);
    expect(c.saved(parse(readFileSync(join(ws.dir, "records", c.file), "utf8")))).toEqual(c.expected);
    expect(existsSync(draftPath(ws.dir, c.draft))).toBe(false);
  });

  it("a draft from before the marker (no open) resumes as before: the list counts as closed", async () => {
    const review = OPEN_LISTS[1] as OpenList;
    const ws = wizardWorkspace(review.records);
    captureStdout();
    await cancelAt(review.start(ws.context, false), review.before, review.question);
    const path = draftPath(ws.dir, review.draft);
    const { open, ...old } = parse(readFileSync(path, "utf8"));
    expect(open).toEqual([review.pointer]);
    writeFileSync(path, stringify(old));
    const run = review.start(ws.context, true);
    await answer("是否继续", DOWN_ENTER); // the step was saved with its one reviewer
    expect(await run).toBe(0);
    const saved = parse(readFileSync(join(ws.dir, "records", review.file), "utf8"));
    expect(saved.assessment.steps[5].reviewers).toEqual([{ expert: "E001", conflict_of_interest: false }]);
  });

  it("a hand-edited draft whose skipped and open are not lists is still taken, those marks dropped", async () => {
    const ws = wizardWorkspace({ "JZK-2026-003.yaml": DECIDED });
    const text = readFileSync(join(ws.dir, "records", "JZK-2026-003.yaml"), "utf8");
    const base = createHash("sha256").update(text).digest("hex");
    const record = { ...parse(text), tracking: [{ date: "2026-05-02" }] };
    const path = putDraft(ws.dir, "JZK-2026-003", record, base);
    writeFileSync(path, stringify({ ...parse(readFileSync(path, "utf8")), skipped: 5, open: "/tracking" }));
    captureStdout();
    const run = runNext({ context: ws.context, id: "JZK-2026-003", noInput: false, prompter });
    await answer("当前风险等级", ENTER); // the draft's date taken: its entry goes on
    await answer("实施情况说明", "");
    await answer("的完成日期", "");
    expect(await run).toBe(0);
    const saved = parse(readFileSync(join(ws.dir, "records", "JZK-2026-003.yaml"), "utf8"));
    expect(saved.tracking).toEqual([{ date: "2026-05-02", risk_level: "low" }]);
  });
});

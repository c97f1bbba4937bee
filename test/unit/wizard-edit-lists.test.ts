/** `wenping edit ID`: list entries (风险点, 评审专家, 措施) added and removed through the real prompts, or by an answers file. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { screen } from "@inquirer/testing/vitest";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { runEdit } from "../../src/commands/edit.js";
import { problemsOf } from "../helpers/check.js";
import { AWAITING_FILE, decided } from "../helpers/records.js";
import { answer, ENTER, notes, pick, prompter, tidyWizard, waitFor } from "../helpers/wizard.js";
import { wizardWorkspace } from "../helpers/wizard-workspace.js";

afterEach(tidyWizard);

const MENU = "要修改哪一项";
const BACK = "返回上一题";

/** A decided item with two measures and a tracking entry, and comments the edit must keep. */
const DECIDED = `# 简易程序事项(注释保留)
${decided()}mitigation:
  - { measure: 印发办事指南, owner: JZK, due: 2026-04-30 }   # 第一条
  - { measure: 开通咨询热线, owner: JZK, due: 2026-05-30 }
tracking:
  - { date: 2026-05-01, risk_level: low }
`;
const SIMPLE = "JZK-2026-003";
const REVIEWED = "JZK-2026-004";

const recordText = (dir: string, id: string) => readFileSync(join(dir, "records", `${id}.yaml`), "utf8");
const errorsOf = (text: string) => problemsOf(text, { asOf: "2026-11-27" }).filter((p) => p.severity === "error");

function start(records: Record<string, string>, id: string) {
  const ws = wizardWorkspace(Object.fromEntries(Object.entries(records).map(([k, v]) => [`${k}.yaml`, v])));
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  return { ws, run: runEdit({ context: ws.context, id, noInput: false, prompter }) };
}

describe("wenping edit: lists, driven through the real prompts", () => {
  it("adds a risk the clerk forgot, with the wizard's own questions and its 「再登记一个?」", async () => {
    const { ws, run } = start({ [SIMPLE]: DECIDED }, SIMPLE);
    await pick("风险点(0 项)", MENU);
    await waitFor("风险点(0 项):要做什么");
    expect(screen.getScreen()).not.toContain("删除某一项"); // nothing to remove
    await pick("新增一项", "要做什么");
    await answer("风险描述", "群众对审批时限有疑虑");
    await answer("化解措施", "公开办事指南");
    await answer("是否再登记一个风险点", ENTER); // 否 is the default
    await pick(BACK, "风险点(1 项):要做什么");
    await answer(MENU, ENTER); // save and finish
    expect(await run).toBe(0);
    const text = recordText(ws.dir, SIMPLE);
    expect(parse(text).risks).toEqual([{ description: "群众对审批时限有疑虑", measure: "公开办事指南" }]);
    expect(text).toContain("# 第一条");
    const keys = Object.keys(parse(DECIDED));
    keys.splice(keys.indexOf("assessment"), 0, "risks"); // where the format puts it, the rest in place
    expect(Object.keys(parse(text))).toEqual(keys);
    expect(errorsOf(text)).toEqual([]);
  });

  // The second case: a saved entry lacking an optional answer is not taken for one cut off by Ctrl-C.
  it.each([
    ["a complete saved reviewer", "{ expert: E001, conflict_of_interest: false, recused: false }"],
    ["one saved without 利害关系", "{ expert: E001 }"],
  ])("adds a reviewer after %s, offering only experts not yet on the panel", async (_, saved) => {
    const before = AWAITING_FILE.replace(
      "[{ expert: E001, conflict_of_interest: false, recused: false }]",
      `[${saved}]`,
    );
    expect(before).toContain(saved);
    const { ws, run } = start({ [REVIEWED]: before }, REVIEWED);
    await pick("评审专家(1 项)", MENU);
    await pick("新增一项", "要做什么");
    await waitFor("? 评审专家\n");
    expect(screen.getScreen()).not.toContain("张某"); // E001 already reviews
    await pick("刘某", "? 评审专家\n");
    await answer("刘某 与本事项是否存在利害关系", ENTER); // 否
    await answer("是否再登记一位评审专家", ENTER); // 否
    await pick(BACK, "评审专家(2 项)");
    await answer(MENU, ENTER);
    expect(await run).toBe(0);
    const text = recordText(ws.dir, REVIEWED);
    const review = parse(text).assessment.steps[5];
    expect(review.reviewers).toEqual([parse(`x: ${saved}`).x, { expert: "E002", conflict_of_interest: false }]);
    expect(errorsOf(text)).toEqual([]);
  });

  it("removes a measure only after 是, then changes the one left (indices as they are after the removal)", async () => {
    const { ws, run } = start({ [SIMPLE]: DECIDED }, SIMPLE);
    await pick("防范化解措施(2 项)", MENU);
    await pick("删除某一项", "要做什么");
    await pick("印发办事指南", "选择防范化解措施");
    await answer("确定删除「1. 印发办事指南」", ENTER); // 否 is the default: nothing removed
    await pick("删除某一项", "防范化解措施(2 项):要做什么");
    await pick("印发办事指南", "选择防范化解措施");
    await pick("是", "确定删除「1. 印发办事指南」");
    await pick("修改某一项", "防范化解措施(1 项):要做什么");
    await pick("开通咨询热线", "选择防范化解措施");
    await pick("完成日期", "「1. 开通咨询热线」要修改哪一项");
    await answer("完成日期", "2026-05-20");
    await pick(BACK, "防范化解措施(1 项)");
    await answer(MENU, ENTER);
    expect(await run).toBe(0);
    const text = recordText(ws.dir, SIMPLE);
    const data = parse(text);
    expect(data.mitigation).toEqual([
      { measure: "开通咨询热线", owner: "JZK", due: "2026-05-30", done_on: "2026-05-20" },
    ]);
    expect(data.tracking).toEqual([{ date: "2026-05-01", risk_level: "low" }]);
    expect(text).toContain("# 简易程序事项(注释保留)");
    expect(text).not.toContain("印发办事指南");
  });

  it("replacing the only measure (one added, the old one removed) writes the list as a block, as it was", async () => {
    const ONE = DECIDED.replace("  - { measure: 开通咨询热线, owner: JZK, due: 2026-05-30 }\n", "");
    const { ws, run } = start({ [SIMPLE]: ONE }, SIMPLE);
    await pick("防范化解措施(1 项)", MENU);
    await pick("新增一项", "要做什么");
    await answer("措施内容", "设立意见箱");
    await answer("责任单位", ENTER);
    await answer("完成时限", "");
    await answer("是否再登记一条措施", ENTER);
    await answer("完成日期", ""); // a new measure's done_on, offered after it
    await pick("删除某一项", "防范化解措施(2 项):要做什么");
    await pick("印发办事指南", "选择防范化解措施");
    await pick("是", "确定删除");
    await pick(BACK, "防范化解措施(1 项)");
    await answer(MENU, ENTER);
    expect(await run).toBe(0);
    const text = recordText(ws.dir, SIMPLE);
    expect(parse(text).mitigation).toEqual([{ measure: "设立意见箱", owner: "JZK" }]);
    expect(text).toMatch(/\nmitigation:\n {2}- measure: 设立意见箱\n/);
  });

  it("going back from a list's menu and from a new entry leaves the record as it was", async () => {
    const { ws, run } = start({ [SIMPLE]: DECIDED }, SIMPLE);
    await pick("跟踪记录(1 项)", MENU);
    await pick(BACK, "要做什么"); // straight back to the answers
    await pick("跟踪记录(1 项)", MENU);
    await pick("新增一项", "要做什么");
    await answer("跟踪日期", "2026-06-01");
    await answer("当前风险等级", ENTER);
    await answer("实施情况说明", "<"); // back into the entry …
    await answer("当前风险等级", { keys: ["up", "enter"] }); // … the select's back (the last line, above the first)
    await answer("跟踪日期", "<"); // back out of the entry: nothing added
    await waitFor("跟踪记录(1 项):要做什么");
    await pick(BACK, "跟踪记录(1 项)");
    await answer(MENU, ENTER);
    expect(await run).toBe(0);
    expect(recordText(ws.dir, SIMPLE)).toBe(DECIDED);
  });

  it("Ctrl-C after adding an entry keeps the record untouched (exit 130)", async () => {
    const { ws, run } = start({ [SIMPLE]: DECIDED }, SIMPLE);
    await pick("风险点(0 项)", MENU);
    await pick("新增一项", "要做什么");
    await answer("风险描述", "群众对审批时限有疑虑");
    await answer("化解措施", "");
    await answer("是否再登记一个风险点", ENTER);
    await waitFor("风险点(1 项)");
    screen.keypress({ name: "c", ctrl: true });
    expect(await run).toBe(130);
    expect(recordText(ws.dir, SIMPLE)).toBe(DECIDED);
    // The clerk is told the entry typed was not saved, not only "已中断".
    const said = vi
      .mocked(process.stdout.write)
      .mock.calls.map((c) => String(c[0]))
      .join("");
    expect(said).toContain("本次的修改没有保存");
  });

  it("refuses a reviewer who must recuse (WP011) and saves nothing of that entry", async () => {
    const { ws, run } = start({ [REVIEWED]: AWAITING_FILE }, REVIEWED);
    await pick("评审专家(1 项)", MENU);
    await pick("新增一项", "要做什么");
    await pick("刘某", "? 评审专家\n");
    await pick("是", "刘某 与本事项是否存在利害关系"); // a conflict: must recuse
    await pick("否", "刘某 是否已回避");
    await waitFor("刘某 是否已回避"); // asked again: 否 is not accepted
    expect(notes.join("\n")).toContain("评审专家 E002(刘某) 存在利害关系却未回避"); // WP011, as validate says it
    await answer("刘某 是否已回避", { keys: ["up", "enter"] }); // back (the line above 是 wraps to it)
    await answer("刘某 与本事项是否存在利害关系", { keys: ["up", "enter"] });
    await answer("? 评审专家\n", { keys: ["up", "enter"] }); // out of the entry: nothing added
    await pick(BACK, "评审专家(1 项)");
    await answer(MENU, ENTER);
    expect(await run).toBe(0);
    expect(recordText(ws.dir, REVIEWED)).toBe(AWAITING_FILE);
  });

  it("records an expert attached to the item's unit as recused (WP011 is judged at 是否已回避, not at the choice)", async () => {
    const { ws, run } = start({ [REVIEWED]: AWAITING_FILE }, REVIEWED);
    await pick("评审专家(1 项)", MENU);
    await pick("新增一项", "要做什么");
    await pick("陈某", "? 评审专家\n"); // attached to 社会救助科, the item's unit: must recuse, and may be recorded so
    await pick("否", "陈某 与本事项是否存在利害关系");
    await pick("是", "陈某 是否已回避");
    await pick("否", "是否再登记");
    await pick(BACK, "评审专家(2 项)");
    await answer(MENU, ENTER);
    expect(await run).toBe(0);
    expect(recordText(ws.dir, REVIEWED)).toMatch(/expert: E003.*recused: true/s);
  });

  it("a panel holding every expert offers no 新增一项, and says why", async () => {
    const FULL = AWAITING_FILE.replace(
      "reviewers: [{ expert: E001, conflict_of_interest: false, recused: false }]",
      "reviewers: [{ expert: E001 }, { expert: E002 }, { expert: E003, recused: true }, { expert: E004 }]",
    );
    const { ws, run } = start({ [REVIEWED]: FULL }, REVIEWED);
    await pick("评审专家(4 项)", MENU);
    await waitFor("专家库中的专家都已登记");
    expect(screen.getScreen()).not.toContain("新增一项");
    await pick(BACK, "评审专家(4 项)");
    await answer(MENU, ENTER);
    expect(await run).toBe(0);
    expect(recordText(ws.dir, REVIEWED)).toBe(FULL);
  });

  it("refuses to remove the only reviewer of a review (WP020), keeping it", async () => {
    const { ws, run } = start({ [REVIEWED]: AWAITING_FILE }, REVIEWED);
    await pick("评审专家(1 项)", MENU);
    await pick("删除某一项", "要做什么");
    await pick("张某", "选择评审专家");
    await pick("是", "确定删除「1. 张某」");
    await waitFor("评审专家(1 项):要做什么");
    expect(notes.join("\n")).toContain("没有删除");
    await pick(BACK, "评审专家(1 项)");
    await answer(MENU, ENTER);
    expect(await run).toBe(0);
    expect(recordText(ws.dir, REVIEWED)).toBe(AWAITING_FILE);
  });
});

describe("wenping edit --answers: list entries", () => {
  const edit = async (records: Record<string, string>, id: string, answers: string) => {
    const ws = wizardWorkspace(Object.fromEntries(Object.entries(records).map(([k, v]) => [`${k}.yaml`, v])));
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    writeFileSync(join(ws.dir, "e.yaml"), answers);
    return { ws, run: runEdit({ context: ws.context, id, noInput: true, answers: "e.yaml" }) };
  };

  it("appends a measure given after one empty entry per measure the record holds", async () => {
    const { ws, run } = await edit(
      { [SIMPLE]: DECIDED },
      SIMPLE,
      "mitigation:\n  - {}\n  - {}\n  - { measure: 设立意见箱, owner: JZK, due: 2026/6/30 }\n",
    );
    expect(await run).toBe(0);
    const text = recordText(ws.dir, SIMPLE);
    expect(parse(text).mitigation.map((m: { measure: string }) => m.measure)).toEqual([
      "印发办事指南",
      "开通咨询热线",
      "设立意见箱",
    ]);
    expect(parse(text).mitigation[2].due).toBe("2026-06-30");
    expect(text).toContain("# 第一条");
  });

  it("refuses an appended reviewer already on the panel (WP021), writing nothing", async () => {
    const { ws, run } = await edit(
      { [REVIEWED]: AWAITING_FILE },
      REVIEWED,
      "assessment:\n  steps: [{}, {}, {}, {}, {}, { reviewers: [{}, { expert: E001, conflict_of_interest: false }] }]\n",
    );
    await expect(run).rejects.toThrow("答案文件中有问题");
    expect(recordText(ws.dir, REVIEWED)).toBe(AWAITING_FILE);
  });
});

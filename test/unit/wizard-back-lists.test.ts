/** Going back inside a repeated list ("是否再登记…?") keeps every entry and offers the answers taken back. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen } from "@inquirer/testing/vitest";
import { afterEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { runNew } from "../../src/commands/new.js";
import { runNext } from "../../src/commands/next.js";
import { AWAITING_REVIEW, SIMPLE_ASSESSED } from "../helpers/records.js";
import { answer, DOWN_ENTER, ENTER, prompter, tidyWizard, UP_ENTER, waitFor } from "../helpers/wizard.js";
import { onlyRecord, wizardWorkspace } from "../helpers/wizard-workspace.js";

afterEach(tidyWizard);

const savedRisks = (dir: string) => (parseYaml(onlyRecord(dir).text) as { risks?: unknown }).risks;

const BACK_TEXT = "<";
const RISKS = [
  { description: "群众不理解", measure: "逐户解释" },
  { description: "资金不到位", measure: "先行垫付" },
];

/** `new` up to the first risk point's first question (the item registered, 是 to "登记主要风险点?"). */
async function upToRisks() {
  const ws = wizardWorkspace();
  const run = runNew({ context: ws.context, noInput: false, resume: false, prompter });
  await answer("事项名称", "调整临时救助标准");
  await answer("责任单位", DOWN_ENTER);
  for (const p of ["事项类别", "所属领域", "敏感类型", "初始风险预判"]) await answer(p, ENTER);
  await answer("纳入计划清单日期", "2026-11-02");
  await answer("事项概况", "");
  await answer("是否登记主要风险点", UP_ENTER); // yes
  return { ws, run };
}

/** `new` up to the second "再登记一个风险点?", with risks A and B entered. */
async function twoRisks() {
  const { ws, run } = await upToRisks();
  await answer("风险描述", RISKS[0]?.description as string);
  await answer("化解措施", RISKS[0]?.measure as string);
  await answer("是否再登记一个风险点", UP_ENTER); // yes
  await answer("风险描述", RISKS[1]?.description as string);
  await answer("化解措施", RISKS[1]?.measure as string);
  await waitFor("是否再登记一个风险点");
  return { ws, run };
}

/** Takes the proposed id, stops after registering (exit 0) and returns the risks saved. */
async function idAndStop(dir: string, run: Promise<number>): Promise<unknown> {
  await answer("事项编号", ENTER);
  await answer("是否继续", DOWN_ENTER);
  expect(await run).toBe(0);
  return savedRisks(dir);
}

/** The default the text prompt on screen offers (inquirer shows it in brackets). */
const offered = (text: string) => expect(screen.getScreen()).toContain(`(${text})`);
/** The choice the select on screen points at. */
const pointed = (name: string) => expect(screen.getScreen()).toMatch(new RegExp(`❯ ${name}`));

describe("back inside the list of risk points (wenping new)", () => {
  it("from 'another?' goes to the last entry's last answer, keeping risk B", async () => {
    const { ws, run } = await twoRisks();
    await answer("是否再登记一个风险点", DOWN_ENTER); // ← back
    await waitFor("化解措施");
    offered(RISKS[1]?.measure as string);
    await answer("化解措施", ENTER); // keep it
    await answer("是否再登记一个风险点", ENTER); // no
    expect(await idAndStop(ws.dir, run)).toEqual(RISKS);
  });

  it("going back into risk B's first question and on to 'another?' (是), then forward again, keeps B", async () => {
    const { ws, run } = await twoRisks();
    await answer("是否再登记一个风险点", DOWN_ENTER); // ← back
    await answer("化解措施", BACK_TEXT);
    await waitFor("风险描述");
    offered(RISKS[1]?.description as string);
    await answer("风险描述", BACK_TEXT);
    await waitFor("是否再登记一个风险点");
    pointed("是"); // the answer given, not 否
    await answer("是否再登记一个风险点", UP_ENTER); // ← back again: into risk A's measure
    await waitFor("化解措施");
    offered(RISKS[0]?.measure as string);
    await answer("化解措施", ENTER);
    await waitFor("是否再登记一个风险点");
    pointed("是");
    await answer("是否再登记一个风险点", ENTER); // 是, as before
    await answer("风险描述", ENTER);
    await answer("化解措施", ENTER);
    await answer("是否再登记一个风险点", ENTER); // no
    expect(await idAndStop(ws.dir, run)).toEqual(RISKS);
  });

  it("from the question after the list goes back into the list, not past it", async () => {
    const { ws, run } = await twoRisks();
    await answer("是否再登记一个风险点", ENTER); // no
    await answer("事项编号", BACK_TEXT);
    await answer("是否再登记一个风险点", DOWN_ENTER); // ← back
    await waitFor("化解措施");
    offered(RISKS[1]?.measure as string);
    await answer("化解措施", ENTER);
    await answer("是否再登记一个风险点", ENTER);
    expect(await idAndStop(ws.dir, run)).toEqual(RISKS);
  });

  it("the only risk point survives going back to 'register risk points?' and forward", async () => {
    const { ws, run } = await upToRisks();
    await answer("风险描述", "群众不理解");
    await answer("化解措施", "");
    await answer("是否再登记一个风险点", DOWN_ENTER); // ← back: to the (empty) measure
    await answer("化解措施", BACK_TEXT);
    await answer("风险描述", BACK_TEXT);
    await waitFor("是否登记主要风险点");
    pointed("是");
    await answer("是否登记主要风险点", UP_ENTER); // ← back: before the list
    await answer("事项概况", ""); // forward again
    await waitFor("是否登记主要风险点");
    pointed("是");
    await answer("是否登记主要风险点", ENTER);
    await waitFor("风险描述");
    offered("群众不理解");
    await answer("风险描述", ENTER);
    await answer("化解措施", "逐户解释");
    await answer("是否再登记一个风险点", ENTER); // no
    expect(await idAndStop(ws.dir, run)).toEqual([{ description: "群众不理解", measure: "逐户解释" }]);
  });
});

const saved = (dir: string, name: string) =>
  parseYaml(readFileSync(join(dir, "records", name), "utf8")) as Record<string, unknown>;

describe("back inside the list of measures (wenping next, the decision)", () => {
  it("from 'another measure?' reopens 措施二's due date; going back past both new measures and forward keeps them all", async () => {
    const ws = wizardWorkspace({ "JZK-2026-003.yaml": SIMPLE_ASSESSED });
    const run = runNext({ context: ws.context, id: "JZK-2026-003", noInput: false, prompter });
    await answer("决策结果", ENTER); // implement
    await answer("是否登记风险防范化解措施", UP_ENTER); // yes
    await answer("措施内容", "措施一");
    await answer("责任单位", ENTER);
    await answer("完成时限", "");
    await answer("是否再登记一条措施", UP_ENTER); // yes
    await answer("措施内容", "措施二");
    await answer("责任单位", ENTER);
    await answer("完成时限", "2026-12-31");
    await answer("是否再登记一条措施", DOWN_ENTER); // ← back
    await waitFor("完成时限");
    offered("2026-12-31");
    await answer("完成时限", BACK_TEXT);
    await answer("责任单位", { keys: ["down", "down", "enter"] }); // ← back: JZK, SWZX, back
    await waitFor("措施内容");
    offered("措施二");
    await answer("措施内容", BACK_TEXT);
    await waitFor("是否再登记一条措施");
    pointed("是");
    await answer("是否再登记一条措施", UP_ENTER); // ← back: into 措施一
    await answer("完成时限", BACK_TEXT);
    await answer("责任单位", { keys: ["down", "down", "enter"] });
    await answer("措施内容", BACK_TEXT);
    await waitFor("是否登记风险防范化解措施");
    pointed("是");
    await answer("是否登记风险防范化解措施", UP_ENTER); // ← back: to the outcome
    await answer("决策结果", ENTER);
    await waitFor("是否登记风险防范化解措施");
    pointed("是");
    await answer("是否登记风险防范化解措施", ENTER);
    await answer("措施内容", ENTER);
    await answer("责任单位", ENTER);
    await answer("完成时限", ENTER);
    await answer("是否再登记一条措施", ENTER); // 是, as before
    await answer("措施内容", ENTER);
    await answer("责任单位", ENTER);
    await answer("完成时限", ENTER);
    await answer("是否再登记一条措施", ENTER); // no
    await answer("决策日期", "2026-03-25");
    await answer("决策机关", ENTER);
    await answer("是否继续", DOWN_ENTER);
    expect(await run).toBe(0);
    expect(saved(ws.dir, "JZK-2026-003.yaml").mitigation).toEqual([
      { measure: "措施一", owner: "JZK" },
      { measure: "措施二", owner: "JZK", due: "2026-12-31" },
    ]);
  });
});

describe("back inside the list of reviewers (wenping next, the review step)", () => {
  it("from 'another reviewer?' reopens the last reviewer's answers and keeps both reviewers", async () => {
    const ws = wizardWorkspace({ "JZK-2026-004.yaml": AWAITING_REVIEW });
    const run = runNext({ context: ws.context, id: "JZK-2026-004", noInput: false, prompter });
    await answer("「组织评审」完成日期", "2026-11-08");
    await answer("「组织评审」工作情况", "");
    await answer("评审专家", ENTER); // 张某
    await answer("张某 与本事项是否存在利害关系", ENTER); // no
    await answer("是否再登记一位评审专家", UP_ENTER); // yes
    await answer("评审专家", ENTER); // 刘某, the first not yet on the panel
    await answer("刘某 与本事项是否存在利害关系", ENTER); // no
    await answer("是否再登记一位评审专家", DOWN_ENTER); // ← back
    await waitFor("刘某 与本事项是否存在利害关系");
    pointed("否");
    await answer("刘某 与本事项是否存在利害关系", DOWN_ENTER); // ← back
    await waitFor("评审专家");
    pointed("刘某");
    await answer("评审专家", UP_ENTER); // ← back (the last choice)
    await waitFor("是否再登记一位评审专家");
    pointed("是");
    await answer("是否再登记一位评审专家", ENTER);
    await answer("评审专家", ENTER);
    await answer("刘某 与本事项是否存在利害关系", ENTER);
    await answer("是否再登记一位评审专家", ENTER); // no
    await answer("是否继续", DOWN_ENTER);
    expect(await run).toBe(0);
    const steps = (saved(ws.dir, "JZK-2026-004.yaml").assessment as { steps: { reviewers?: unknown }[] }).steps;
    expect(steps[5]?.reviewers).toEqual([
      { expert: "E001", conflict_of_interest: false },
      { expert: "E002", conflict_of_interest: false },
    ]);
  });
});

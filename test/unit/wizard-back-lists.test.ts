/** Going back inside a repeated list ("是否再登记…?") keeps every entry and offers the answers taken back. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { runNew } from "../../src/commands/new.js";
import {
  answer,
  DOWN_ENTER,
  ENTER,
  notes,
  prompter,
  screen,
  UP_ENTER,
  waitFor,
  wizardWorkspace,
} from "../helpers/wizard.js";

let cleanup: () => void = () => {};
afterEach(() => {
  cleanup();
  notes.length = 0;
});

function savedRisks(dir: string): unknown {
  const files = readdirSync(join(dir, "records"), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".yaml"));
  expect(files).toHaveLength(1);
  return (parseYaml(readFileSync(join(dir, "records", files[0] as string), "utf8")) as { risks?: unknown }).risks;
}

const BACK_TEXT = "<";
const RISKS = [
  { description: "群众不理解", measure: "逐户解释" },
  { description: "资金不到位", measure: "先行垫付" },
];

/** `new` up to the second "再登记一个风险点?", with risks A and B entered. */
async function twoRisks() {
  const ws = wizardWorkspace();
  cleanup = ws.cleanup;
  const run = runNew({ context: ws.context, noInput: false, resume: false, prompter });
  await answer("事项名称", "调整临时救助标准");
  await answer("责任单位", DOWN_ENTER);
  for (const p of ["事项类别", "所属领域", "敏感类型", "初始风险预判"]) await answer(p, ENTER);
  await answer("纳入计划清单日期", "2026-11-02");
  await answer("事项概况", "");
  await answer("是否登记主要风险点", UP_ENTER); // yes
  await answer("风险描述", RISKS[0]?.description as string);
  await answer("化解措施", RISKS[0]?.measure as string);
  await answer("是否再登记一个风险点", UP_ENTER); // yes
  await answer("风险描述", RISKS[1]?.description as string);
  await answer("化解措施", RISKS[1]?.measure as string);
  await waitFor("是否再登记一个风险点");
  return { ws, run };
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
    await answer("事项编号", ENTER);
    await answer("是否继续", DOWN_ENTER);
    expect(await run).toBe(0);
    expect(savedRisks(ws.dir)).toEqual(RISKS);
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
    await answer("事项编号", ENTER);
    await answer("是否继续", DOWN_ENTER);
    expect(await run).toBe(0);
    expect(savedRisks(ws.dir)).toEqual(RISKS);
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
    await answer("事项编号", ENTER);
    await answer("是否继续", DOWN_ENTER);
    expect(await run).toBe(0);
    expect(savedRisks(ws.dir)).toEqual(RISKS);
  });

  it("the only risk point survives going back to 'register risk points?' and forward", async () => {
    const ws = wizardWorkspace();
    cleanup = ws.cleanup;
    const run = runNew({ context: ws.context, noInput: false, resume: false, prompter });
    await answer("事项名称", "调整临时救助标准");
    await answer("责任单位", DOWN_ENTER);
    for (const p of ["事项类别", "所属领域", "敏感类型", "初始风险预判"]) await answer(p, ENTER);
    await answer("纳入计划清单日期", "2026-11-02");
    await answer("事项概况", "");
    await answer("是否登记主要风险点", UP_ENTER); // yes
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
    await answer("事项编号", ENTER);
    await answer("是否继续", DOWN_ENTER);
    expect(await run).toBe(0);
    expect(savedRisks(ws.dir)).toEqual([{ description: "群众不理解", measure: "逐户解释" }]);
  });
});

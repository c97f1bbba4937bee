/**
 * The path matrix: every branch a clerk can take, typed through the real prompts from `new` to a record with no
 * problem at all (what `validate --strict` passes), in one sitting or split (stop after registering, Ctrl-C
 * mid-decision, resume). Each path also goes back once and changes an earlier answer.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen } from "@inquirer/testing/vitest";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { runNew } from "../../src/commands/new.js";
import { runNext } from "../../src/commands/next.js";
import { problemsOf } from "../helpers/check.js";
import { answer, DOWN_ENTER, ENTER, prompter, tidyWizard, waitFor } from "../helpers/wizard.js";
import { recordFiles, wizardWorkspace } from "../helpers/wizard-workspace.js";

type Level = "low" | "medium" | "high";
type Outcome = "implement" | "implement_after_mitigation" | "postpone" | "not_implement" | "adjust_and_redecide";
type Back = "listing" | "decision date" | "continue";

interface Path {
  procedure: "simple" | "ordinary" | "special";
  assessor: "self" | "third_party";
  level: Level;
  outcome: Outcome;
  /** A risk with its measure written at registration (offered again at the decision). */
  risks: boolean;
  tracking: boolean;
  split: boolean;
  back: Back;
}

const LEVELS: Level[] = ["low", "medium", "high"];
const OUTCOMES: Outcome[] = [
  "implement",
  "implement_after_mitigation",
  "postpone",
  "not_implement",
  "adjust_and_redecide",
];
const ALLOWED: Record<Level, Outcome[]> = {
  low: OUTCOMES,
  medium: ["implement_after_mitigation", "postpone", "not_implement", "adjust_and_redecide"],
  high: ["postpone", "not_implement", "adjust_and_redecide"],
};

/** Every (procedure, level, outcome) the rules allow; the other dimensions vary along the list. */
function matrix(): Path[] {
  const combos = [
    ...ALLOWED.low.map((outcome) => ["simple", "low", outcome] as const),
    ...LEVELS.flatMap((level) => ALLOWED[level].map((outcome) => ["ordinary", level, outcome] as const)),
    ...LEVELS.map((level) => ["special", level, ALLOWED[level][0] as Outcome] as const),
  ];
  const backs: Back[] = ["listing", "decision date", "continue"];
  return combos.map(([procedure, level, outcome], i) => ({
    procedure,
    level,
    outcome,
    assessor: i % 2 === 0 ? "self" : "third_party",
    risks: i % 3 !== 1,
    tracking: i % 2 === 1 || i % 5 === 0,
    split: i % 2 === 0,
    back: backs[i % 3] as Back,
  }));
}

const down = (n: number) => ({ keys: [...Array.from({ length: n }, () => "down"), "enter"] });
const implemented = (o: Outcome) => o === "implement" || o === "implement_after_mitigation";

afterEach(tidyWizard);

async function walk(path: Path): Promise<string> {
  const ws = wizardWorkspace();
  vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const level = LEVELS.indexOf(path.level);
  const initial = path.procedure === "simple" ? 0 : level;
  const id = "JZK-2026-001";
  const next = () => runNext({ context: ws.context, id, noInput: false, prompter });

  // Registration.
  let run = runNew({ context: ws.context, noInput: false, resume: false, prompter });
  await answer("事项名称", "调整临时救助标准");
  await answer("责任单位", DOWN_ENTER); // JZK
  await answer("事项类别", ENTER); // policy
  await answer("所属领域", ENTER);
  await answer("敏感类型", ENTER);
  if (path.back === "listing") {
    // A wrong initial risk, noticed at the next question: back, the wrong answer is where the cursor is.
    const wrong = initial === 0 ? 1 : initial - 1;
    await answer("初始风险预判", down(wrong));
    await answer("纳入计划清单日期", "<");
    await waitFor("初始风险预判");
    await answer("初始风险预判", { keys: [initial === 0 ? "up" : "down", "enter"] });
  } else {
    await answer("初始风险预判", down(initial));
  }
  await answer("纳入计划清单日期", "2026-10-01");
  await answer("事项概况", "");
  if (path.risks) {
    await answer("是否登记主要风险点", { keys: ["up", "enter"] });
    await answer("风险描述", "部分群众有意见");
    await answer("化解措施", "加强政策解读");
    await answer("是否再登记一个风险点", ENTER);
  } else {
    await answer("是否登记主要风险点", ENTER);
  }
  await answer("事项编号", ENTER);
  if (path.split) {
    await answer("是否继续", DOWN_ENTER);
    expect(await run).toBe(0);
    screen.clear();
    run = next();
  } else {
    await answer("是否继续", ENTER);
  }

  // Setup.
  await answer("评估主体", down(path.assessor === "self" ? 0 : 1));
  if (path.assessor === "self") await answer("参与评估的各方", ENTER);
  else {
    await answer("受托第三方机构", ENTER);
    await answer("第三方机构的选定方式", ENTER);
  }
  const procedures = initial === 0 ? ["simple", "ordinary", "special"] : ["ordinary", "special"];
  await answer("评估程序", down(procedures.indexOf(path.procedure)));
  if (path.procedure === "special") await answer("依据的行业标准", "行业标准甲");
  if (path.back === "continue") {
    // Back at "continue?": the stage just saved reopens at its last answer, which is then changed.
    await answer("是否继续", { keys: ["up", "enter"] });
    if (path.procedure === "special") {
      await waitFor("依据的行业标准");
      expect(screen.getScreen()).toContain("行业标准甲");
      await answer("依据的行业标准", "行业标准乙");
    } else {
      await waitFor("评估程序");
      await answer("评估程序", ENTER); // the cursor is on the earlier answer
    }
  }
  await answer("是否继续", ENTER);

  // The assessment.
  if (path.procedure === "simple") {
    await answer("专题会议日期", "2026-10-02");
    await answer("专题会议纪要", "风险可控");
    await answer("报备日期", "2026-10-03");
    await answer("风险等级", ENTER);
    await answer("是否继续", ENTER);
  } else {
    const day = (n: number) => `2026-10-0${n}`;
    await answer("「制定方案」完成日期", day(2));
    await answer("「制定方案」工作情况", "");
    await answer("是否继续", ENTER);
    await answer("「听取意见」完成日期", day(3));
    await answer("「听取意见」工作情况", "");
    await answer("听取意见方式", { keys: ["space", "enter"] });
    await answer("征求意见人数", "100");
    await answer("其中赞成人数", "90");
    await answer("其中反对人数", "5");
    await answer("是否继续", ENTER);
    await answer("「分析论证」完成日期", day(4));
    await answer("「分析论证」工作情况", "");
    for (const aspect of ["合法性", "合理性", "可行性", "可控性"]) await answer(`${aspect}结论`, "");
    await answer("是否继续", ENTER);
    await answer("「确定风险」完成日期", day(5));
    await answer("「确定风险」工作情况", "");
    await answer("风险等级", ENTER); // the initial judgement (here the same level) is pointed at
    await answer("是否继续", ENTER);
    await answer("「编制报告」完成日期", day(6));
    await answer("「编制报告」工作情况", "");
    await answer("是否继续", ENTER);
    await answer("「组织评审」完成日期", day(7));
    await answer("「组织评审」工作情况", "");
    await answer("评审专家", ENTER); // E001, asked for: a review needs one
    await answer("与本事项是否存在利害关系", ENTER); // no
    await answer("是否再登记一位评审专家", ENTER); // no
    await answer("是否继续", ENTER);
    await answer("「审查报备」完成日期", day(8));
    await answer("「审查报备」工作情况", "");
    await answer("报备机关", ENTER);
    await answer("是否继续", ENTER);
  }

  // The decision (split paths: Ctrl-C after the outcome, then resume from the draft).
  await answer("决策结果", down(ALLOWED[path.level].indexOf(path.outcome)));
  if (path.split) {
    await waitFor(implemented(path.outcome) ? "措施" : "决策日期");
    screen.keypress({ name: "c", ctrl: true });
    expect(await run).toBe(130);
    screen.clear();
    run = next();
  }
  if (implemented(path.outcome)) {
    if (path.level !== "medium") await answer("是否登记风险防范化解措施", { keys: ["up", "enter"] });
    // A measure written at registration is offered as it was: Enter takes it.
    await answer("措施内容", path.risks ? "" : "印发办事指南");
    await answer("责任单位", ENTER);
    await answer("完成时限", "");
    await answer("是否再登记一条措施", ENTER);
  }
  if (path.back === "decision date") {
    await answer("决策日期", "2026-11-19");
    await answer("决策机关", "<");
    await waitFor("决策日期");
    expect(screen.getScreen()).toContain("2026-11-19"); // the earlier answer is the default
    await answer("决策日期", "2026-11-20");
  } else {
    await answer("决策日期", "2026-11-20");
  }
  await answer("决策机关", ENTER);

  // Tracking, closing the measure.
  if (path.tracking) {
    await answer("是否继续", ENTER);
    await answer("跟踪日期", "2026-11-25");
    await answer("当前风险等级", ENTER);
    await answer("实施情况说明", "");
    if (implemented(path.outcome)) await answer("的完成日期", "2026-11-24");
  } else {
    await answer("是否继续", DOWN_ENTER);
  }
  expect(await run).toBe(0);
  const files = recordFiles(ws.dir);
  expect(files).toEqual([`${id}.yaml`]);
  return readFileSync(join(ws.dir, "records", `${id}.yaml`), "utf8");
}

describe("every path through the wizard, typed", () => {
  for (const path of matrix()) {
    const name = `${path.procedure}/${path.assessor}/${path.level}/${path.outcome}${path.risks ? "/risks" : ""}${path.tracking ? "/tracking" : ""}${path.split ? "/split" : ""} back at ${path.back}`;
    it(name, async () => {
      const text = await walk(path);
      expect(problemsOf(text, { asOf: "2026-11-27" })).toEqual([]);
      const data = parse(text);
      expect(data.initial_risk).toBe(path.procedure === "simple" ? "low" : path.level);
      expect(data.assessment).toMatchObject({
        procedure: path.procedure,
        assessor: path.assessor,
        risk_level: path.level,
      });
      expect(data.decision).toMatchObject({ outcome: path.outcome, decided_on: "2026-11-20" });
      if (path.procedure === "special") {
        expect(data.assessment.standard).toBe(path.back === "continue" ? "行业标准乙" : "行业标准甲");
      }
      const measures = data.mitigation ?? [];
      expect(measures).toHaveLength(implemented(path.outcome) ? 1 : 0);
      if (measures[0]) expect(measures[0].measure).toBe(path.risks ? "加强政策解读" : "印发办事指南");
      expect(data.tracking?.length ?? 0).toBe(path.tracking ? 1 : 0);
      if (path.tracking && measures[0]) expect(measures[0].done_on).toBe("2026-11-24");
    });
  }
});

import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { asked } from "../helpers/asked.js";
import { BIN, hasStack, ROOT, run, tempCopy } from "../helpers/cli.js";

const EXAMPLES = join(ROOT, "examples");
let cleanup: () => void = () => {};
afterEach(() => cleanup());

function workspace(): string {
  const copy = tempCopy(EXAMPLES);
  cleanup = copy.cleanup;
  return copy.dir;
}

/** A complete answers file for `new` (shared with scripts/smoke-windows.sh). */
const COMPLETE = readFileSync(join(ROOT, "test", "fixtures", "answers", "new-simple.yaml"), "utf8");

describe("wenping new / next without a terminal (scripts)", () => {
  it("new --answers with a complete record writes a record that validates", () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.yaml"), COMPLETE);
    const r = run(["new", "--answers", "a.yaml", "--as-of", "2026-11-27"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("BXMZ-2026-015"); // the next free id after the examples' 014
    const record = readFileSync(join(dir, "records", "2026", "BXMZ-2026-015.yaml"), "utf8");
    expect(record).toContain("listed_on: 2026-11-02");
    const v = run(["validate", "records/2026/BXMZ-2026-015.yaml", "--as-of", "2026-11-27", "--strict"], { cwd: dir });
    expect(v.code, v.stdout).toBe(0);
  });

  it("next --answers adds a decision, keeping the record's comments", () => {
    const dir = workspace();
    const path = join(dir, "records", "2026", "BXMZ-2026-011.yaml");
    writeFileSync(path, `# 特困供养改革(注释保留)\n${readFileSync(path, "utf8")}`);
    writeFileSync(
      join(dir, "d.yaml"),
      "decision: { outcome: implement_after_mitigation, decided_on: 2026-11-20 }\nmitigation:\n  - { measure: 分类过渡安置, owner: JZK, due: 2027-03-31 }\n",
    );
    const r = run(["next", "BXMZ-2026-011", "--answers", "d.yaml", "--as-of", "2026-11-27"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(path, "utf8");
    expect(text).toContain("# 特困供养改革(注释保留)");
    expect(text).toMatch(/decision:\n {2}outcome: implement_after_mitigation\n {2}decided_on: 2026-11-20/);
    expect(run(["validate", "--as-of", "2026-11-27"], { cwd: dir }).code).toBe(0);
  });

  it("accepts dates in an answers file written as clerks write them", () => {
    const dir = workspace();
    writeFileSync(
      join(dir, "a.yaml"),
      COMPLETE.replace("listed_on: 2026-11-02", "listed_on: 2026年11月2日").replace(
        "filed_on: 2026-11-06",
        "filed_on: 2026/11/6",
      ),
    );
    const r = run(["new", "--answers", "a.yaml", "--as-of", "2026-11-27"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const record = readFileSync(join(dir, "records", "2026", "BXMZ-2026-015.yaml"), "utf8");
    expect(record).toContain("listed_on: 2026-11-02");
    expect(record).toContain("filed_on: 2026-11-06");
  });

  it("names every missing field (exit 2) and writes nothing", () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.yaml"), "title: 只有名称\nunit: JZK\n");
    const r = run(["new", "--answers", "a.yaml"], { cwd: dir });
    expect(r.code).toBe(2);
    for (const field of ["category", "domain", "initial_risk", "listed_on"]) expect(r.stderr).toContain(field);
    expect(r.stderr).toContain("listed_on(纳入计划清单日期)"); // the schema's Chinese title beside the field
    const en = run(["new", "--answers", "a.yaml", "--lang", "en"], { cwd: dir });
    expect(en.stderr).toMatch(/^ {2}- listed_on$/m); // English: the field alone
    expect(hasStack(r.stderr)).toBe(false);
    const next = run(["next", "BXMZ-2026-011", "--no-input"], { cwd: dir });
    expect(next.code).toBe(2);
    expect(next.stderr).toContain("decision.outcome");
    expect(next.stderr).toContain("decision.decided_on");
  });

  it("refuses an id already in use, and answers the rules forbid", () => {
    const dir = workspace();
    writeFileSync(join(dir, "a.yaml"), `id: BXMZ-2026-002\n${COMPLETE}`);
    const taken = run(["new", "--answers", "a.yaml"], { cwd: dir });
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain("BXMZ-2026-002");
    writeFileSync(join(dir, "d.yaml"), "decision: { outcome: implement, decided_on: 2026-11-20 }\n");
    const high = run(["next", "BXMZ-2026-011", "--answers", "d.yaml", "--as-of", "2026-11-27"], { cwd: dir });
    expect(high.code).toBe(2);
    expect(high.stderr).toContain("中风险事项直接「实施」");
  });
});

const tmux = spawnSync("tmux", ["-V"]).status === 0;

describe.skipIf(!tmux)("wenping new in a real terminal (tmux)", () => {
  it("types a simple-procedure item from start to finish; the file validates", async () => {
    const dir = workspace();
    const session = `wenping-e2e-${process.pid}`;
    const keys = (...k: string[]) => execFileSync("tmux", ["send-keys", "-t", session, ...k]);
    const screen = () =>
      execFileSync("tmux", ["capture-pane", "-p", "-t", session, "-S", "-200"], { encoding: "utf8" });
    // Bounded generously (a loaded CI machine can take seconds to draw a prompt), only to end a stuck test.
    const until = async (holds: (shown: string) => boolean, what: string) => {
      const started = Date.now();
      while (!holds(screen())) {
        if (Date.now() - started > 30_000) throw new Error(`${what}\n${screen()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    const waitFor = (text: string) => until((shown) => shown.includes(text), `not shown: ${text}`);
    const command = `${process.execPath} ${BIN} new --as-of 2026-11-27; echo EXIT=$?; sleep 30`;
    execFileSync("tmux", ["new-session", "-d", "-s", session, "-x", "150", "-y", "50", "-c", dir, command], {
      env: { ...process.env, LANG: "C.UTF-8" },
    });
    try {
      // Keys go once the prompt is asked: its text alone may show earlier, and keys typed ahead are dropped.
      const step = async (prompt: string, ...k: string[]) => {
        await until((shown) => asked(shown, prompt), `not asked: ${prompt}`);
        keys(...k);
      };
      await step("事项名称", "全市养老服务机构等级评定", "Enter");
      await step("责任单位", "Down", "Enter");
      await step("事项类别", "Down", "Down", "Enter"); // 重大活动
      await step("所属领域", "Down", "Enter");
      await step("敏感类型", "Enter");
      await step("初始风险预判", "Enter");
      await step("纳入计划清单日期", "2026-11-20", "Enter");
      await step("事项概况", "Enter");
      await step("是否登记主要风险点", "Enter");
      await step("事项编号", "Enter");
      await step("是否继续", "Enter");
      await step("评估主体", "Enter");
      await step("参与评估的各方", "Enter");
      await step("评估程序", "Enter");
      await step("是否继续:专题会议", "Enter");
      await step("专题会议日期", "2026-11-23", "Enter");
      await step("专题会议纪要", "风险可控", "Enter");
      await step("报备日期", "2026-11-24", "Enter");
      await step("风险等级", "Enter");
      await step("是否继续:登记决策结果", "Down", "Enter");
      await waitFor("EXIT=0");
      expect(screen()).toContain("评估已完成(低风险),待决策");
    } finally {
      spawnSync("tmux", ["kill-session", "-t", session]);
    }
    const v = run(["validate", "--format", "json", "--as-of", "2026-11-27"], { cwd: dir });
    const file = JSON.parse(v.stdout).files.find((f: { file: string }) => f.file === "records/2026/BXMZ-2026-015.yaml");
    expect(file).toMatchObject({ valid: true, problems: [] });
  });
});

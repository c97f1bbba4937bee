/** The built binary in a real terminal (tmux), ended from outside: the answers typed so far are kept as a draft. */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { asked } from "../helpers/asked.js";
import { BIN, ROOT, tempCopy } from "../helpers/cli.js";

const tmux = spawnSync("tmux", ["-V"]).status === 0;
let cleanup: () => void = () => {};
afterEach(() => cleanup());

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A tmux session running `wenping <args>` (as the pane's own process) in a copy of the examples. */
function terminal(args: string) {
  const copy = tempCopy(join(ROOT, "examples"));
  const session = `wenping-sig-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  execFileSync(
    "tmux",
    [
      "new-session",
      "-d",
      "-s",
      session,
      "-x",
      "150",
      "-y",
      "50",
      "-c",
      copy.dir,
      `exec ${process.execPath} ${BIN} ${args}`,
    ],
    { env: { ...process.env, LANG: "C.UTF-8" } },
  );
  cleanup = () => {
    spawnSync("tmux", ["kill-session", "-t", session]);
    copy.cleanup();
  };
  const screen = () => spawnSync("tmux", ["capture-pane", "-p", "-t", session], { encoding: "utf8" }).stdout ?? "";
  return {
    dir: copy.dir,
    session,
    pid: () => Number(execFileSync("tmux", ["display", "-p", "-t", session, "#{pane_pid}"], { encoding: "utf8" })),
    screen,
    keys: (...k: string[]) => execFileSync("tmux", ["send-keys", "-t", session, ...k]),
    /** Waits until the screen shows `text` (bounded only to end a test that would wait for ever). */
    waitFor: (text: string) => until(() => screen().includes(text), `not shown: ${text}`, screen),
    /** Waits until a prompt with `text` is asked, so that keys sent next reach it. */
    asked: (text: string) => until(() => asked(screen(), text), `not asked: ${text}`, screen),
  };
}

/** A generous bound: a loaded CI machine can take seconds to start node and draw a prompt. */
const WAIT_MS = 30_000;

async function until(holds: () => boolean, what: string, screen: () => string): Promise<void> {
  const started = Date.now();
  while (!holds()) {
    if (Date.now() - started > WAIT_MS) throw new Error(`${what}\n${screen()}`);
    await sleep(50);
  }
}

async function waitForFile(path: string): Promise<string> {
  await until(
    () => existsSync(path),
    `no file: ${path}`,
    () => "",
  );
  return readFileSync(path, "utf8");
}

describe.skipIf(!tmux)("wizard ended from outside (closed window, SIGTERM, SIGINT)", () => {
  for (const how of ["window closed", "SIGTERM", "SIGINT"] as const) {
    it(`new keeps the three answers typed when ${how}`, async () => {
      const t = terminal("new --as-of 2026-11-27");
      await t.asked("事项名称");
      t.keys("调整临时救助标准", "Enter");
      await t.asked("责任单位");
      t.keys("Down", "Enter");
      await t.asked("事项类别");
      t.keys("Enter");
      await t.asked("所属领域");
      if (how === "window closed") spawnSync("tmux", ["kill-session", "-t", t.session]);
      else process.kill(t.pid(), how);
      const draft = parse(await waitForFile(join(t.dir, ".wenping", "drafts", "new.yaml")));
      expect(draft.record).toMatchObject({ title: "调整临时救助标准", unit: "JZK", category: "policy" });
    });
  }

  it("next keeps a half-entered decision when the window is closed; the record itself is untouched", async () => {
    const t = terminal("next BXMZ-2026-011 --as-of 2026-11-27");
    const record = join(t.dir, "records", "2026", "BXMZ-2026-011.yaml");
    const before = readFileSync(record, "utf8");
    await t.asked("决策结果");
    expect(t.screen()).toContain("【BXMZ-2026-011 特困人员供养服务机构改革】登记决策结果");
    t.keys("Up", "Enter"); // ← back: nothing earlier in this stage, said so rather than silently re-asked
    await t.waitFor("第一个问题");
    await t.asked("决策结果"); // asked again: keys sent while only the answered one showed were lost
    t.keys("Enter"); // 化解后实施, the first the medium level allows
    await t.asked("回车沿用登记时写的措施"); // the measure written at registration is offered, before any date
    t.keys("Enter");
    await t.asked("责任单位");
    await t.waitFor("❯ 社会救助科");
    spawnSync("tmux", ["kill-session", "-t", t.session]);
    const draft = parse(await waitForFile(join(t.dir, ".wenping", "drafts", "BXMZ-2026-011.yaml")));
    expect(draft.record.decision).toEqual({ outcome: "implement_after_mitigation" });
    expect(draft.record.mitigation).toEqual([{ measure: "加强政策解读和个案帮扶" }]);
    expect(readFileSync(record, "utf8")).toBe(before);
  });
});

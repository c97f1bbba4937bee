/**
 * `wenping edit` when its window closes with changes typed: the record stays as it was, nothing is said to be
 * saved, and the process ends by SIGHUP. Unguarded, the terminal's input ending made readline throw on the dead
 * terminal and Node crash (SIGSEGV in 10 of 10 tmux runs). Played in a child process, deterministically: the
 * prompts answer one change, then the input ends while the menu waits.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT, tempCopy } from "../helpers/cli.js";

const dist = (path: string) => JSON.stringify(new URL(`../../dist/${path}`, import.meta.url).href);
let cleanup = () => {};
afterEach(() => cleanup());

describe("edit, its window closed with a change typed", () => {
  it("leaves the record untouched, says nothing saved, and ends by SIGHUP", () => {
    const copy = tempCopy(join(ROOT, "examples"));
    cleanup = copy.cleanup;
    const record = join(copy.dir, "records", "2026", "BXMZ-2026-011.yaml");
    const before = readFileSync(record, "utf8");
    // The menu is asked twice: first "事项名称" is picked and changed, then the input ends while it waits.
    const script = `
      const { runEdit } = await import(${dist("commands/edit.js")});
      const { resolveContext } = await import(${dist("cli/context.js")});
      process.stdin.isTTY = true;
      let menus = 0;
      const prompter = {
        text: async () => "改过的名称",
        select: (o) => {
          menus += 1;
          if (menus === 1) return Promise.resolve(o.choices.find((c) => String(c.name).startsWith("事项名称")).value);
          setImmediate(() => process.stdin.emit("end"));
          return new Promise(() => {});
        },
        multi: async () => [],
        note: (line) => console.log(line),
      };
      const context = resolveContext({ workspace: ${JSON.stringify(copy.dir)}, asOf: "2026-11-27" }, ${JSON.stringify(copy.dir)});
      const code = await runEdit({ context, noInput: false, prompter, id: "BXMZ-2026-011" });
      console.log("edit returned " + code);
    `;
    const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect({ status: run.status, signal: run.signal }).toEqual({ status: null, signal: "SIGHUP" });
    expect(run.stdout).not.toMatch(/已保存|returned/);
    expect(readFileSync(record, "utf8")).toBe(before);
  });
});

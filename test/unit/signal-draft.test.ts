/**
 * A closed window can reach the wizard as the end of the terminal's input or as a failed read (EIO) before
 * SIGHUP is handled. Both must keep the draft and end by SIGHUP itself (a shell says 129); a failed read used to
 * end the process at once with the answers lost (about one closed window in three, measured in tmux), and an
 * exit (even with 129) crashes on Node 20 once the terminal is gone (SIGABRT/SIGSEGV in every tmux run). The
 * order the terminal picks cannot be forced, so each is played here in a child process, deterministically.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse } from "yaml";

const GUARD = new URL("../../dist/wizard/signal-draft.js", import.meta.url).href;
let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

/**
 * Runs a child whose terminal input then does `how`, with the guard keeping a draft named `new`. As in the
 * wizard, the prompts listen too: a SIGHUP listener of their own, and readline on the input after the guard,
 * which throws on a dead terminal; what runs after the guard is printed.
 */
function endInput(how: "end" | "error", guarded: boolean, windows = false) {
  root = mkdtempSync(join(tmpdir(), "wenping-signal-"));
  const script = `
    const { keepDraftOnSignal } = await import(${JSON.stringify(GUARD)});
    process.stdin.isTTY = true;
    if (${windows}) {
      // As on Windows, where libuv raises only SIGINT, SIGTERM, SIGKILL and SIGQUIT: kill(SIGHUP) throws ENOSYS.
      const kill = process.kill.bind(process);
      process.kill = (pid, signal) => {
        if (signal === "SIGHUP") throw Object.assign(new Error("kill ENOSYS"), { code: "ENOSYS" });
        return kill(pid, signal);
      };
    }
    if (${guarded}) {
      const guard = keepDraftOnSignal(() => {});
      guard.keep(() => ({ root: ${JSON.stringify(root)}, name: "new", draft: { record: { title: "调整临时救助标准" } }, resume: "" }));
    }
    process.on("SIGHUP", () => console.log("prompt's SIGHUP listener ran"));
    process.stdin.on(${JSON.stringify(how)}, (error) => {
      console.log("readline ran");
      if (error) throw error; // readline passes a failed read on, and nothing handles it
    });
    process.on("exit", () => console.log("exit handlers ran"));
    const failure = Object.assign(new Error("read EIO"), { code: "EIO", errno: -5, syscall: "read" });
    ${how === "end" ? 'process.stdin.emit("end")' : 'process.stdin.emit("error", failure)'};
    setTimeout(() => process.exit(0), 200);
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  const file = join(root, ".wenping", "drafts", "new.yaml");
  return {
    status: run.status,
    signal: run.signal,
    stdout: run.stdout,
    draft: existsSync(file) ? parse(readFileSync(file, "utf8")) : undefined,
  };
}

describe("the terminal's input ends while the wizard waits (a closed window)", () => {
  for (const how of ["end", "error"] as const) {
    it(`input ${how === "end" ? "ended" : "failed (EIO)"}: the answers are kept and the process ends by SIGHUP at once`, () => {
      const run = endInput(how, true);
      expect(run.draft).toEqual({ record: { title: "调整临时救助标准" } });
      // Killed by the hang-up (a shell says 129), not an exit: nothing else ran, not even exit handlers.
      expect({ status: run.status, signal: run.signal, stdout: run.stdout }).toEqual({
        status: null,
        signal: "SIGHUP",
        stdout: "",
      });
    });
  }

  it("where SIGHUP cannot be raised (Windows), the answers are kept and the exit is a hang-up's, 129", () => {
    const run = endInput("end", true, true);
    expect(run.draft).toEqual({ record: { title: "调整临时救助标准" } });
    expect(run.status).toBe(129);
  });

  it("without the guard a failed read ends the process with nothing kept (what the guard is for)", () => {
    const run = endInput("error", false);
    expect(run.draft).toBeUndefined();
    expect(run.status).not.toBe(0);
  });
});

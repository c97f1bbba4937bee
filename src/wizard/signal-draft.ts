/**
 * Keeps the answers when the wizard is ended from outside: the window closed (SIGHUP), SIGTERM, or SIGINT
 * sent by another process. @inquirer/core re-raises these before an asynchronous save could finish, so the
 * draft is written synchronously here, then the signal is raised again and ends the process as it would have.
 * A closed window may show first on the terminal's input, before SIGHUP is handled: as its end, or as a
 * read that fails (EIO), which nothing else listens for and which would end the process at once. Both are
 * kept the same way, and the process ends as if hung up. (Measured in tmux: about one closed window in
 * three came as EIO, and its answers were lost before this.)
 *
 * The process always ends by the signal itself, at once, never by an exit: on Node 20 an exit after a hang-up
 * aborts (Node resets the terminal's mode on exit and asserts that this works, which it cannot once the window
 * is gone; fixed in Node 24), so every closed window ended as a crash, SIGABRT or SIGSEGV, not a hang-up. Ending
 * at once also keeps readline, which listens to the same input after us, from throwing on the dead terminal.
 */
import { endBySignal } from "../util/end-by-signal.js";
import type { Draft } from "./drafts.js";
import { saveDraftSync } from "./drafts.js";

const SIGNALS = ["SIGHUP", "SIGTERM", "SIGINT"] as const;

/** What to keep, worked out when the signal comes (the draft and its place change during a sitting). */
export type Keep = () => { root: string; name: string; draft: Draft; resume: string } | undefined;

/** The handlers keeping a draft on a signal, while a sitting runs. */
export interface SignalGuard {
  /** Says what a signal should keep from now on. */
  keep(what: Keep): void;
  /** Removes the handlers (the sitting is over). */
  release(): void;
}

/** Installs the handlers; `said` tells the clerk where the draft went. */
export function keepDraftOnSignal(said: (file: string, resume: string) => void): SignalGuard {
  let what: Keep = () => undefined;
  const keepNow = (tell: boolean) => {
    try {
      const kept = what();
      if (!kept) return;
      const file = saveDraftSync(kept.root, kept.name, kept.draft);
      if (tell) said(file, kept.resume);
    } catch {
      // A draft is never worth failing the exit over (the disk may be full, the folder gone).
    }
  };
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      release();
      keepNow(signal !== "SIGHUP"); // after a hang-up there is no one to tell
      endBy(signal);
    };
    process.on(signal, handler);
    return [signal, handler] as const;
  });
  const terminalGone = () => {
    release();
    keepNow(false);
    endBy("SIGHUP"); // what a hang-up would have given (a shell says 129)
  };
  const tty = process.stdin.isTTY === true;
  if (tty) {
    process.stdin.on("end", terminalGone);
    process.stdin.on("error", terminalGone);
  }
  function release(): void {
    for (const [signal, handler] of handlers) process.off(signal, handler);
    if (tty) {
      process.stdin.off("end", terminalGone);
      process.stdin.off("error", terminalGone);
    }
  }
  return { keep: (k) => (what = k), release };
}

/**
 * Ends the process by `signal` now: with no listener left for it, the signal's default action ends the process
 * before `kill` returns, so no exit handler, no readline and no terminal reset runs after the draft was kept.
 * (A listener left, such as the prompts' own, would turn it into one more event and let the process go on.)
 */
function endBy(signal: (typeof SIGNALS)[number]): void {
  process.removeAllListeners(signal);
  endBySignal(signal);
}

/**
 * A file being written removed when a signal ends the process (Ctrl-C, SIGTERM, a closed window): a temporary
 * file cut off mid-write would otherwise stay beside the output, a half-written workbook under a hidden name
 * (visible on Windows). Measured: SIGTERM while `report monthly` wrote its workbook left one every time it came
 * in that window.
 */
import { unlinkSync } from "node:fs";
import { endBySignal } from "./end-by-signal.js";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

/**
 * Until the returned function is called, a signal first removes `path`; the process then ends by that signal,
 * unless another listener (the wizard's, which keeps a draft) takes over the ending. Listens before the others.
 */
export function removeOnSignal(path: string): () => void {
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      release();
      try {
        unlinkSync(path);
      } catch {
        // Already renamed into place, or never made: nothing to remove.
      }
      // With no listener left, the signal's default action ends the process before `kill` returns.
      if (process.listenerCount(signal) === 0) endBySignal(signal);
    };
    process.prependListener(signal, handler);
    return [signal, handler] as const;
  });
  function release(): void {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  }
  return release;
}

/** Progress on stderr for long loads: only on a terminal, only after a second, and cleared when done. */
import { EXIT_INTERRUPTED, EXIT_TERMINATED, UserError } from "../errors.js";
import type { Ui } from "../i18n/ui.zh.js";

const DELAY_MS = 1000;
const EVERY_MS = 100;
const CLEAR = "\r\u001b[2K";

/** Told how many of the record files are analysed so far; the CLI supplies one that draws a line. */
export type Progress = (done: number, total: number) => void;

/**
 * A progress callback, or undefined when stderr is not a terminal (pipes and scripts get none). While a line is
 * shown, Ctrl-C (or SIGTERM from outside) clears it and the next call throws an interruption (exit 130, or 143 as a
 * shell reports SIGTERM), which the entry point reports: nothing is half-written, as writes are atomic.
 */
export function progressReporter(text: Ui, stream: NodeJS.WriteStream = process.stderr): Progress | undefined {
  if (!stream.isTTY) return undefined;
  const started = Date.now();
  let last = 0;
  let interrupted: number | undefined;
  const stop = (code: number) => {
    interrupted = code;
    stream.write(CLEAR);
  };
  const onInt = () => stop(EXIT_INTERRUPTED);
  const onTerm = () => stop(EXIT_TERMINATED);
  return (done, total) => {
    if (interrupted !== undefined) throw new UserError(text.interrupted, interrupted);
    const now = Date.now();
    if (now - started < DELAY_MS) return;
    if (done < total && now - last < EVERY_MS) return;
    if (last === 0) {
      process.once("SIGINT", onInt);
      process.once("SIGTERM", onTerm);
    }
    last = now;
    stream.write(`\r${text.loading(done, total)}`);
    if (done === total) {
      stream.write(CLEAR);
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
    }
  };
}

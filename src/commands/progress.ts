/** Progress on stderr for long loads: only on a terminal, only after a second, and cleared when done. */
import type { Context } from "../cli/context.js";
import { EXIT_INTERRUPTED, EXIT_TERMINATED } from "../cli/errors.js";

const DELAY_MS = 1000;
const EVERY_MS = 100;
const CLEAR = "\r\u001b[2K";

/** A progress callback, or undefined when stderr is not a terminal (pipes and scripts get none). */
export function progressReporter(context: Context, stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) return undefined;
  const started = Date.now();
  let last = 0;
  // While a progress line is shown, Ctrl-C (or SIGTERM from outside, issue 12) clears it and says so
  // (nothing is half-written: writes are atomic). SIGTERM ends as a shell reports it, 128 + 15.
  const onInt = () => stop(EXIT_INTERRUPTED);
  const onTerm = () => stop(EXIT_TERMINATED);
  const stop = (code: number) => {
    stream.write(`${CLEAR}${context.text.interrupted}\n`);
    process.exit(code);
  };
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - started < DELAY_MS) return;
    if (done < total && now - last < EVERY_MS) return;
    if (last === 0) {
      process.once("SIGINT", onInt);
      process.once("SIGTERM", onTerm);
    }
    last = now;
    stream.write(`\r${context.text.loading(done, total)}`);
    if (done === total) {
      stream.write(CLEAR);
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
    }
  };
}

/** Progress on stderr for long loads: only on a terminal, only after a second, and cleared when done. */
import type { Context } from "../cli/context.js";

const DELAY_MS = 1000;
const EVERY_MS = 100;

/** A progress callback, or undefined when stderr is not a terminal (pipes and scripts get none). */
export function progressReporter(context: Context, stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) return undefined;
  const started = Date.now();
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - started < DELAY_MS) return;
    if (done < total && now - last < EVERY_MS) return;
    last = now;
    stream.write(`\r${context.text.loading(done, total)}`);
    if (done === total) stream.write("\r\u001b[2K");
  };
}

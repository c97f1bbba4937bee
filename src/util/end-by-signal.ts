/**
 * Ends the process by `signal` itself, as if it had not been caught, so a shell or parent sees the signal.
 * Windows (libuv) can raise only SIGINT, SIGTERM, SIGKILL and SIGQUIT: for any other (a closed window is SIGHUP
 * there too) the process exits with the code a shell gives for that signal, 128 + its number.
 */
import { constants } from "node:os";

/** Raises `signal` on this process; where the system cannot, exits with 128 + the signal's number. */
export function endBySignal(signal: NodeJS.Signals): void {
  try {
    process.kill(process.pid, signal);
  } catch {
    process.exit(128 + (constants.signals[signal] ?? 0));
  }
}

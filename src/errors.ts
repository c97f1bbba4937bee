/** Errors meant for the user: one clear line (plus detail lines), never a stack; exit codes of docs/reference/commands.md. */

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;
/** The terminal window closed (SIGHUP), as a shell reports it: 128 + 1. */
export const EXIT_HANGUP = 129;
/** Ended by SIGTERM (a task manager, `kill`), as a shell reports it: 128 + 15. */
export const EXIT_TERMINATED = 143;
/** An internal error (a bug), as sysexits EX_SOFTWARE; never expected, always reported without a stack. */
export const EXIT_INTERNAL = 70;

export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
    /** Lines printed after the message (e.g. the problems of an invalid wenping.yaml). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Errors meant for the user: one clear line (plus optional detail lines), never a stack, with the exit code of SPEC §5. */

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;
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

/** An invalid `wenping.yaml`: exit 2, carrying its problems (and text, for code frames) for the command to show. */
export class ConfigError extends UserError {
  constructor(
    message: string,
    readonly file: string,
    readonly text: string | undefined,
    readonly findings: readonly import("../check/locate-findings.js").Located[],
  ) {
    super(message);
  }
}

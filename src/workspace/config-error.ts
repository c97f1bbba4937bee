import type { Located } from "../diagnostics/locate-findings.js";
import { UserError } from "../errors.js";

/** An invalid `wenping.yaml`: exit 2, carrying its problems (and text, for code frames) for the command to show. */
export class ConfigError extends UserError {
  constructor(
    message: string,
    readonly file: string,
    readonly text: string | undefined,
    readonly findings: readonly Located[],
  ) {
    super(message);
  }
}

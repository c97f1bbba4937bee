/** The JSON document of `validate --format json` (docs/reference/commands.md). */
import type { Problem } from "../diagnostics/finding.js";

export interface ValidateJson {
  summary: { files: number; valid: number; errors: number; warnings: number };
  files: { file: string; valid: boolean; problems: Problem[] }[];
}

/** Counts and per-file verdicts; a file is valid when it has no error (warnings alone keep it valid). */
export function toValidateJson(entries: readonly { file: string; problems: readonly Problem[] }[]): ValidateJson {
  const files = entries.map(({ file, problems }) => ({
    file,
    valid: !problems.some((p) => p.severity === "error"),
    problems: [...problems],
  }));
  const count = (severity: Problem["severity"]) =>
    files.reduce((n, f) => n + f.problems.filter((p) => p.severity === severity).length, 0);
  return {
    summary: {
      files: files.length,
      valid: files.filter((f) => f.valid).length,
      errors: count("error"),
      warnings: count("warning"),
    },
    files,
  };
}

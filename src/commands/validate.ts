/** `wenping validate [PATH...]`: check records against the schema and the regime's rules (docs/reference/problems.md, commands.md). */
import { checkPaths } from "../check/check-paths.js";
import type { CheckedFile } from "../check/late-findings.js";
import type { Context } from "../cli/context.js";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UserError } from "../errors.js";
import { toValidateJson } from "../format/problems-json.js";
import {
  configErrorEntry,
  defaultBounds,
  type FileProblems,
  fileProblems,
  formatConfigError,
  formatProblemsText,
} from "../format/problems-text.js";
import { recordText } from "../read/text.js";
import { ConfigError } from "../workspace/config-error.js";

/** The options of `wenping validate`. */
export interface ValidateOptions {
  context: Context;
  paths: string[];
  format: "text" | "json";
  strict: boolean;
  /** Problems listed per file in text output (0: all); JSON always has all. */
  maxProblems?: string;
  readStdin: () => Promise<Buffer>;
}

async function output(entries: readonly FileProblems[], options: ValidateOptions): Promise<void> {
  const { text } = options.context;
  const json = toValidateJson(entries);
  if (options.format === "json") {
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    return;
  }
  const { default: chalk } = await import("chalk");
  const lines = formatProblemsText(entries, text, chalk, defaultBounds(Number(options.maxProblems ?? 10)));
  if (entries.length === 0) lines.push(text.noRecordFiles);
  const { files, valid, errors, warnings } = json.summary;
  if (lines.length > 0) lines.push("");
  lines.push(chalk.bold(text.validateSummary(files, valid, errors, warnings)));
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** The file's text for code frames: read only for files that have problems, and only for text output. */
function textFor(record: CheckedFile, options: ValidateOptions): string | undefined {
  if (options.format !== "text" || record.findings.length === 0) return undefined;
  if (record.text !== undefined) return record.text;
  return record.abs ? recordText(record.abs) : undefined;
}

/** Runs the command; returns the exit code. */
export async function runValidate(options: ValidateOptions): Promise<number> {
  const { lang, text } = options.context;
  const max = options.maxProblems;
  if (max !== undefined && !/^\d{1,6}$/.test(max))
    throw new UserError(text.badChoice("--max-problems", max, ["0", "1", "2", "…"]));
  let records: CheckedFile[];
  try {
    records = await checkPaths(options.context, options.paths, options.readStdin);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const entry = configErrorEntry(error, lang);
    if (options.format === "json") await output([entry], options);
    else
      process.stderr.write(`${formatConfigError(error, lang, text, (await import("chalk")).chalkStderr).join("\n")}\n`);
    return EXIT_USAGE;
  }
  const entries = records.map((r) => fileProblems(r.file, r.findings, lang, textFor(r, options)));
  await output(entries, options);
  if (records.some((r) => r.findings.some((f) => f.key === "IO.unreadable"))) return EXIT_USAGE;
  const problems = entries.flatMap((e) => e.problems);
  const failing = problems.some((p) => p.severity === "error" || (options.strict && p.severity === "warning"));
  return failing ? EXIT_PROBLEMS : EXIT_OK;
}

/** `wenping validate [PATH...]`: check records against the schema and the regime's rules (SPEC §4–§5). */
import { basename } from "node:path";
import { default as chalk, chalkStderr } from "chalk";
import { type CheckedRecord, checkRecords } from "../check/check-records.js";
import type { Located } from "../check/locate-findings.js";
import type { Context } from "../cli/context.js";
import { ConfigError, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE } from "../cli/errors.js";
import type { Problem } from "../diagnostics/finding.js";
import { toValidateJson } from "../format/problems-json.js";
import { configErrorEntry, type FileProblems, formatProblemsText } from "../format/problems-text.js";
import { render } from "../i18n/index.js";
import { displayPath } from "../workspace/list.js";
import { openWorkspace, readSources, workspaceRecordFiles } from "../workspace/open.js";
import { selectFiles } from "../workspace/select.js";
import { type Source, sourceFromBytes } from "../workspace/source.js";
import { progressReporter } from "./progress.js";

export interface ValidateOptions {
  context: Context;
  paths: string[];
  format: "text" | "json";
  strict: boolean;
  readStdin: () => Promise<Buffer>;
}

interface Outcome {
  entries: FileProblems[];
  unreadable: boolean;
}

function output(entries: readonly FileProblems[], options: ValidateOptions, color = chalk): void {
  const { text } = options.context;
  if (options.format === "json") {
    process.stdout.write(`${JSON.stringify(toValidateJson(entries), null, 2)}\n`);
    return;
  }
  const json = toValidateJson(entries);
  const lines = formatProblemsText(entries, text, color);
  if (entries.length === 0) lines.push(text.noRecordFiles);
  const { files, valid, errors, warnings } = json.summary;
  if (lines.length > 0) lines.push("");
  lines.push(color.bold(text.validateSummary(files, valid, errors, warnings)));
  process.stdout.write(`${lines.join("\n")}\n`);
}

function toEntry(record: CheckedRecord, source: Source, options: ValidateOptions): FileProblems {
  const problems = record.findings.map((f: Located): Problem => render(f, options.context.lang));
  return { file: record.file, problems, ...(source.text !== undefined ? { text: source.text } : {}) };
}

async function check(options: ValidateOptions): Promise<Outcome> {
  const { context } = options;
  const ws = await openWorkspace(context.workspace, context.cwd, context.text);
  const all = await workspaceRecordFiles(ws.root);
  const selection =
    options.paths.length > 0 ? await selectFiles(options.paths, context.cwd, context.text) : { ...all, stdin: false };
  const sources = await readSources(ws.root, selection.files, progressReporter(context));
  if (selection.stdin) sources.push(sourceFromBytes("<stdin>", await options.readStdin()));
  for (const folder of selection.unreadable) {
    sources.push({
      file: displayPath(ws.root, folder),
      findings: [
        {
          code: "IO",
          severity: "error",
          path: "",
          key: "IO.unreadable",
          params: { reason: "EACCES" },
          line: 1,
          column: 1,
        },
      ],
    });
  }
  // Records not being checked still own their ids (file names are ids, WP002); a piped record stands alone.
  const checked = new Set(selection.files);
  const otherIds = all.files
    .filter((f) => !checked.has(f))
    .map((f) => ({ file: displayPath(ws.root, f), id: basename(f).replace(/\.ya?ml$/i, "") }));
  const records = checkRecords(sources, { config: ws.config, asOf: context.asOf, otherIds });
  return {
    entries: records.map((r, i) => toEntry(r, sources[i] as Source, options)),
    unreadable: sources.some((s) => s.findings.some((f) => f.key === "IO.unreadable")),
  };
}

/** Runs the command; returns the exit code. */
export async function runValidate(options: ValidateOptions): Promise<number> {
  let outcome: Outcome;
  try {
    outcome = await check(options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const entry = configErrorEntry(error, options.context.lang);
    if (options.format === "json") output([entry], options);
    else
      process.stderr.write(
        `${[error.message, ...formatProblemsText([entry], options.context.text, chalkStderr)].join("\n")}\n`,
      );
    return EXIT_USAGE;
  }
  output(outcome.entries, options);
  if (outcome.unreadable) return EXIT_USAGE;
  const problems = outcome.entries.flatMap((e) => e.problems);
  const failing = problems.some((p) => p.severity === "error" || (options.strict && p.severity === "warning"));
  return failing ? EXIT_PROBLEMS : EXIT_OK;
}

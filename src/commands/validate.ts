/** `wenping validate [PATH...]`: check records against the schema and the regime's rules (docs/reference/problems.md, commands.md). */
import { basename } from "node:path";
import { addLateFindings, type CheckedFile } from "../check/late-findings.js";
import { analyzeWorkspaceFiles, locateFromDisk, unreadableFolder } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UserError } from "../errors.js";
import { toValidateJson } from "../format/problems-json.js";
import { configErrorEntry, defaultBounds, type FileProblems, formatProblemsText } from "../format/problems-text.js";
import { render } from "../i18n/index.js";
import { idFromFileName } from "../model/record-file.js";
import { recordText } from "../read/index.js";
import { ConfigError } from "../workspace/config-error.js";
import { displayPath } from "../workspace/list.js";
import { openWorkspace, workspaceRecordFiles } from "../workspace/open.js";

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

async function check(options: ValidateOptions): Promise<CheckedFile[]> {
  const { context } = options;
  const ws = await openWorkspace(context.workspace, context.cwd, context.text, context.cache);
  const all = await workspaceRecordFiles(ws.root);
  // tinyglobby loads only when there are paths to resolve.
  const select = async () =>
    (await import("../workspace/select.js")).selectFiles(options.paths, context.cwd, context.text);
  const selection = options.paths.length > 0 ? await select() : { ...all, stdin: false };
  const facts = await analyzeWorkspaceFiles(ws, selection.files, context, false, options.paths.length > 0);
  if (selection.stdin) {
    const { analyzeFile } = await import("../check/analyze-file.js");
    facts.push(analyzeFile({ file: "<stdin>", bytes: await options.readStdin() }, ws.config, { keepText: true }));
  }
  // docs/reference/commands.md: files in path order (an unreadable folder takes its place among them; stdin comes last).
  const folders = selection.unreadable.map((folder) => unreadableFolder(ws.root, folder));
  const stdin = facts.filter((f) => f.abs === undefined && f.file === "<stdin>");
  const onDisk = [...facts.filter((f) => !stdin.includes(f)), ...folders].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : 0,
  );
  facts.splice(0, facts.length, ...onDisk, ...stdin);
  // Records not being checked still own their ids (file names are ids, WP002); a piped record stands alone.
  const checked = new Set(selection.files);
  const otherIds = all.files
    .filter((f) => !checked.has(f))
    .map((f) => ({ file: displayPath(ws.root, f), id: idFromFileName(basename(f)) }));
  return locateFromDisk(addLateFindings(facts, { config: ws.config, asOf: context.asOf, otherIds }));
}

/** Runs the command; returns the exit code. */
export async function runValidate(options: ValidateOptions): Promise<number> {
  const { lang, text } = options.context;
  const max = options.maxProblems;
  if (max !== undefined && !/^\d{1,6}$/.test(max))
    throw new UserError(text.badChoice("--max-problems", max, ["0", "1", "2", "…"]));
  let records: CheckedFile[];
  try {
    records = await check(options);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const entry = configErrorEntry(error, lang);
    if (options.format === "json") await output([entry], options);
    else
      process.stderr.write(
        `${[error.message, ...formatProblemsText([entry], text, (await import("chalk")).chalkStderr)].join("\n")}\n`,
      );
    return EXIT_USAGE;
  }
  const entries = records.map((r): FileProblems => {
    const source = textFor(r, options);
    return {
      file: r.file,
      problems: r.findings.map((f) => render(f, lang)),
      ...(source !== undefined ? { text: source } : {}),
    };
  });
  await output(entries, options);
  if (records.some((r) => r.findings.some((f) => f.key === "IO.unreadable"))) return EXIT_USAGE;
  const problems = entries.flatMap((e) => e.problems);
  const failing = problems.some((p) => p.severity === "error" || (options.strict && p.severity === "warning"));
  return failing ? EXIT_PROBLEMS : EXIT_OK;
}

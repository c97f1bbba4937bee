/** Human output of problems: `file:line:column  severity  code  message`, a hint, and a code frame with a caret. */
import type { ChalkInstance } from "chalk";
import type { Problem } from "../diagnostics/finding.js";
import type { Located } from "../diagnostics/locate-findings.js";
import { type Lang, render } from "../i18n/index.js";
import type { Ui } from "../i18n/ui.zh.js";
import type { ConfigError } from "../workspace/config-error.js";
import { cutAround, sanitize } from "./terminal.js";

export interface FileProblems {
  file: string;
  problems: readonly Problem[];
  /** The file's text, for code frames. */
  text?: string;
}

/** How much to show: problems per file and in all (0: no limit), and the terminal's width for code frames. */
export interface TextBounds {
  maxProblems: number;
  columns: number;
}

/** Ten problems a file, a hundred in all, frames as wide as the terminal (or 100 columns in a pipe). */
export function defaultBounds(maxProblems = 10): TextBounds {
  return { maxProblems, columns: process.stdout.columns || 100 };
}

function frame(text: string, line: number, column: number, color: ChalkInstance, columns: number): string[] {
  const lines = text.split(/\r?\n/);
  const target = lines[line - 1];
  if (target === undefined) return [];
  const width = String(line).length;
  // Room for the text after "    > 12 | ", never less than 20 columns.
  const room = Math.max(20, columns - (width + 9));
  const clean = (body: string) => sanitize(body.replace(/\t/g, " "));
  const cut = (body: string) => {
    const head = clean(body.slice(0, Math.max(0, column - 1)));
    return cutAround(head + clean(body.slice(Math.max(0, column - 1))), [...head].length, room);
  };
  const show = (n: number, body: string, mark: string) => `    ${mark} ${String(n).padStart(width)} | ${body}`;
  const out: string[] = [];
  const before = lines[line - 2];
  if (before !== undefined && before.trim() !== "") out.push(color.dim(show(line - 1, cut(before).text, " ")));
  const shown = cut(target);
  out.push(show(line, shown.text, color.bold(">")));
  out.push(`      ${" ".repeat(width)} | ${" ".repeat(shown.caret)}${color.red("^")}`);
  return out;
}

/** Where a problem is, as editors and terminals link it: `file:line:column`. */
export function problemPlace(file: string, problem: { line: number; column: number }): string {
  return `${file}:${problem.line}:${problem.column}`;
}

/** The lines for one file's problems (none when it has none), at most `bounds.maxProblems` of them. */
export function formatFileProblems(
  entry: FileProblems,
  text: Ui,
  color: ChalkInstance,
  bounds: TextBounds = defaultBounds(),
): string[] {
  const out: string[] = [];
  const shown = bounds.maxProblems > 0 ? entry.problems.slice(0, bounds.maxProblems) : entry.problems;
  for (const p of shown) {
    const sev = p.severity === "error" ? color.red(text.severity.error) : color.yellow(text.severity.warning);
    out.push(`${color.bold(problemPlace(entry.file, p))}  ${sev}  ${color.cyan(p.code)}  ${sanitize(p.message)}`);
    if (p.hint) out.push(`    ${color.green(text.hint)}${sanitize(p.hint)}`);
    if (entry.text !== undefined) out.push(...frame(entry.text, p.line, p.column, color, bounds.columns));
  }
  if (shown.length < entry.problems.length)
    out.push(color.dim(text.bounds.moreProblems(entry.problems.length - shown.length)));
  return out;
}

/**
 * All files' problems, a blank line between files; after ten times `bounds.maxProblems` problems in all,
 * the remaining files are counted, not shown (1,000 broken records are not 20,000 lines; issue 12).
 */
export function formatProblemsText(
  entries: readonly FileProblems[],
  text: Ui,
  color: ChalkInstance,
  bounds: TextBounds = defaultBounds(),
): string[] {
  const out: string[] = [];
  const most = bounds.maxProblems * 10;
  let shown = 0;
  const failing = entries.filter((e) => e.problems.length > 0);
  for (const [i, entry] of failing.entries()) {
    if (most > 0 && shown >= most) {
      out.push("", color.dim(text.bounds.moreFilesWithProblems(failing.length - i)));
      break;
    }
    if (out.length > 0) out.push("");
    out.push(...formatFileProblems(entry, text, color, bounds));
    shown += bounds.maxProblems > 0 ? Math.min(bounds.maxProblems, entry.problems.length) : entry.problems.length;
  }
  return out;
}

/** One file's located findings rendered in `lang`, with the file's text (for code frames) when there is one. */
export function fileProblems(file: string, findings: readonly Located[], lang: Lang, text?: string): FileProblems {
  return { file, problems: findings.map((f) => render(f, lang)), text };
}

/** The problems of an invalid wenping.yaml, ready to print like a record's. */
export function configErrorEntry(error: ConfigError, lang: Lang): FileProblems {
  return fileProblems(error.file, error.findings, lang, error.text);
}

/** An invalid wenping.yaml as printed on stderr: the message, then its problems like a record's. */
export function formatConfigError(error: ConfigError, lang: Lang, text: Ui, color: ChalkInstance): string[] {
  return [error.message, ...formatProblemsText([configErrorEntry(error, lang)], text, color)];
}

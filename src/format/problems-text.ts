/** Human output of problems: `file:line:column  severity  code  message`, a hint, and a code frame with a caret. */
import type { ChalkInstance } from "chalk";
import type { Problem } from "../diagnostics/finding.js";
import { type Lang, render } from "../i18n/index.js";
import type { Ui } from "../i18n/ui.zh.js";
import type { ConfigError } from "../workspace/config-error.js";
import { displayWidth, sanitize } from "./terminal.js";

export interface FileProblems {
  file: string;
  problems: readonly Problem[];
  /** The file's text, for code frames. */
  text?: string;
}

function frame(text: string, line: number, column: number, color: ChalkInstance): string[] {
  const lines = text.split(/\r?\n/);
  const target = lines[line - 1];
  if (target === undefined) return [];
  const width = String(line).length;
  const show = (n: number, body: string, mark: string) =>
    `    ${mark} ${String(n).padStart(width)} | ${sanitize(body.replace(/\t/g, " "))}`;
  const out: string[] = [];
  const before = lines[line - 2];
  if (before !== undefined && before.trim() !== "") out.push(color.dim(show(line - 1, before, " ")));
  out.push(show(line, target, color.bold(">")));
  const pad = displayWidth(sanitize(target.slice(0, Math.max(0, column - 1)).replace(/\t/g, " ")));
  out.push(`      ${" ".repeat(width)} | ${" ".repeat(pad)}${color.red("^")}`);
  return out;
}

/** The lines for one file's problems (none when it has none). */
export function formatFileProblems(entry: FileProblems, text: Ui, color: ChalkInstance): string[] {
  const out: string[] = [];
  for (const p of entry.problems) {
    const sev = p.severity === "error" ? color.red(text.severity.error) : color.yellow(text.severity.warning);
    out.push(
      `${color.bold(`${entry.file}:${p.line}:${p.column}`)}  ${sev}  ${color.cyan(p.code)}  ${sanitize(p.message)}`,
    );
    if (p.hint) out.push(`    ${color.green(text.hint)}${sanitize(p.hint)}`);
    if (entry.text !== undefined) out.push(...frame(entry.text, p.line, p.column, color));
  }
  return out;
}

/** All files' problems, a blank line between files. */
export function formatProblemsText(entries: readonly FileProblems[], text: Ui, color: ChalkInstance): string[] {
  const out: string[] = [];
  for (const entry of entries) {
    const lines = formatFileProblems(entry, text, color);
    if (lines.length === 0) continue;
    if (out.length > 0) out.push("");
    out.push(...lines);
  }
  return out;
}

/** The problems of an invalid wenping.yaml, ready to print like a record's. */
export function configErrorEntry(error: ConfigError, lang: Lang): FileProblems {
  const problems = error.findings.map((f) => render(f, lang));
  return { file: error.file, problems, ...(error.text !== undefined ? { text: error.text } : {}) };
}

/**
 * Reports refuse to count unreadable or malformed records (docs/reference/workbook.md): one message, the same for
 * every report, naming the first few files and then a count.
 */
import { chalkStderr } from "chalk";
import type { CheckedFile } from "../check/late-findings.js";
import type { Context } from "../cli/context.js";
import { EXIT_PROBLEMS, EXIT_USAGE } from "../errors.js";
import { problemPlace } from "../format/problems-text.js";
import { render } from "../i18n/index.js";

/** How many refused files are named before the rest are counted: a thousand broken records are not a thousand lines. */
const LISTED = 10;

/**
 * Writes why the report is not written and returns its exit code when malformed records block it: 2 when a record
 * or folder is unreadable (unreadable input, as validate says), 1 for records with problems; undefined otherwise.
 */
export function blockedByMalformed(
  context: Context,
  records: readonly CheckedFile[],
  allowInvalid: boolean,
): number | undefined {
  const malformed = records.filter((r) => r.malformed);
  if (malformed.length === 0 || allowInvalid) return undefined;
  const lines = [chalkStderr.red(context.text.reportBlocked(malformed.length))];
  for (const r of malformed.slice(0, LISTED)) {
    const p = r.findings[0] ? render(r.findings[0], context.lang) : undefined;
    lines.push(`  ${p ? `${problemPlace(r.file, p)}  ${p.code}  ${p.message}` : r.file}`);
  }
  if (malformed.length > LISTED) lines.push(`  ${context.text.bounds.moreFiles(malformed.length - LISTED)}`);
  process.stderr.write(`${lines.join("\n")}\n`);
  const unreadable = malformed.some((r) => r.findings.some((f) => f.key === "IO.unreadable"));
  return unreadable ? EXIT_USAGE : EXIT_PROBLEMS;
}

/** Reports refuse to count unreadable records (SPEC §6): one message, the same for every report, naming each file. */
import { chalkStderr } from "chalk";
import type { CheckedFile } from "../check/finish.js";
import type { Context } from "../cli/context.js";
import { render } from "../i18n/index.js";

/** Writes why the report is not written and returns true when malformed records block it. */
export function blockedByMalformed(context: Context, records: readonly CheckedFile[], allowInvalid: boolean): boolean {
  const malformed = records.filter((r) => r.malformed);
  if (malformed.length === 0 || allowInvalid) return false;
  const lines = [chalkStderr.red(context.text.reportBlocked(malformed.length))];
  for (const r of malformed) {
    const p = r.findings[0] ? render(r.findings[0], context.lang) : undefined;
    lines.push(`  ${r.file}${p ? `:${p.line}:${p.column}  ${p.code}  ${p.message}` : ""}`);
  }
  process.stderr.write(`${lines.join("\n")}\n`);
  return true;
}

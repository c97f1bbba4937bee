/** `wenping report monthly`: the monthly statistics workbook of docs/reference/workbook.md, written atomically. */
import { resolve } from "node:path";
import { chalkStderr } from "chalk";
import { loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UserError } from "../errors.js";
import { render, ui } from "../i18n/index.js";
import { alertsOf } from "../report/alerts.js";
import { monthlyStats } from "../report/monthly-stats.js";
import { lastDayOf, monthOf, previousMonth } from "../util/dates.js";
import { STDOUT, writeOutput, writeStdout } from "./write-output.js";

export interface ReportOptions {
  context: Context;
  month?: string;
  out?: string;
  force: boolean;
  allowInvalid: boolean;
}

/** How many refused files are named before the rest are counted. */
const LISTED = 10;

/** The default file name says what it is and which month. */
export function defaultReportName(month: string): string {
  return `重大决策社会稳定风险评估情况统计表-${month}.xlsx`;
}

function checkMonth(context: Context, month: string | undefined): string {
  if (month === undefined) return previousMonth(monthOf(context.asOf));
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new UserError(context.text.badMonth(month));
  return month;
}

export async function runReport(options: ReportOptions): Promise<number> {
  const { context } = options;
  const month = checkMonth(context, options.month);
  const ws = await loadWorkspace(context);
  const out = resolve(options.out !== undefined ? context.cwd : ws.root, options.out ?? defaultReportName(month));
  const malformed = ws.records.filter((r) => r.malformed);
  if (malformed.length > 0 && !options.allowInvalid) {
    const lines = [chalkStderr.red(context.text.reportBlocked(malformed.length))];
    // The first few files, then a count: a thousand broken records are not a thousand lines (issue 12).
    for (const r of malformed.slice(0, LISTED)) {
      const p = r.findings[0] ? render(r.findings[0], context.lang) : undefined;
      lines.push(`  ${r.file}${p ? `:${p.line}:${p.column}  ${p.code}  ${p.message}` : ""}`);
    }
    if (malformed.length > LISTED) lines.push(`  ${context.text.bounds.moreFiles(malformed.length - LISTED)}`);
    process.stderr.write(`${lines.join("\n")}\n`);
    // An unreadable record or folder is unreadable input (exit 2, as validate says), not a record's problem.
    const unreadable = malformed.some((r) => r.findings.some((f) => f.key === "IO.unreadable"));
    return unreadable ? EXIT_USAGE : EXIT_PROBLEMS;
  }
  const items = ws.records.flatMap((r) => (r.summary ? [r.summary] : []));
  const stats = monthlyStats(ws.config, items, month, context.asOf);
  // The workbook goes to the bureau office: always Chinese.
  const alerts = alertsOf(ws.records, context.asOf, "zh", ui("zh").status.pending, lastDayOf(month));
  // exceljs takes ~0.4 s to load; only this command pays for it.
  const { monthlyWorkbook, workbookBytes } = await import("../report/monthly-workbook.js");
  const bytes = await workbookBytes(monthlyWorkbook(ws.config, stats, alerts));
  if (options.out === STDOUT) {
    await writeStdout(context, bytes);
    return EXIT_OK;
  }
  await writeOutput(context, out, bytes, options.force);
  process.stdout.write(`${context.text.wrote(out)}\n`);
  return EXIT_OK;
}

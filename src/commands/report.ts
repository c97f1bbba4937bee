import { loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { EXIT_OK, UserError } from "../errors.js";
import { ui } from "../i18n/index.js";
import { alertsOf } from "../report/alerts.js";
import { monthlyStats } from "../report/monthly-stats.js";
import { lastDayOf, monthOf, previousMonth } from "../util/dates.js";
import { blockedByMalformed } from "./blocked.js";
import { outputPath, STDOUT, writeOutput, writeStdout } from "./write-output.js";

/** The options of `wenping report monthly`. */
export interface ReportOptions {
  context: Context;
  month?: string;
  out?: string;
  force: boolean;
  allowInvalid: boolean;
}

/** How many refused files are named before the rest are counted. */

/** The default file name says what it is and which month. */
export function defaultReportName(month: string): string {
  return `重大决策社会稳定风险评估情况统计表-${month}.xlsx`;
}

function checkMonth(context: Context, month: string | undefined): string {
  if (month === undefined) return previousMonth(monthOf(context.asOf));
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) throw new UserError(context.text.badMonth(month));
  // A month that has not begun has nothing to count: a table of it would be sent empty.
  if (month > monthOf(context.asOf)) throw new UserError(context.text.monthNotStarted(month, context.asOf));
  return month;
}

/** Runs the command; returns the exit code. */
export async function runReport(options: ReportOptions): Promise<number> {
  const { context } = options;
  const month = checkMonth(context, options.month);
  // The month still running: assessments completed before its end would be missing from what is sent.
  if (month === monthOf(context.asOf)) process.stderr.write(`${context.text.monthUnfinished(month, context.asOf)}\n`);
  const ws = await loadWorkspace(context);
  const out = outputPath(context, ws.root, options.out, defaultReportName(month));
  const blocked = blockedByMalformed(context, ws.records, options.allowInvalid === true);
  if (blocked !== undefined) return blocked;
  const items = ws.records.flatMap((r) => (r.summary ? [r.summary] : []));
  const stats = monthlyStats(ws.config, items, month, context.asOf);
  // The workbook goes to the bureau office: always Chinese.
  const alerts = alertsOf(ws.records, context.asOf, "zh", ui("zh").status.pending, lastDayOf(month));
  // exceljs takes ~0.4 s to load; only this command pays for it.
  const { monthlyWorkbook } = await import("../report/monthly-workbook.js");
  const { workbookBytes } = await import("../report/workbook.js");
  const bytes = await workbookBytes(monthlyWorkbook(ws.config, stats, alerts));
  if (options.out === STDOUT) {
    await writeStdout(context, bytes);
    return EXIT_OK;
  }
  await writeOutput(context, out, bytes, options.force);
  process.stdout.write(`${context.text.wrote(out)}\n`);
  // Rule errors never block the table (they are counted as recorded), but a clerk sending it should know.
  const withErrors = ws.records.filter((r) => !r.malformed && r.findings.some((f) => f.severity === "error")).length;
  if (withErrors > 0) process.stderr.write(`${context.text.countedWithErrors(withErrors)}\n`);
  return EXIT_OK;
}

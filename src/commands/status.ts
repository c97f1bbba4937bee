/** `wenping status`: the morning view: yearly targets as bars, the monthly table's due date, items needing attention. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import chalk from "chalk";
import { loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { EXIT_OK } from "../errors.js";
import { sanitize } from "../format/terminal.js";
import { alertsOf } from "../report/alerts.js";
import { dayLabel, monthLabel } from "../report/labels.js";
import { type Status, statusOf } from "../report/status.js";
import { monthOf } from "../util/dates.js";
import { annualNames } from "./annual.js";
import { defaultReportName } from "./report.js";

export interface StatusOptions {
  context: Context;
  format: "text" | "json";
}

const MAX_ALERTS = 15;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function bar(value: number | null, target: number): string {
  const width = 20;
  const filled = Math.round(Math.min(1, value ?? 0) * width);
  const text = "█".repeat(filled) + "░".repeat(width - filled);
  return value !== null && value >= target ? chalk.green(text) : chalk.yellow(text);
}

function lines(s: Status, context: Context): string[] {
  const t = context.text.status;
  const out = [chalk.bold(t.heading(s.organization, s.asOf)), ""];
  const count = t.count(s.ytd, s.lastYtd, s.growth === null ? undefined : pct(s.growth));
  out.push(`${count}${s.ytd < s.lastYtd ? chalk.yellow(` ${t.fewer}`) : ""}`);
  for (const [label, value, target] of [
    [t.policy, s.policyShare, s.policyTarget],
    [t.thirdParty, s.thirdPartyShare, s.thirdPartyTarget],
  ] as const) {
    const shown = t.share(value === null ? t.none : pct(value), pct(target));
    out.push(`${label.padEnd(6, "　")} ${bar(value, target)} ${shown}`);
  }
  const r = s.report;
  // This month's table is the next one only once last month's is written: it cannot be made before the month ends.
  const state = r.written
    ? chalk.green(t.reportWritten)
    : r.overdue
      ? chalk.red(t.reportOverdue)
      : r.month === monthOf(context.asOf)
        ? t.reportAfterMonthEnd
        : chalk.yellow(t.reportMissing);
  const month = t.dateShown(monthLabel(r.month), r.month);
  const due = t.dateShown(dayLabel(r.due), r.due);
  out.push("", t.reportDue(month, due, state), "", t.attention(s.alerts.length));
  for (const a of s.alerts.slice(0, MAX_ALERTS)) {
    const name = a.code === "PENDING" ? t.pendingCode : a.code;
    const code = a.severity === "error" ? chalk.red(name) : chalk.yellow(name);
    out.push(`  ${a.id || a.file}  ${sanitize(a.title)}  ${code}  ${sanitize(a.message)}`);
  }
  if (s.alerts.length > MAX_ALERTS) out.push(`  ${t.more(s.alerts.length - MAX_ALERTS)}`);
  return out;
}

/** From December 1st the year's summary is due (总结验收): whether it is written yet, or undefined before December. */
function annualReminder(context: Context, root: string): { year: number; written: boolean } | undefined {
  if (context.asOf.slice(5, 7) !== "12") return undefined;
  const year = Number(context.asOf.slice(0, 4));
  return { year, written: existsSync(join(root, annualNames(year).document)) };
}

function annualLine(context: Context, due: { year: number; written: boolean }): string {
  const t = context.text.status;
  return t.annualDue(due.year, due.written ? chalk.green(t.annualWritten) : chalk.yellow(t.annualMissing));
}

export async function runStatus({ context, format }: StatusOptions): Promise<number> {
  const ws = await loadWorkspace(context);
  const alerts = alertsOf(ws.records, context.asOf, context.lang, context.text.status.pending);
  const written = (month: string) => existsSync(join(ws.root, defaultReportName(month)));
  const status = statusOf(ws.config, ws.records, context.asOf, alerts, written);
  const annual = annualReminder(context, ws.root);
  if (format === "json") {
    process.stdout.write(`${JSON.stringify(annual ? { ...status, annual } : status, null, 2)}\n`);
  } else {
    const text = lines(status, context);
    // The reminder goes right under the monthly table's due date (lines: heading, blank, targets, blank, due date, blank…).
    if (annual) text.splice(text.indexOf("", 6), 0, annualLine(context, annual));
    process.stdout.write(`${text.join("\n")}\n`);
  }
  return EXIT_OK;
}

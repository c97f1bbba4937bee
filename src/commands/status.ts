/** `wenping status`: the morning view: yearly targets as bars, the monthly table's due date, items needing attention. */
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadWorkspace } from "../check/load-workspace.js";
import type { Context } from "../cli/context.js";
import { EXIT_OK } from "../errors.js";
import { alertsOf } from "../report/alerts.js";
import { type ReportFile, statusOf } from "../report/status.js";
import { annualLine, statusLines } from "../report/status-text.js";
import { lastDayOf, today } from "../util/dates.js";
import { annualNames } from "./annual.js";
import { defaultReportName } from "./report.js";

/** The options of `wenping status`. */
export interface StatusOptions {
  context: Context;
  format: "text" | "json";
}

/** From December 1st the year's summary is due (总结验收): whether it is written yet, or undefined before December. */
function annualReminder(context: Context, root: string): { year: number; written: boolean } | undefined {
  if (context.asOf.slice(5, 7) !== "12") return undefined;
  const year = Number(context.asOf.slice(0, 4));
  return { year, written: existsSync(join(root, annualNames(year).document)) };
}

/**
 * What is on disk for a month's table. One written on or before the month's last day (on this computer's clock, as
 * `report monthly` warns when it writes it) lacks what was completed after: it is there, but not the one to send.
 */
function reportFile(root: string, month: string): ReportFile {
  const stats = statSync(join(root, defaultReportName(month)), { throwIfNoEntry: false });
  if (!stats) return "none";
  return today(stats.mtime) > lastDayOf(month) ? "written" : "early";
}

/** Runs the command; returns the exit code. */
export async function runStatus({ context, format }: StatusOptions): Promise<number> {
  const ws = await loadWorkspace(context);
  const alerts = alertsOf(ws.records, context.asOf, context.lang, context.text.status.pending);
  const status = statusOf(ws.config, ws.records, context.asOf, alerts, (month) => reportFile(ws.root, month));
  const annual = annualReminder(context, ws.root);
  if (format === "json") {
    process.stdout.write(`${JSON.stringify(annual ? { ...status, annual } : status, null, 2)}\n`);
  } else {
    const text = statusLines(status, context.text);
    // The reminder goes right under the monthly table's due date (lines: heading, blank, targets, blank, due date, blank…).
    if (annual) text.splice(text.indexOf("", 6), 0, annualLine(context.text, annual));
    process.stdout.write(`${text.join("\n")}\n`);
  }
  return EXIT_OK;
}

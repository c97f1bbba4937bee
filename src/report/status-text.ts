/** `wenping status` as text: the yearly targets as bars, the monthly table's due date, the items needing attention. */
import chalk from "chalk";
import stringWidth from "fast-string-width";
import { sanitize } from "../format/terminal.js";
import { dayLabel, monthLabel } from "../i18n/date-labels.js";
import type { Ui } from "../i18n/ui.zh.js";
import { monthOf } from "../util/dates.js";
import type { Status } from "./status.js";

const MAX_ALERTS = 15;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function bar(value: number | null, target: number): string {
  const width = 20;
  const filled = Math.round(Math.min(1, value ?? 0) * width);
  const text = "█".repeat(filled) + "░".repeat(width - filled);
  return value !== null && value >= target ? chalk.green(text) : chalk.yellow(text);
}

/** The morning view as terminal lines (heading, targets, the monthly table's due date, the alerts). */
export function statusLines(s: Status, text: Ui): string[] {
  const t = text.status;
  const out = [chalk.bold(t.heading(s.organization, s.asOf)), ""];
  const count = t.count(s.ytd, s.lastYtd, s.growth === null ? undefined : pct(s.growth));
  out.push(`${count}${s.ytd < s.lastYtd ? chalk.yellow(` ${t.fewer}`) : ""}`);
  const shares = [
    [t.policy, s.policyShare, s.policyTarget],
    [t.thirdParty, s.thirdPartyShare, s.thirdPartyTarget],
  ] as const;
  // The bars start in one column whatever the labels' lengths and script (a Chinese character is two columns).
  const column = Math.max(...shares.map(([label]) => stringWidth(label))) + 2;
  for (const [label, value, target] of shares) {
    const shown = t.share(value === null ? t.none : pct(value), pct(target));
    out.push(`${label}${" ".repeat(column - stringWidth(label))}${bar(value, target)} ${shown}`);
  }
  const r = s.report;
  // This month's table is the next one only once last month's is written: it cannot be made before the month ends.
  const state = r.written
    ? chalk.green(t.reportWritten)
    : r.overdue
      ? chalk.red(r.early ? `${t.reportOverdue} ${t.reportEarly}` : t.reportOverdue)
      : r.early
        ? chalk.yellow(t.reportEarly)
        : r.month === monthOf(s.asOf)
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

/** The line reminding of the year's summary (总结验收) and whether it is written. */
export function annualLine(text: Ui, due: { year: number; written: boolean }): string {
  const t = text.status;
  return t.annualDue(due.year, due.written ? chalk.green(t.annualWritten) : chalk.yellow(t.annualMissing));
}

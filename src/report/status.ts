/** Where things stand at the as-of date (what `wenping status` shows); pure. */
import type { CheckedFile } from "../check/late-findings.js";
import type { WorkspaceConfig } from "../model/types.js";
import { monthOf, nextMonth, previousMonth } from "../util/dates.js";
import type { Alert } from "./alerts.js";
import { growth, monthlyStats, share } from "./monthly-stats.js";

export interface Status {
  asOf: string;
  organization: string;
  ytd: number;
  lastYtd: number;
  growth: number | null;
  policyShare: number | null;
  policyTarget: number;
  thirdPartyShare: number | null;
  thirdPartyTarget: number;
  /**
   * The monthly table next due: the month it covers, its due date, whether its file is there (`written`), or is there
   * but was written before the month ended (`early`: it misses what was completed after, and is not the one to send).
   */
  report: { month: string; due: string; written: boolean; early: boolean; overdue: boolean };
  alerts: Alert[];
}

/** What is on disk for a month's table: nothing, one written before the month ended, or one written after. */
export type ReportFile = "none" | "early" | "written";

/** The status; `reportFile(month)` tells what is on disk for that month's workbook. */
export function statusOf(
  config: WorkspaceConfig,
  records: readonly CheckedFile[],
  asOf: string,
  alerts: Alert[],
  reportFile: (month: string) => ReportFile,
): Status {
  const items = records.flatMap((r) => (r.summary ? [r.summary] : []));
  const stats = monthlyStats(config, items, monthOf(asOf), asOf).total;
  // Last month's table is due on the 7th of this month; once sent (or past), the next one is this month's.
  const lastMonth = previousMonth(monthOf(asOf));
  const lastDue = `${monthOf(asOf)}-07`;
  const month = reportFile(lastMonth) === "written" ? monthOf(asOf) : lastMonth;
  const due = month === lastMonth ? lastDue : `${nextMonth(monthOf(asOf))}-07`;
  const file = reportFile(month);
  return {
    asOf,
    organization: config.organization,
    ytd: stats.ytd,
    lastYtd: stats.lastYtd,
    growth: growth(stats) ?? null,
    policyShare: share(stats.ytdPolicy, stats.ytd) ?? null,
    policyTarget: config.targets?.policy_share ?? 0.3,
    thirdPartyShare: share(stats.ytdThirdParty, stats.ytd) ?? null,
    thirdPartyTarget: config.targets?.third_party_share ?? 0.5,
    report: {
      month,
      due,
      written: file === "written",
      early: file === "early",
      overdue: file !== "written" && asOf > due,
    },
    alerts,
  };
}

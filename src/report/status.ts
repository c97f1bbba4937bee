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
  /** The monthly table next due: the month it covers, its due date, and whether its file is there. */
  report: { month: string; due: string; written: boolean; overdue: boolean };
  alerts: Alert[];
}

/** The status; `reportWritten(month)` tells whether that month's workbook exists. */
export function statusOf(
  config: WorkspaceConfig,
  records: readonly CheckedFile[],
  asOf: string,
  alerts: Alert[],
  reportWritten: (month: string) => boolean,
): Status {
  const items = records.flatMap((r) => (r.summary ? [r.summary] : []));
  const stats = monthlyStats(config, items, monthOf(asOf), asOf).total;
  // Last month's table is due on the 7th of this month; once sent (or past), the next one is this month's.
  const lastMonth = previousMonth(monthOf(asOf));
  const lastDue = `${monthOf(asOf)}-07`;
  const month = reportWritten(lastMonth) ? monthOf(asOf) : lastMonth;
  const due = month === lastMonth ? lastDue : `${nextMonth(monthOf(asOf))}-07`;
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
    report: { month, due, written: reportWritten(month), overdue: !reportWritten(month) && asOf > due },
    alerts,
  };
}

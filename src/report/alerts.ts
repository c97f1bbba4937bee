/** The items needing attention at the as-of date (预警): rule problems, unassessed items, unreadable records. */
import type { CheckedFile } from "../check/late-findings.js";
import type { Problem } from "../diagnostics/finding.js";
import { type Lang, render } from "../i18n/index.js";
import { daysBetween } from "../util/dates.js";

export interface Alert {
  id: string;
  title: string;
  unit: string;
  /** A rule code (WP…), PENDING for an item listed but not yet assessed, or the loader's code for a bad file. */
  code: string;
  severity: Problem["severity"];
  message: string;
  file: string;
}

/**
 * Every alert, in file order; `pendingMessage` words the "listed, not yet assessed" line. `listedBy` leaves out
 * items first listed after that date (a past month's table does not name items registered later).
 */
export function alertsOf(
  records: readonly CheckedFile[],
  asOf: string,
  lang: Lang,
  pendingMessage: (days: number) => string,
  listedBy?: string,
): Alert[] {
  const out: Alert[] = [];
  for (const record of records) {
    const item = record.summary;
    if (listedBy !== undefined && item && item.listed_on > listedBy) continue;
    const base = { id: item?.id ?? "", title: item?.title ?? "", unit: item?.unit ?? "", file: record.file };
    for (const finding of record.findings) {
      const p = render(finding, lang);
      out.push({ ...base, code: p.code, severity: p.severity, message: p.message });
    }
    if (item && !item.assessed && !item.decision && item.listed_on <= asOf) {
      out.push({
        ...base,
        code: "PENDING",
        severity: "warning",
        message: pendingMessage(daysBetween(item.listed_on, asOf)),
      });
    }
  }
  return out;
}

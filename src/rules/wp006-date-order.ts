import type { DecisionItem } from "../model/types.js";
import { defineRule } from "./rule.js";

interface Dated {
  path: string;
  date: string;
  /** What the date is: listed_on, meeting, filed_on, decided_on or a step name. */
  what: string;
}

/** The dates that must not decrease, in the order the procedure produces them. */
function timeline(item: DecisionItem): Dated[] {
  const a = item.assessment;
  const out: Dated[] = [{ path: "/listed_on", date: item.listed_on, what: "listed_on" }];
  if (a?.procedure === "simple") {
    if (a.meeting) out.push({ path: "/assessment/meeting/date", date: a.meeting.date, what: "meeting" });
    if (a.filed_on) out.push({ path: "/assessment/filed_on", date: a.filed_on, what: "filed_on" });
  } else {
    a?.steps?.forEach((s, i) => {
      out.push({ path: `/assessment/steps/${i}/date`, date: s.date, what: s.step });
    });
  }
  if (item.decision) out.push({ path: "/decision/decided_on", date: item.decision.decided_on, what: "decided_on" });
  return out;
}

/** WP006: listed_on ≤ meeting/step dates (non-decreasing) ≤ completion date ≤ decided_on. */
export const datesInOrder = defineRule("WP006", "error", "日期先后顺序", (item, _context, report) => {
  const dates = timeline(item);
  for (let i = 1; i < dates.length; i++) {
    const previous = dates[i - 1] as Dated;
    const current = dates[i] as Dated;
    if (current.date < previous.date) {
      report(current.path, {
        what: current.what,
        date: current.date,
        before: previous.what,
        beforeDate: previous.date,
      });
    }
  }
});

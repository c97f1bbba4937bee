import { pointer } from "../diagnostics/finding.js";
import type { DecisionItem } from "../model/types.js";
import { today } from "../util/dates.js";
import { defineRule } from "./rule.js";

interface Happened {
  path: string;
  date: unknown;
  /** What the date is: listed_on, meeting, filed_on, decided_on, tracking, done_on or a step name. */
  what: string;
}

/** The dates of things that have already happened (a measure's `due` may lie ahead, so it is not one). */
function happened(item: DecisionItem): Happened[] {
  const a = item.assessment;
  const out: Happened[] = [{ path: "/listed_on", date: item.listed_on, what: "listed_on" }];
  out.push({ path: "/assessment/meeting/date", date: a?.meeting?.date, what: "meeting" });
  a?.steps?.forEach((s, i) => {
    out.push({ path: pointer("assessment", "steps", i, "date"), date: s?.date, what: String(s?.step) });
  });
  out.push({ path: "/assessment/filed_on", date: a?.filed_on, what: "filed_on" });
  out.push({ path: "/decision/decided_on", date: item.decision?.decided_on, what: "decided_on" });
  item.mitigation?.forEach((m, i) => {
    out.push({ path: pointer("mitigation", i, "done_on"), date: m?.done_on, what: "done_on" });
  });
  item.tracking?.forEach((t, i) => {
    out.push({ path: pointer("tracking", i, "date"), date: t?.date, what: "tracking" });
  });
  return out;
}

/**
 * WP018: nothing has happened after today. Today is the computer's clock (`today` in the context), never
 * `--as-of`: a table reproduced as of an earlier day legitimately reads records holding later facts.
 * Re-judged on every run (like the as-of rules) because a date that is ahead today is not ahead tomorrow.
 */
export const futureDate = defineRule(
  "WP018",
  "error",
  "已发生的事项日期不能晚于今天",
  (item, context, report) => {
    const now = context.today ?? today();
    for (const h of happened(item)) {
      if (typeof h.date === "string" && h.date > now) report(h.path, { what: h.what, date: h.date, today: now });
    }
  },
  { asOfDependent: true },
);

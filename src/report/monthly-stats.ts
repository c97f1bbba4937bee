/** The figures of the monthly statistics table (docs/reference/workbook.md), computed from checked records; pure. */
import type { ItemSummary } from "../model/summary.js";
import type { Unit, WorkspaceConfig } from "../model/types.js";
import type { Category, Outcome, Procedure, RiskLevel } from "../model/vocabulary.js";

export type OutcomeColumn = Outcome | "pending";

export interface Counts {
  total: number;
  category: Record<Category, number>;
  procedure: Record<Procedure, number>;
  assessor: { self: number; third_party: number };
  risk: Record<RiskLevel, number>;
  outcome: Record<OutcomeColumn, number>;
  /** Year to date (January 1 to the end of the month). */
  ytd: number;
  ytdPolicy: number;
  ytdThirdParty: number;
  /** Last year's same period. */
  lastYtd: number;
}

export interface StatsRow {
  /** A unit of wenping.yaml, or undefined for items whose unit is not registered (shown as its own row). */
  unit?: Unit;
  counts: Counts;
}

export interface MonthlyStats {
  month: string;
  asOf: string;
  rows: StatsRow[];
  total: Counts;
  /** The items counted in the month, in id order. */
  items: ItemSummary[];
}

function emptyCounts(): Counts {
  return {
    total: 0,
    category: { policy: 0, project: 0, activity: 0, other: 0 },
    procedure: { simple: 0, ordinary: 0, special: 0 },
    assessor: { self: 0, third_party: 0 },
    risk: { low: 0, medium: 0, high: 0 },
    outcome: {
      implement: 0,
      implement_after_mitigation: 0,
      not_implement: 0,
      postpone: 0,
      adjust_and_redecide: 0,
      pending: 0,
    },
    ytd: 0,
    ytdPolicy: 0,
    ytdThirdParty: 0,
    lastYtd: 0,
  };
}

/** The outcome column of an item: its decision if taken by the as-of date, else pending (待决策). */
function outcomeColumn(item: ItemSummary, asOf: string): OutcomeColumn {
  const d = item.decision;
  return d && d.decided_on <= asOf ? d.outcome : "pending";
}

function addMonth(c: Counts, item: ItemSummary, asOf: string): void {
  c.total++;
  c.category[item.category]++;
  if (item.procedure) c.procedure[item.procedure]++;
  if (item.assessor) c.assessor[item.assessor]++;
  if (item.risk_level) c.risk[item.risk_level]++;
  c.outcome[outcomeColumn(item, asOf)]++;
}

/** Statistics of month `YYYY-MM` judged at `asOf`, one row per unit in wenping.yaml order. */
export function monthlyStats(
  config: WorkspaceConfig,
  items: readonly ItemSummary[],
  month: string,
  asOf: string,
): MonthlyStats {
  const year = Number(month.slice(0, 4));
  const monthEnd = `${month}-31`; // string comparison: every real date of the month is ≤ YYYY-MM-31
  const lastMonthEnd = `${year - 1}${monthEnd.slice(4)}`;
  const byUnit = new Map<string, Counts>(config.units.map((u) => [u.code, emptyCounts()]));
  const unregistered = emptyCounts();
  const total = emptyCounts();
  const counted: ItemSummary[] = [];
  for (const item of items) {
    const done = item.completed_on;
    // A completion dated after the as-of day had not happened on that day: a table "as of" a day counts only what
    // was done by then (a table regenerated later for a past day shows what it showed that day).
    if (done === undefined || done > asOf) continue;
    const row = byUnit.get(item.unit) ?? unregistered;
    for (const c of [row, total]) {
      if (done.startsWith(month)) addMonth(c, item, asOf);
      if (done >= `${year}-01-01` && done <= monthEnd) {
        c.ytd++;
        if (item.category === "policy") c.ytdPolicy++;
        if (item.assessor === "third_party") c.ytdThirdParty++;
      }
      if (done >= `${year - 1}-01-01` && done <= lastMonthEnd) c.lastYtd++;
    }
    if (done.startsWith(month)) counted.push(item);
  }
  const rows: StatsRow[] = config.units.map((unit) => ({ unit, counts: byUnit.get(unit.code) ?? emptyCounts() }));
  if (unregistered.total + unregistered.ytd + unregistered.lastYtd > 0) rows.push({ counts: unregistered });
  counted.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { month, asOf, rows, total, items: counted };
}

/** A share as a fraction, or undefined when there is nothing to divide. */
export function share(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : part / whole;
}

/** Year-on-year growth (本年累计 − 去年同期累计) / 去年同期累计, undefined when last year had none. */
export function growth(c: Counts): number | undefined {
  return c.lastYtd === 0 ? undefined : (c.ytd - c.lastYtd) / c.lastYtd;
}

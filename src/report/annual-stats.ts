/** The year's figures, built from the twelve monthly tables so that they always agree with them (SPEC §6); pure. */
import type { ItemSummary } from "../model/summary.js";
import type { Unit, WorkspaceConfig } from "../model/types.js";
import { type Counts, type MonthlyStats, monthlyStats, type StatsRow } from "./monthly-stats.js";

export interface AnnualStats {
  year: number;
  asOf: string;
  /** The last month covered: December for a past year, the as-of month for the current one. */
  lastMonth: number;
  /** The monthly tables of the months covered, January first. */
  months: MonthlyStats[];
  /** Assessments completed in each month of last year (twelve numbers). */
  lastYearMonths: number[];
  /** One row per unit: the months' counts added up, the year-to-date columns of the last month covered. */
  rows: StatsRow[];
  total: Counts;
  /** Units of wenping.yaml that completed no assessment in the period. */
  idleUnits: Unit[];
  /** Every item counted in the period, in id order. */
  items: ItemSummary[];
}

/** Adds the month part of `from` (not the year-to-date columns) into `into`. */
function addMonthPart(into: Counts, from: Counts): void {
  into.total += from.total;
  for (const group of ["category", "procedure", "assessor", "risk", "outcome"] as const) {
    const target = into[group] as Record<string, number>;
    for (const [key, n] of Object.entries(from[group] as Record<string, number>)) target[key] = (target[key] ?? 0) + n;
  }
}

/** A copy of the year-to-date columns of `c` with the month part zeroed, ready to add months into. */
function ytdOnly(c: Counts): Counts {
  const zero = <T extends object>(o: T): T => Object.fromEntries(Object.keys(o).map((k) => [k, 0])) as unknown as T;
  return {
    ...c,
    total: 0,
    category: zero(c.category),
    procedure: zero(c.procedure),
    assessor: zero(c.assessor),
    risk: zero(c.risk),
    outcome: zero(c.outcome),
  };
}

const key = (row: StatsRow) => row.unit?.code ?? "";
const pad = (m: number) => String(m).padStart(2, "0");

/** The months a summary of `year` covers at `asOf`, or undefined when the year has not begun. */
export function lastMonthOf(year: number, asOf: string): number | undefined {
  const asOfYear = Number(asOf.slice(0, 4));
  if (year > asOfYear) return undefined;
  return year < asOfYear ? 12 : Number(asOf.slice(5, 7));
}

/** The figures of `year` judged at `asOf` (decisions after `asOf` count as pending, as in the monthly table). */
export function annualStats(
  config: WorkspaceConfig,
  items: readonly ItemSummary[],
  year: number,
  asOf: string,
): AnnualStats {
  const lastMonth = lastMonthOf(year, asOf) ?? 1;
  const months: MonthlyStats[] = [];
  for (let m = 1; m <= lastMonth; m++) months.push(monthlyStats(config, items, `${year}-${pad(m)}`, asOf));
  const lastYearMonths = Array.from({ length: 12 }, (_, i) => {
    const month = `${year - 1}-${pad(i + 1)}`;
    return items.filter((item) => item.completed_on?.startsWith(month)).length;
  });
  // The year-to-date columns come from the last month's table; its rows list every unit (and unregistered ones).
  const final = months.at(-1) ?? monthlyStats(config, items, `${year}-01`, asOf);
  const rows = final.rows.map((r) => ({ ...r, counts: ytdOnly(r.counts) }));
  const total = ytdOnly(final.total);
  for (const month of months) {
    for (const r of month.rows) {
      const row = rows.find((x) => key(x) === key(r));
      if (row) addMonthPart(row.counts, r.counts);
    }
    addMonthPart(total, month.total);
  }
  const idleUnits = rows.filter((r) => r.unit && r.counts.total === 0).map((r) => r.unit as Unit);
  const counted = months.flatMap((m) => m.items).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { year, asOf, lastMonth, months, lastYearMonths, rows, total, idleUnits, items: counted };
}

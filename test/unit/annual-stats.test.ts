// Warm, in-process: the year's figures against the twelve monthly tables built from the same summaries.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ItemSummary } from "../../src/model/summary.js";
import type { WorkspaceConfig } from "../../src/model/types.js";
import { annualFacts } from "../../src/report/annual-facts.js";
import { annualStats } from "../../src/report/annual-stats.js";
import { countsChart, sharesChart } from "../../src/report/charts.js";
import { monthlyStats } from "../../src/report/monthly-stats.js";
import { completedSummary } from "../helpers/check.js";

const config: WorkspaceConfig = {
  schema: "wenping/workspace@1",
  organization: "本溪市民政局",
  units: [
    { code: "BGS", name: "办公室" },
    { code: "JZK", name: "社会救助科" },
  ],
};

const day = (year: number) =>
  fc
    .record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
    .map(({ m, d }) => `${year}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);

const summary: fc.Arbitrary<ItemSummary> = fc
  .record({
    n: fc.integer({ min: 1, max: 9999 }),
    unit: fc.constantFrom("BGS", "JZK", "XXX"),
    category: fc.constantFrom("policy", "project", "activity", "other" as const),
    procedure: fc.constantFrom("simple", "ordinary", "special" as const),
    assessor: fc.constantFrom("self", "third_party" as const),
    risk: fc.constantFrom("low", "medium", "high" as const),
    done: fc.option(fc.oneof(day(2025), day(2026)), { nil: undefined }),
    decided: fc.option(fc.tuple(fc.constantFrom("implement", "postpone" as const), day(2026)), { nil: undefined }),
  })
  .map(
    (r): ItemSummary => ({
      id: `BXMZ-${r.n}`,
      title: `事项${r.n}`,
      unit: r.unit,
      category: r.category,
      listed_on: "2025-01-01",
      procedure: r.procedure,
      assessor: r.assessor,
      risk_level: r.risk,
      ...(r.done ? { completed_on: r.done } : {}),
      assessed: r.done !== undefined,
      ...(r.decided ? { decision: { outcome: r.decided[0], decided_on: r.decided[1] } } : {}),
      state: "assessed",
    }),
  );

const ytdColumns = (c: { ytd: number; ytdPolicy: number; ytdThirdParty: number; lastYtd: number }) => [
  c.ytd,
  c.ytdPolicy,
  c.ytdThirdParty,
  c.lastYtd,
];

describe("annualStats", () => {
  it("adds up the twelve monthly tables and equals December's year-to-date columns, per unit and in total", () => {
    fc.assert(
      fc.property(fc.array(summary, { maxLength: 60 }), day(2027), (items, asOf) => {
        const year = annualStats(config, items, 2026, asOf);
        const months = Array.from({ length: 12 }, (_, i) =>
          monthlyStats(config, items, `2026-${String(i + 1).padStart(2, "0")}`, asOf),
        );
        expect(year.total.total).toBe(months.reduce((a, m) => a + m.total.total, 0));
        expect(year.total.category.policy).toBe(months.reduce((a, m) => a + m.total.category.policy, 0));
        expect(year.total.outcome.pending).toBe(months.reduce((a, m) => a + m.total.outcome.pending, 0));
        const december = months[11]!;
        expect(ytdColumns(year.total)).toEqual(ytdColumns(december.total));
        expect(year.total.total).toBe(december.total.ytd);
        for (const row of december.rows) {
          const mine = year.rows.find((r) => r.unit?.code === row.unit?.code)!;
          expect(ytdColumns(mine.counts)).toEqual(ytdColumns(row.counts));
          expect(mine.counts.total).toBe(
            months.reduce((a, m) => a + (m.rows.find((r) => r.unit?.code === row.unit?.code)?.counts.total ?? 0), 0),
          );
        }
        expect(year.items.length).toBe(year.total.total);
      }),
      { numRuns: 200 },
    );
  });

  it("covers the current year up to the as-of month only", () => {
    const items = [
      { id: "A-1", completed: "2026-03-02" },
      { id: "A-2", completed: "2026-09-09" },
    ].map(
      (x): ItemSummary => ({
        id: x.id,
        title: x.id,
        unit: "JZK",
        category: "policy",
        listed_on: "2026-01-01",
        completed_on: x.completed,
        assessed: true,
        state: "assessed",
      }),
    );
    const stats = annualStats(config, items, 2026, "2026-06-30");
    expect(stats.lastMonth).toBe(6);
    expect(stats.months).toHaveLength(6);
    expect(stats.total.total).toBe(1);
    expect(stats.idleUnits.map((u) => u.code)).toEqual(["BGS"]);
  });
});

describe("monthlyStats as of a day", () => {
  it("counts only what was completed by the as-of day: later completions are left out of the month and the year", () => {
    fc.assert(
      fc.property(
        fc.array(summary, { maxLength: 40 }),
        fc.integer({ min: 1, max: 12 }),
        day(2026),
        (items, m, asOf) => {
          const month = `2026-${String(m).padStart(2, "0")}`;
          const stats = monthlyStats(config, items, month, asOf);
          const byThen = items.filter((i) => i.completed_on !== undefined && i.completed_on <= asOf);
          expect(stats.items.every((i) => i.completed_on! <= asOf)).toBe(true);
          expect(stats).toEqual(monthlyStats(config, byThen, month, asOf));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("annualFacts", () => {
  it("with none last year, says last year's figure once and no growth", () => {
    const item = completedSummary("A-1");
    const [first] = annualFacts(config, annualStats(config, [item], 2026, "2026-04-01"));
    expect(first).toContain("去年同期 0 件,无法计算同比");
    expect(first!.match(/去年同期/g)).toHaveLength(1);
  });
});

describe("charts", () => {
  it("say in words that a year has no items instead of drawing axes", () => {
    const stats = annualStats(config, [], 2026, "2026-12-31");
    for (const spec of [countsChart(stats), sharesChart(stats, 0.3, 0.5)]) {
      expect(JSON.stringify(spec.option)).toContain("尚无完成评估的事项");
      expect(spec.option).not.toHaveProperty("xAxis");
      expect(spec.option).not.toHaveProperty("series");
    }
  });

  it("draw this year's months up to the as-of month and last year's twelve", () => {
    const item = completedSummary("A-1");
    const last = completedSummary("A-2", "2025-11-10");
    const spec = countsChart(annualStats(config, [item, last], 2026, "2026-04-01"));
    const [now, before] = spec.option.series as { data: (number | null)[] }[];
    expect(now?.data).toEqual([0, 1, 0, 0, null, null, null, null, null, null, null, null]);
    expect(before?.data).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0]);
  });
});

// Warm, in-process: the charts drawn to PNG with the font shipped in node_modules (resvg-wasm sees no system font).

import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import type { ItemSummary } from "../../src/model/summary.js";
import type { WorkspaceConfig } from "../../src/model/types.js";
import { annualStats } from "../../src/report/annual-stats.js";
import { type ChartSpec, countsChart, sharesChart } from "../../src/report/charts.js";
import { chartSvg, renderChart } from "../../src/report/charts-render.js";
import { completedSummary } from "../helpers/check.js";
import { pngFacts } from "../helpers/png.js";

const config: WorkspaceConfig = {
  schema: "wenping/workspace@1",
  organization: "本溪市民政局",
  units: [{ code: "JZK", name: "社会救助科" }],
};

describe("renderChart", () => {
  it("draws the Chinese words of a year without items (no glyph is left out for want of a font)", async () => {
    const spec = countsChart(annualStats(config, [], 2026, "2026-12-31"));
    const svg = chartSvg(spec);
    expect(svg).toContain("2026年尚无完成评估的事项");
    expect(svg).not.toContain(">1月<"); // no axis, no empty frame
    const png = await renderChart(spec);
    const facts = pngFacts(png.png);
    expect([facts.width, facts.height]).toEqual([png.width, png.height]);
    expect(facts.inked).toBeGreaterThan(0.003);
  }, 60_000);

  it("draws Chinese glyphs: two different words give different pictures", async () => {
    // Without a CJK font each character is drawn as nothing or as the same missing-glyph box, so two words of the
    // same length would give the same pixels; pictures that differ show real glyphs were drawn.
    const word = (text: string) =>
      renderChart({
        caption: text,
        option: { title: { text, left: "center", top: "middle", textStyle: { fontSize: 40 } } },
      });
    const [a, b] = [await word("稳评工作"), await word("统计报表")];
    expect(pngFacts(a.png).inked).toBeGreaterThan(0.002);
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(false);
  }, 60_000);

  it("shows both share lines where they are equal: the one drawn first is not hidden under the other", async () => {
    // Each item both policy and third-party, or neither: the two shares are equal every month.
    const item = (id: string, completed: string, both: boolean): ItemSummary => ({
      id,
      title: id,
      unit: "JZK",
      category: both ? "policy" : "other",
      assessor: both ? "third_party" : "self",
      listed_on: "2026-01-01",
      completed_on: completed,
      assessed: true,
      state: "assessed",
    });
    const stats = annualStats(
      config,
      [item("A", "2026-02-10", true), item("B", "2026-03-10", false)],
      2026,
      "2026-08-31",
    );
    // Targets away from the lines, so only the lines and the legend are drawn in the two colours there.
    const spec = sharesChart(stats, 0.1, 0.9);
    const series = spec.option.series as { name: string; data: unknown[] }[];
    expect(series[0]?.data).toEqual(series[1]?.data);
    const alone: ChartSpec = {
      ...spec,
      option: { ...spec.option, series: series.map((s, i) => (i === 1 ? { ...s, data: s.data.map(() => null) } : s)) },
    };
    // Orange (政策类占比, #c55a11) pixels drawn with the green line on top, against with no green line at all.
    const orange = async (chart: ChartSpec) => {
      const png = PNG.sync.read(Buffer.from((await renderChart(chart)).png));
      let n = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
        if (r > 170 && r - g > 70 && g - b > 40) n++;
      }
      return n;
    };
    const [covered, uncovered] = [await orange(spec), await orange(alone)];
    expect(uncovered).toBeGreaterThan(2000);
    expect(covered).toBeGreaterThan(uncovered * 0.65); // 0.74 drawn so; 0.46 when the green line hid it
  }, 60_000);

  it("keeps the two target labels apart when the targets are equal or close, and leaves far ones where they are", () => {
    const item = completedSummary("A");
    const stats = annualStats(config, [item], 2026, "2026-08-31");
    // The vertical position of each "目标" label in the SVG, in the order the series are drawn.
    const labelYs = (policy: number, thirdParty: number) =>
      [...chartSvg(sharesChart(stats, policy, thirdParty)).matchAll(/translate\([\d.]+ ([\d.]+)\)"[^>]*>目标 /g)].map(
        (m) => Number(m[1]),
      );
    for (const [policy, thirdParty] of [
      [0.5, 0.5],
      [0.3, 0.32],
      [0.33, 0.3],
    ] as const) {
      const [a, b] = labelYs(policy, thirdParty);
      expect(Math.abs((a ?? 0) - (b ?? 0)), `${policy} ${thirdParty}`).toBeGreaterThanOrEqual(15);
      expect((a ?? 0) < (b ?? 0), "the higher target's label above").toBe(policy >= thirdParty);
    }
    const [far30, far50] = labelYs(0.3, 0.5);
    const plot = 380 - 96 - 40;
    expect(Math.abs((far30 ?? 0) - (far50 ?? 0))).toBeCloseTo(0.2 * plot, 0);
  });
});

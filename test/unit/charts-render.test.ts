// Warm, in-process: the charts drawn to PNG with the font shipped in node_modules (resvg-wasm sees no system font).
import { describe, expect, it } from "vitest";
import type { WorkspaceConfig } from "../../src/model/types.js";
import { annualStats } from "../../src/report/annual-stats.js";
import { countsChart } from "../../src/report/charts.js";
import { chartSvg, renderChart } from "../../src/report/charts-render.js";
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
});

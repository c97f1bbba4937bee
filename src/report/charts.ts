/** The annual summary's two charts as ECharts options (pure): counts per month against last year, shares against targets. */
import type { AnnualStats } from "./annual-stats.js";
import { share } from "./monthly-stats.js";

/** A chart to draw: its caption (used as the picture's title and alt text) and its ECharts option. */
export interface ChartSpec {
  caption: string;
  option: Record<string, unknown>;
}

/** Drawn at this size in CSS pixels; the PNG is rendered at twice that for print. */
export const CHART_SIZE = { width: 760, height: 380 } as const;

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
const FONT_FAMILY = "sans-serif";
const BLUE = "#2f5597";
const GREY = "#a5a5a5";
const ORANGE = "#c55a11";
const GREEN = "#548235";

const GRID = { left: 56, right: 96, top: 96, bottom: 40 };
/** Least distance in pixels between the two target labels' centres: 13-point text and a little air. */
const LABEL_PITCH = 16;

/**
 * Vertical nudges in pixels of the two target labels: none when the targets are far apart, else each moved away
 * from the other so that equal or close targets (30 % and 32 %) do not print one label over the other.
 */
function labelNudges(policyTarget: number, thirdPartyTarget: number): [number, number] {
  const plot = CHART_SIZE.height - GRID.top - GRID.bottom;
  const shift = Math.max(0, LABEL_PITCH - Math.abs(policyTarget - thirdPartyTarget) * plot) / 2;
  return policyTarget >= thirdPartyTarget ? [-shift, shift] : [shift, -shift];
}

/** How the two share lines are drawn: see sharesChart. */
const WIDE = { width: 6, symbol: "emptyCircle", symbolSize: 13 };
const NARROW = { width: 2.5, symbol: "diamond", symbolSize: 8 };

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A picture holding only a sentence: a year without items is said in words, not drawn as an empty frame. */
function notice(caption: string, text: string): ChartSpec {
  return {
    caption,
    option: {
      animation: false,
      backgroundColor: "#ffffff",
      textStyle: { fontFamily: FONT_FAMILY },
      title: [
        { text: caption, left: "center", top: 16, textStyle: { fontSize: 20, fontWeight: "bold" } },
        { text, left: "center", top: "middle", textStyle: { fontSize: 18, fontWeight: "normal", color: "#595959" } },
      ],
    },
  };
}

function base(caption: string): Record<string, unknown> {
  return {
    animation: false,
    backgroundColor: "#ffffff",
    textStyle: { fontFamily: FONT_FAMILY, fontSize: 14 },
    title: { text: caption, left: "center", top: 12, textStyle: { fontSize: 20, fontWeight: "bold" } },
    legend: { top: 48, itemGap: 24, textStyle: { fontSize: 14 } },
    grid: GRID,
    xAxis: { type: "category", data: MONTHS, axisLabel: { fontSize: 13 } },
  };
}

/** Assessments completed per month, this year against last year. */
export function countsChart(stats: AnnualStats): ChartSpec {
  const caption = `${stats.year}年与${stats.year - 1}年各月完成评估事项数`;
  if (stats.total.total === 0) {
    const last = stats.lastYearMonths.reduce((a, b) => a + b, 0);
    return notice(caption, `${stats.year}年尚无完成评估的事项(${stats.year - 1}年全年 ${last} 件)`);
  }
  const thisYear = MONTHS.map((_, i) => (i < stats.lastMonth ? (stats.months[i]?.total.total ?? 0) : null));
  return {
    caption,
    option: {
      ...base(caption),
      yAxis: { type: "value", minInterval: 1, name: "件", nameTextStyle: { fontSize: 13 } },
      series: [
        { name: `${stats.year}年`, type: "bar", data: thisYear, itemStyle: { color: BLUE }, label: labelIfAny() },
        { name: `${stats.year - 1}年`, type: "bar", data: stats.lastYearMonths, itemStyle: { color: GREY } },
      ],
    },
  };
}

function labelIfAny(): Record<string, unknown> {
  return { show: true, position: "top", fontSize: 12, formatter: (p: { value: number }) => (p.value ? p.value : "") };
}

/** Year-to-date policy and third-party shares at each month's end, with the year's target lines. */
export function sharesChart(stats: AnnualStats, policyTarget: number, thirdPartyTarget: number): ChartSpec {
  const caption = `${stats.year}年政策类占比、第三方占比(累计)与目标`;
  if (stats.total.total === 0) return notice(caption, `${stats.year}年尚无完成评估的事项,无法计算占比`);
  const nudges = labelNudges(policyTarget, thirdPartyTarget);
  // Both shares are often equal (every third-party item a policy one, or the same count of each), and then a line
  // drawn over the other hid it and its points. The first is drawn wide with large hollow circles, the second
  // narrow with small filled diamonds on top of it: where they meet, both still show.
  const series = (
    name: string,
    color: string,
    target: number,
    part: (m: AnnualStats["months"][number]) => number,
    look: { width: number; symbol: string; symbolSize: number },
    nudge: number,
  ) => ({
    name,
    type: "line",
    color,
    symbol: look.symbol,
    symbolSize: look.symbolSize,
    connectNulls: false,
    data: MONTHS.map((_, i) => {
      const m = stats.months[i];
      return m ? (share(part(m), m.total.ytd) ?? null) : null;
    }),
    lineStyle: { width: look.width, color },
    markLine: {
      symbol: "none",
      silent: true,
      lineStyle: { type: "dashed", width: 2, color },
      label: { formatter: `目标 ${pct(target)}`, position: "end", color, fontSize: 13, offset: [0, nudge] },
      data: [{ yAxis: target }],
    },
  });
  return {
    caption,
    option: {
      ...base(caption),
      yAxis: { type: "value", min: 0, max: 1, axisLabel: { formatter: (v: number) => pct(v) } },
      series: [
        series("政策类占比", ORANGE, policyTarget, (m) => m.total.ytdPolicy, WIDE, nudges[0]),
        series("第三方占比", GREEN, thirdPartyTarget, (m) => m.total.ytdThirdParty, NARROW, nudges[1]),
      ],
    },
  };
}

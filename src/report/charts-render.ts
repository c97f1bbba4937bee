/**
 * Draws a chart as PNG: ECharts renders SVG on the server, resvg (WebAssembly, so no native addon to ship) turns it
 * into pixels with a Chinese font that comes with the package, never the computer's fonts.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { initWasm, Resvg } from "@resvg/resvg-wasm";
import * as echarts from "echarts";
import { CHART_SIZE, type ChartSpec } from "./charts.js";

/** A chart drawn: PNG bytes and their size in pixels. */
export interface ChartPicture {
  caption: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/** Noto Sans SC (OFL), Regular weight; its family name as the font declares it. */
const FONT_FILE = "../fonts/NotoSansHans-Regular.otf";
const FONT_FAMILY = "Noto Sans S Chinese";

let ready: Promise<Uint8Array> | undefined;

/** Loads the WebAssembly module and the font once per process. */
function prepare(): Promise<Uint8Array> {
  ready ??= (async () => {
    const wasm = await readFile(fileURLToPath(import.meta.resolve("@resvg/resvg-wasm/index_bg.wasm")));
    await initWasm(wasm);
    const font = await readFile(fileURLToPath(new URL(FONT_FILE, import.meta.resolve("@embedpdf/fonts-sc"))));
    return new Uint8Array(font);
  })();
  return ready;
}

/** The chart as an SVG string. */
export function chartSvg(spec: ChartSpec): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, ...CHART_SIZE });
  try {
    chart.setOption(spec.option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** The chart as a PNG at twice its CSS size (sharp when printed at the width of a page). */
export async function renderChart(spec: ChartSpec): Promise<ChartPicture> {
  const font = await prepare();
  const resvg = new Resvg(chartSvg(spec), {
    font: { fontBuffers: [font], defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: "zoom", value: 2 },
    background: "#ffffff",
  });
  try {
    const image = resvg.render();
    const picture = { caption: spec.caption, png: image.asPng(), width: image.width, height: image.height };
    image.free();
    return picture;
  } finally {
    resvg.free();
  }
}

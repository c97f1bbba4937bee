/** Decoding a PNG with pngjs (not the renderer that wrote it): size and how much of it is drawn. */
import { PNG } from "pngjs";

export interface PngFacts {
  width: number;
  height: number;
  /** Share of pixels that are not white. */
  inked: number;
  /** Distinct colours among the non-white pixels (bars, lines and text each bring their own). */
  colours: number;
}

export function pngFacts(bytes: Uint8Array): PngFacts {
  const png = PNG.sync.read(Buffer.from(bytes));
  let inked = 0;
  const colours = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const [r, g, b] = [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
    if (r < 245 || g < 245 || b < 245) {
      inked++;
      colours.add((r >> 4) * 256 + (g >> 4) * 16 + (b >> 4));
    }
  }
  return { width: png.width, height: png.height, inked: inked / (png.width * png.height), colours: colours.size };
}

/** Every workbook says it was made by wenping on the as-of date (not the clock), read back from docProps/core.xml. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, run, tempCopy } from "../helpers/cli.js";

let dir = "";
let cleanup: () => void = () => {};
beforeAll(() => {
  ({ dir, cleanup } = tempCopy(join(ROOT, "examples")));
});
afterAll(() => cleanup());

async function coreProperties(file: string): Promise<{ creator?: string; created?: string; modified?: string }> {
  const zip = await JSZip.loadAsync(readFileSync(join(dir, file)));
  const xml = await zip.file("docProps/core.xml")!.async("string");
  const tag = (name: string) => new RegExp(`<${name}[^>]*>([^<]*)</${name}>`).exec(xml)?.[1];
  return { creator: tag("dc:creator"), created: tag("dcterms:created"), modified: tag("dcterms:modified") };
}

describe("workbook properties (cold)", () => {
  it.each([
    ["monthly", ["report", "monthly", "--month", "2026-10", "-o", "m.xlsx"], "m.xlsx"],
    ["filing form", ["form", "BXMZ-2026-009", "-o", "f.xlsx"], "f.xlsx"],
    ["ledger (streamed)", ["ledger", "-o", "l.xlsx"], "l.xlsx"],
  ])("%s: made by wenping, dated the as-of date", async (_name, args, file) => {
    const r = run([...args, "--as-of", "2026-11-05", "--no-cache"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(await coreProperties(file)).toEqual({
      creator: "wenping",
      created: "2026-11-05T00:00:00Z",
      modified: "2026-11-05T00:00:00Z",
    });
  });
});

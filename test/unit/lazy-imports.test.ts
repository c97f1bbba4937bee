// Cold start stays lean: the modules every command loads (static imports from the entry point) never reach the
// heavy libraries; those load by dynamic import in the commands that need them (docs/performance.md).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";

const HEAVY = ["docx", "echarts", "@resvg/resvg-wasm", "@embedpdf/fonts-sc", "exceljs"];

/** Static, value-importing specifiers of a source file (`import type` and `await import()` are not loads at start). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^import\s+(?!type\s)[^;]*?from\s+"([^"]+)";/gms)].map((m) => m[1] as string);
}

function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
      else packages.add(spec);
    }
  };
  visit(entry);
  return { files, packages };
}

describe("start-up imports", () => {
  it("reach none of the heavy libraries from the entry point", () => {
    const { files, packages } = reachable(join(ROOT, "src", "cli", "main.ts"));
    expect(files.size).toBeGreaterThan(5);
    for (const heavy of HEAVY) expect([...packages], heavy).not.toContain(heavy);
  });

  it.each(["status", "annual", "draft"])("reach none from the %s command before it runs", (name) => {
    const { packages } = reachable(join(ROOT, "src", "commands", `${name}.ts`));
    for (const heavy of HEAVY) expect([...packages], heavy).not.toContain(heavy);
  });

  it("would notice one: the annual report's renderer does import them", () => {
    const { packages } = reachable(join(ROOT, "src", "report", "charts-render.ts"));
    expect([...packages]).toEqual(expect.arrayContaining(["echarts", "@resvg/resvg-wasm"]));
  });
});

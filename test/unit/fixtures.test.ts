import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkFolder, FIXTURES } from "../helpers/check.js";

/** `# expect: CODE@LINE ...` on a fixture's first line, or in `<file>.expect` beside a fixture whose bytes are not text. */
function expected(abs: string): string[] {
  const sidecar = `${abs}.expect`;
  const head = existsSync(sidecar)
    ? readFileSync(sidecar, "utf8")
    : readFileSync(abs).subarray(0, 200).toString("latin1");
  const match = /# expect: ([^\r\n]+)/.exec(head);
  return match ? (match[1] as string).trim().split(/\s+/).sort() : [];
}

describe("valid fixtures", async () => {
  const results = await checkFolder(join(FIXTURES, "valid"));
  it.each(results.map((r) => [r.file, r]))("%s has no problem", (_file, result) => {
    expect(result.problems).toEqual([]);
  });
});

describe("invalid fixtures: each asserts its codes and lines", () => {
  const folders = readdirSync(join(FIXTURES, "invalid"));
  it.each(folders)("%s", async (code) => {
    const results = await checkFolder(join(FIXTURES, "invalid", code));
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      const want = expected(result.abs);
      expect(want.length, `${result.file} has no # expect line`).toBeGreaterThan(0);
      const got = result.problems.map((p) => `${p.code}@${p.line}`).sort();
      expect(got, result.file).toEqual(want);
      for (const p of result.problems) {
        expect(p.code).toBe(code);
        expect(p.message.length).toBeGreaterThan(4);
        expect(p.column).toBeGreaterThanOrEqual(1);
        const warning = ["WP010", "WP012", "WP013", "WP014", "WP016", "WP017"].includes(code);
        expect(p.severity).toBe(warning ? "warning" : "error");
      }
    }
  });
});

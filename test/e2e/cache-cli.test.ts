/** The cache as the commands use it: --no-cache reads no cache file, a damaged config cache is not trusted, and
 * validating one file keeps the other files' entries. */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT, run, tempCopy } from "../helpers/cli.js";

const AS_OF = ["--as-of", "2021-06-03"];
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups) c();
  cleanups = [];
});
function workspace(): string {
  const { dir, cleanup } = tempCopy(join(ROOT, "test", "fixtures", "report"));
  cleanups.push(cleanup);
  return dir;
}
const configCache = (dir: string) => join(dir, ".wenping", "cache", "config.json");
const entries = (dir: string) =>
  Object.keys(
    (JSON.parse(readFileSync(join(dir, ".wenping", "cache", "facts.json"), "utf8")) as { entries: object }).entries,
  );

describe("the cache, through the commands", () => {
  it("a config cache with a wrong config (its key intact) is not trusted; --no-cache does not even read it", () => {
    const dir = workspace();
    const first = run(["validate", "--format", "json", ...AS_OF], { cwd: dir });
    const cached = JSON.parse(readFileSync(configCache(dir), "utf8")) as { config: { units: unknown[] } };
    cached.config.units = [];
    writeFileSync(configCache(dir), JSON.stringify(cached));
    const second = run(["validate", "--format", "json", ...AS_OF], { cwd: dir });
    expect(second.code).toBe(first.code);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stdout).not.toContain("WP003");
    // A cache file that is not even JSON: with --no-cache it is never opened, so nothing changes.
    writeFileSync(configCache(dir), "{ broken");
    const third = run(["validate", "--format", "json", "--no-cache", ...AS_OF], { cwd: dir });
    expect(third.stdout).toBe(first.stdout);
    expect(readFileSync(configCache(dir), "utf8")).toBe("{ broken");
  });

  it("validating one file keeps the other files' entries, so the next full run stays warm", () => {
    const dir = workspace();
    run(["validate", ...AS_OF], { cwd: dir });
    const all = entries(dir);
    expect(all.length).toBeGreaterThan(3);
    run(["validate", "records/BXMZ-R01.yaml", ...AS_OF], { cwd: dir });
    expect(entries(dir).sort()).toEqual([...all].sort());
  });
});

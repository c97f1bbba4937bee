import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeFiles } from "../../src/check/analyze-files.js";
import { AnalysisCache, cacheKey } from "../../src/check/cache.js";
import { packStats, unpackStat } from "../../src/check/file-stats.js";
import { fixtureConfig } from "../helpers/check.js";

const record = (id: string, category = "other") =>
  `schema: wenping/decision-item@1\nid: ${id}\ntitle: 事项\nunit: JZK\ncategory: ${category}\ndomain: other\ninitial_risk: low\nlisted_on: 2021-06-01\n`;

let root = "";
afterEach(() => rmSync(root, { recursive: true, force: true }));

function setup(count: number) {
  root = mkdtempSync(join(tmpdir(), "wenping-cache-"));
  mkdirSync(join(root, "records"));
  const jobs = Array.from({ length: count }, (_, i) => {
    const id = `BXMZ-2021-${String(i + 1).padStart(3, "0")}`;
    const abs = join(root, "records", `${id}.yaml`);
    writeFileSync(abs, record(id));
    return { file: `records/${id}.yaml`, abs };
  });
  return jobs;
}

/** One run: the facts and how many came from the cache. */
async function run(jobs: { file: string; abs: string }[], version = "1.0.0", config = fixtureConfig()) {
  const cache = new AnalysisCache(root, cacheKey(version, config), true);
  const facts = await analyzeFiles(jobs, { config, cache });
  return { facts, hits: cache.hits };
}

describe("the facts cache", () => {
  it("answers an unchanged second run from the cache, with the same facts", async () => {
    const jobs = setup(5);
    const first = await run(jobs);
    const second = await run(jobs);
    expect([first.hits, second.hits]).toEqual([0, 5]);
    expect(second.facts.map((f) => [f.file, f.summary?.category])).toEqual(
      first.facts.map((f) => [f.file, f.summary?.category]),
    );
  });

  it("is invalidated for an edited file only, and never answers with the old content", async () => {
    const jobs = setup(5);
    await run(jobs);
    const edited = jobs[2] as { abs: string };
    writeFileSync(edited.abs, readFileSync(edited.abs, "utf8").replace("category: other", "category: polcy"));
    const second = await run(jobs);
    expect(second.hits).toBe(4);
    expect(second.facts[2]?.malformed).toBe(true);
    expect(second.facts[2]?.findings.map((f) => f.code)).toEqual(["SCHEMA"]);
  });

  it("compares by content a recent entry whose stat is unchanged (an edit within the same instant)", async () => {
    const jobs = setup(2);
    await run(jobs);
    const target = jobs[0] as { abs: string };
    // The stats as they were before the edit: to the cache the file looks untouched, only its content tells.
    const before = packStats(jobs.map((j) => j.abs));
    writeFileSync(target.abs, readFileSync(target.abs, "utf8").replace("title: 事项", "title: 事务"));
    const config = fixtureConfig();
    const cache = new AnalysisCache(root, cacheKey("1.0.0", config), true);
    const facts = await analyzeFiles(jobs, { config, cache, stats: before });
    expect(cache.hits).toBe(1);
    expect(facts[0]?.summary?.title).toBe("事务");
  });

  it("is invalidated by a change of wenping.yaml", async () => {
    const jobs = setup(3);
    await run(jobs);
    const config = { ...fixtureConfig(), units: [{ code: "XYZ", name: "新单位" }] };
    const second = await run(jobs, "1.0.0", config);
    expect(second.hits).toBe(0);
    expect(second.facts[0]?.findings.map((f) => f.code)).toEqual(["WP003"]);
  });

  it("is invalidated by a new version of the tool", async () => {
    const jobs = setup(3);
    await run(jobs, "1.0.0");
    expect((await run(jobs, "1.0.1")).hits).toBe(0);
  });

  it("is left as it is by a run that changed nothing, and forgets a deleted record", async () => {
    const jobs = setup(3);
    await run(jobs);
    const facts = join(root, ".wenping", "cache", "facts.json");
    const written = readFileSync(facts, "utf8");
    // Dated an hour back, not slept past: a rewrite shows as a new date however coarse the clock of the disk.
    // A whole second: milliseconds do not always read back exactly (a float of seconds on the way).
    const before = new Date(Math.floor(Date.now() / 1000) * 1000 - 3_600_000);
    utimesSync(facts, before, before);
    expect((await run(jobs)).hits).toBe(3);
    expect(statSync(facts).mtimeMs).toBe(before.getTime());
    unlinkSync((jobs[1] as { abs: string }).abs);
    const rest = [jobs[0], jobs[2]] as { file: string; abs: string }[];
    expect((await run(rest)).hits).toBe(2);
    const after = JSON.parse(readFileSync(facts, "utf8")) as { count: number; entries: Record<string, unknown> };
    expect(Object.keys(after.entries)).toEqual(rest.map((j) => j.file));
    expect(after.count).toBe(2);
    expect(written).toContain((jobs[1] as { file: string }).file);
  });

  it("stats files into the packed form the helper thread sends: a file, a folder, a missing path", () => {
    const jobs = setup(1);
    const file = (jobs[0] as { abs: string }).abs;
    const packed = packStats([file, join(root, "records"), join(root, "nothing.yaml")]);
    const stat = statSync(file);
    expect(unpackStat(packed, 0)).toEqual({
      size: stat.size,
      mtimeMs: stat.mtimeMs,
      ino: stat.ino,
      ctimeMs: stat.ctimeMs,
      isFile: true,
    });
    expect(unpackStat(packed, 1)?.isFile).toBe(false);
    expect(unpackStat(packed, 2)).toBeUndefined();
  });

  it("is safe to delete, and survives a corrupt cache file", async () => {
    const jobs = setup(3);
    await run(jobs);
    writeFileSync(join(root, ".wenping", "cache", "facts.json"), "{ not json");
    const second = await run(jobs);
    expect(second.hits).toBe(0);
    expect(second.facts.every((f) => !f.malformed)).toBe(true);
    rmSync(join(root, ".wenping"), { recursive: true });
    expect((await run(jobs)).hits).toBe(0);
  });

  // Each keeps the key valid, so only the cache's own check of its files can tell.
  it.each([
    ["facts entries: null", "facts.json", (t: string) => t.replace(/"entries":\{.*\},"sum"/s, '"entries":null,"sum"')],
    [
      "summaries entries: null",
      "summaries.json",
      (t: string) => t.replace(/"entries":\{.*\},"sum"/s, '"entries":null,"sum"'),
    ],
    [
      "a summary's category changed",
      "summaries.json",
      (t: string) => t.replace('"category":"other"', '"category":"policy"'),
    ],
    ["a summary's unit removed", "summaries.json", (t: string) => t.replace(/"unit":"JZK",?/, "")],
    ["a fact turned into a number", "facts.json", (t: string) => t.replace(/"BXMZ-2021-001"\]/, "7]")],
    ["the file cut short", "facts.json", (t: string) => t.slice(0, t.length - 30)],
    ["the checksum removed", "facts.json", (t: string) => t.replace(/,"sum":"[0-9a-f]+"/, "")],
  ])("rebuilds silently from a damaged cache file (%s), with the right answers", async (_name, file, damage) => {
    const jobs = setup(3);
    const first = await run(jobs);
    const path = join(root, ".wenping", "cache", file);
    const text = readFileSync(path, "utf8");
    const damaged = damage(text);
    expect(damaged).not.toBe(text);
    writeFileSync(path, damaged);
    const second = await run(jobs);
    expect(second.hits).toBe(0);
    expect(second.facts.map((f) => [f.id, f.malformed, f.summary?.category, f.summary?.unit])).toEqual(
      first.facts.map((f) => [f.id, f.malformed, f.summary?.category, f.summary?.unit]),
    );
    // …and the rebuilt cache answers the next run in full.
    expect((await run(jobs)).hits).toBe(3);
  });

  it.skipIf(process.platform === "win32")("a FIFO in place of a cache file is a miss, never a wait", async () => {
    const jobs = setup(2);
    await run(jobs);
    for (const name of ["facts.json", "summaries.json"]) {
      const path = join(root, ".wenping", "cache", name);
      unlinkSync(path);
      execFileSync("mkfifo", [path]);
    }
    const second = await run(jobs);
    expect(second.hits).toBe(0);
    expect(second.facts.every((f) => !f.malformed)).toBe(true);
  });

  it("a run over some files updates their entries and keeps the others'", async () => {
    const jobs = setup(4);
    await run(jobs);
    const config = fixtureConfig();
    const edited = jobs[1] as { file: string; abs: string };
    writeFileSync(edited.abs, readFileSync(edited.abs, "utf8").replace("title: 事项", "title: 新标题"));
    const some = new AnalysisCache(root, cacheKey("1.0.0", config), false, true);
    await analyzeFiles([edited], { config, cache: some });
    const facts = JSON.parse(readFileSync(join(root, ".wenping", "cache", "facts.json"), "utf8")) as {
      entries: Record<string, unknown>;
    };
    expect(Object.keys(facts.entries).sort()).toEqual(jobs.map((j) => j.file).sort());
    const all = await run(jobs);
    expect(all.hits).toBe(4);
    expect(all.facts[1]?.summary?.title).toBe("新标题");
  });
});

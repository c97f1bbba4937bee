import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeFiles } from "../../src/check/analyze-files.js";
import { cacheKey, FactsCache } from "../../src/check/cache.js";
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
  const cache = new FactsCache(root, cacheKey(version, config), true);
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

  it("catches an edit that keeps the size within the same instant (content compared for recent entries)", async () => {
    const jobs = setup(2);
    await run(jobs);
    const target = jobs[0] as { abs: string };
    // Same length, same second: only the content (or ctime) tells.
    writeFileSync(target.abs, readFileSync(target.abs, "utf8").replace("title: 事项", "title: 事务"));
    const second = await run(jobs);
    expect(second.hits).toBe(1);
    expect(second.facts[0]?.summary?.title).toBe("事务");
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
    const before = statSync(facts).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await run(jobs)).hits).toBe(3);
    expect(statSync(facts).mtimeMs).toBe(before);
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
});

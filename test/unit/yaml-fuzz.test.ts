/**
 * The differential fuzzer: the plain-subset reader against `yaml` on generated and mutated documents.
 * Whatever the subset reader takes, `yaml` must take to strictly equal data at equal positions; the rest is
 * left to `yaml`. A few thousand cases per test run; `npm run fuzz` runs a million (WENPING_FUZZ_RUNS) and
 * fast-check prints the seed and the shrunk, minimal failing document.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../scripts/gen-workspace.mjs";
import { analyzeFile } from "../../src/check/analyze-file.js";
import { readPlainYaml } from "../../src/read/index.js";
import { agreePlain } from "../helpers/agree.js";
import { FIXTURES, fixtureConfig } from "../helpers/check.js";
import { generatedDocument, mutated } from "../helpers/yaml-fuzz.js";

const RUNS = Number(process.env.WENPING_FUZZ_RUNS ?? 1500);
const LONG = RUNS > 10_000;
const SEED = process.env.WENPING_FUZZ_SEED === undefined ? undefined : Number(process.env.WENPING_FUZZ_SEED);
const settings = { numRuns: RUNS, ...(SEED !== undefined ? { seed: SEED } : {}), ...(LONG ? { verbose: 1 } : {}) };

const dir = mkdtempSync(join(tmpdir(), "wenping-fuzz-"));
generate(dir, 60, 11);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const records = [join(dir, "records"), join(FIXTURES, "valid")].flatMap((root) =>
  readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => readFileSync(join(root, f), "utf8")),
);

/** A record the whole pipeline reads: the cases are spliced into it. */
const BASE = readFileSync(join(FIXTURES, "valid", "BXMZ-2021-007.yaml"), "utf8").replace(
  /methods: \[survey, symposium\],\n +respondents/,
  "methods: [survey, symposium], respondents",
);

describe("the differential fuzzer: the plain-subset reader against `yaml`", () => {
  it("agrees on documents generated near the edges of the subset", { timeout: LONG ? 0 : 60_000 }, () => {
    let taken = 0;
    fc.assert(
      fc.property(generatedDocument, fc.nat({ max: 7 }), (text, share) => {
        if (agreePlain(text, share === 0)) taken++;
      }),
      settings,
    );
    // The generator must reach the subset, or this would compare nothing: a share of its documents is taken.
    expect(taken).toBeGreaterThan(RUNS / 50);
  });

  it("agrees on real records mutated with what clerks type", { timeout: LONG ? 0 : 60_000 }, () => {
    let taken = 0;
    fc.assert(
      fc.property(mutated(fc.constantFrom(...records)), fc.nat({ max: 31 }), (text, share) => {
        if (agreePlain(text, share === 0)) taken++;
      }),
      // Whole records cost `yaml` a millisecond each: fewer of them per test run (all of them in `npm run fuzz`).
      { ...settings, numRuns: LONG ? RUNS : Math.ceil(RUNS / 3) },
    );
    expect(taken).toBeGreaterThan((LONG ? RUNS : RUNS / 3) / 10);
  });

  it("agrees on generated documents mutated again", { timeout: LONG ? 0 : 60_000 }, () => {
    fc.assert(
      fc.property(mutated(generatedDocument), (text) => {
        agreePlain(text, false);
      }),
      { ...settings, numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

// The cases of issue 11: each was read differently (or accepted where `yaml` refuses) and counted as valid.
const REGRESSIONS: [string, string, string][] = [
  ["a bare '-' before '}' in a flow mapping", "risks:\n", "risks: [{ description: 无, measure: -}]\n"],
  ["a bare '-' before ',' in a flow mapping", "risks:\n", "risks: [{ measure: -, description: 无 }]\n"],
  ["a bare '-' before ']'", "sensitive: [mass_involvement]\n", "sensitive: [-]\n"],
  [
    "a double-quoted text continued at column 0",
    "overview: 全市城乡低保对象约 1.2 万户\n",
    'overview: "第一行\n第二行"\n',
  ],
  [
    "a single-quoted text continued at column 0",
    "overview: 全市城乡低保对象约 1.2 万户\n",
    "overview: '第一行\n第二行'\n",
  ],
  ["a tab on the last line of a block scalar", "overview: 全市城乡低保对象约 1.2 万户\n", "overview: |\n x\n\t\n"],
  ["-.5 as a title", "title: 调整城乡居民最低生活保障标准\n", "title: -.5\n"],
  ["+.5e1 as a title", "title: 调整城乡居民最低生活保障标准\n", "title: +.5e1\n"],
  ["1e400 as a title", "title: 调整城乡居民最低生活保障标准\n", "title: 1e400\n"],
  ["0b11 as a count", "respondents: 120", "respondents: 0b11"],
  ["+0o7 as a count", "respondents: 120", "respondents: +0o7"],
  ["-0x1F as a count", "respondents: 120", "respondents: -0x1F"],
  ["an empty title written |1", "title: 调整城乡居民最低生活保障标准\n", "title: |1\n  \n"],
];

describe("the issue's cases (regression corpus)", () => {
  it.each(REGRESSIONS)("%s: never counted as a valid record", (_name, from, to) => {
    expect(BASE).toContain(from);
    const text = BASE.replace(from, to);
    agreePlain(text);
    agreePlain(to);
    const facts = analyzeFile(
      { file: "records/BXMZ-2021-007.yaml", abs: "/v/BXMZ-2021-007.yaml", bytes: Buffer.from(text) },
      fixtureConfig(),
    );
    expect(facts.malformed, JSON.stringify(text)).toBe(true);
  });

  it("the base record itself is valid (so each case above fails for its own edit)", () => {
    const facts = analyzeFile(
      { file: "records/BXMZ-2021-007.yaml", abs: "/v/BXMZ-2021-007.yaml", bytes: Buffer.from(BASE) },
      fixtureConfig(),
    );
    expect(facts.malformed).toBe(false);
    expect(readPlainYaml(BASE)).toBeDefined();
  });
});

#!/usr/bin/env node
// npm run fuzz [-- RUNS [SEED]]: the differential fuzzer of test/unit/yaml-fuzz.test.ts at length (a million
// cases by default). On a difference fast-check prints the seed and the shrunk, minimal document.
import { spawnSync } from "node:child_process";

const [runs = "1000000", seed] = process.argv.slice(2);
const env = { ...process.env, WENPING_FUZZ_RUNS: runs, ...(seed ? { WENPING_FUZZ_SEED: seed } : {}) };
const vitest = ["vitest", "run", "test/unit/yaml-fuzz.test.ts", "-t", "differential fuzzer"];
const r = spawnSync("npx", vitest, { stdio: "inherit", env, shell: process.platform === "win32" });
process.exit(r.status ?? 1);

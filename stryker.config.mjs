// Mutation testing (`npm run mutate`, not run by `npm test` or CI): which lines of the rules and the checking
// pipeline could break without a unit test noticing. Slow: one mutant at a time on a shared machine.
// Narrow it with `npm run mutate -- --mutate "src/rules/wp00*.ts"`. Results: docs/mutation.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutate.config.ts" },
  mutate: ["src/rules/**/*.ts", "src/check/**/*.ts", "!src/check/worker.ts", "!src/check/stat-worker.ts"],
  concurrency: 1,
  // The first run of all the tests, measuring which test covers which mutant, is slow on two shared cores.
  dryRunTimeoutMinutes: 30,
  reporters: ["clear-text", "progress"],
  thresholds: { high: 80, low: 60, break: null },
  tempDirName: ".stryker-tmp",
};

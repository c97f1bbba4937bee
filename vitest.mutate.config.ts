// The tests StrykerJS runs against each mutant (`npm run mutate`): the unit tests of the rules and the checking
// pipeline. The end-to-end tests spawn the built binary in dist/, which mutants of src/ never reach. (Not merged
// with vitest.config.ts: merging would append this include to that one, running every test.)
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/{rules,rule-findings,fixtures,late-findings,locate-remaining}.test.ts"],
    setupFiles: ["test/setup-inquirer.ts"],
    // Instrumented code runs several times slower, on a machine shared with others.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

// The tests StrykerJS runs against each mutant (`npm run mutate`): the unit tests of the rules and the checking
// pipeline. The end-to-end tests spawn the built binary in dist/, which mutants of src/ never reach.
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.js";

export default mergeConfig(
  base,
  defineConfig({ test: { include: ["test/unit/{rules,fixtures,property}.test.ts"], testTimeout: 120_000 } }),
);

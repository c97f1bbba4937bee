// Routes @inquirer/prompts to @inquirer/testing's screen before any test module imports them, so tests drive the
// real prompts (and import order inside test files does not matter).
import "@inquirer/testing/vitest";

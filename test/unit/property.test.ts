import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { problemsOf } from "../helpers/check.js";

const CODES = [
  "YAML",
  "ENCODING",
  "SCHEMA",
  "IO",
  ...Array.from({ length: 17 }, (_, i) => `WP0${String(i + 1).padStart(2, "0")}`),
];

/** Fragments of a record and of YAML syntax, joined by one separator that fast-check draws too (so it replays). */
const yamlish = fc
  .tuple(
    fc.array(
      fc.oneof(
        fc.constantFrom(
          "schema: wenping/decision-item@1",
          "id: BXMZ-2021-001",
          "title: 标题",
          "assessment:",
          "  assessor: self",
          "  steps:",
          "    - step: plan",
          "- ",
          ": ",
          "&a",
          "*a",
          "!!str",
          "---",
          "{",
          "}",
          "[",
          "]",
          '"',
          "'",
          "\t",
          "#",
          "日期: 2021-04-20",
          "<<: *a",
          "? ",
        ),
        fc.string({ maxLength: 20 }),
      ),
      { maxLength: 30 },
    ),
    fc.constantFrom("\n", " ", ""),
  )
  .map(([parts, separator]) => parts.join(separator));

/** An upper bound of the lines a text has, whatever its line ends. */
const lineCount = (text: string) => text.split(/\r\n|\r|\n/).length;

/** What every problem must be: a known code, a message, and a place inside the file. */
function wellFormed(problem: ReturnType<typeof problemsOf>[number], lines: number) {
  expect(CODES).toContain(problem.code);
  expect(["error", "warning"]).toContain(problem.severity);
  expect(problem.message.trim().length).toBeGreaterThan(0);
  expect(problem.line).toBeGreaterThanOrEqual(1);
  expect(problem.line).toBeLessThanOrEqual(lines);
  expect(problem.column).toBeGreaterThanOrEqual(1);
}

// None of these inputs can be a complete record (a record needs id, title, unit, category, domain, initial_risk and
// listed_on, with valid values), so each must get at least one error: a checker that passed one would say "valid"
// of a broken file, the worst failure there is.
describe("the loader and checker, on inputs that are never a valid record", () => {
  it("arbitrary bytes: at least one error, every problem well formed, the same answer twice", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const problems = problemsOf(bytes);
        expect(problems.some((p) => p.severity === "error")).toBe(true);
        const lines = lineCount(Buffer.from(bytes).toString("latin1"));
        for (const p of problems) wellFormed(p, lines);
        expect(problemsOf(bytes)).toEqual(problems);
      }),
      { numRuns: 300 },
    );
  });

  it("YAML-ish text: at least one error, every problem well formed", () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const problems = problemsOf(text);
        expect(problems.some((p) => p.severity === "error")).toBe(true);
        for (const p of problems) wellFormed(p, lineCount(text));
      }),
      { numRuns: 300 },
    );
  });

  it("arbitrary values written as YAML: only SCHEMA or YAML errors, each well formed", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const text = stringify(value);
        const problems = problemsOf(text);
        expect(problems.some((p) => p.severity === "error")).toBe(true);
        for (const p of problems) {
          expect(["SCHEMA", "YAML"]).toContain(p.code);
          wellFormed(p, lineCount(text));
        }
      }),
      { numRuns: 300 },
    );
  });
});

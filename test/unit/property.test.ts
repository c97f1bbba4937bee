import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { problemsOf } from "../helpers/check.js";

const yamlish = fc
  .array(
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
  )
  .map((parts) => parts.join(fc.sample(fc.constantFrom("\n", " ", ""), 1)[0]));

describe("the loader and checker never throw", () => {
  it("on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const problems = problemsOf(bytes);
        expect(Array.isArray(problems)).toBe(true);
        for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("on YAML-ish text", () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        for (const p of problemsOf(text)) {
          expect(p.message.length).toBeGreaterThan(0);
          expect(p.column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("on arbitrary values written as YAML (every problem is located and rendered)", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        for (const p of problemsOf(stringify(value))) expect(["SCHEMA", "YAML"]).toContain(p.code);
      }),
      { numRuns: 300 },
    );
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generatedReference } from "../../scripts/reference.mjs";
import { zhProblems as messages } from "../../src/i18n/problems.zh.js";
import * as labels from "../../src/report/labels.js";
import { rules } from "../../src/rules/index.js";
import { uniqueIds } from "../../src/rules/wp001-unique-ids.js";
import { decisionItemSchema, workspaceSchema } from "../../src/schema/definitions.js";

const DIR = join(import.meta.dirname, "..", "..", "docs", "reference", "generated");
const generated = generatedReference({
  decisionItemSchema,
  workspaceSchema,
  rules,
  uniqueIds,
  messages,
  labels,
}) as Record<string, string>;

describe("the generated reference in docs/", () => {
  it.each(Object.keys(generated))(
    "docs/reference/generated/%s is what the code makes (run npm run reference)",
    (name) => {
      expect(readFileSync(join(DIR, name), "utf8")).toBe(generated[name]);
    },
  );

  it("holds no file the generator does not make", () => {
    expect(readdirSync(DIR).sort()).toEqual(Object.keys(generated).sort());
  });

  it("lists every rule code once, WP001 included, and every field of both formats", () => {
    const catalogue = generated["rules.md"] ?? "";
    for (const code of ["WP001", ...rules.map((r) => r.code)]) expect(catalogue).toContain(`| ${code} |`);
    expect(generated["record-fields.md"]).toContain("| `assessment.steps[].reviewers[].expert` | yes |");
    expect(generated["workspace-fields.md"]).toContain("| `units[].code` | yes |");
  });
});

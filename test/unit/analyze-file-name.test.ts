import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyzeFile } from "../../src/check/analyze-file.js";
import { fixtureConfig } from "../helpers/check.js";
import { ROOT } from "../helpers/cli.js";

const RECORD = join(ROOT, "examples", "records", "2026", "BXMZ-2026-009.yaml");

describe("WP002 (file name matches id) takes the name from the absolute path", () => {
  it("accepts a display path with Windows separators, as the wizard gives after saving on Windows", () => {
    const bytes = readFileSync(RECORD);
    const facts = analyzeFile(
      { file: "Z:\\稳评\\records\\2026\\BXMZ-2026-009.yaml", abs: RECORD, bytes },
      fixtureConfig(),
    );
    expect(facts.findings.map((f) => f.code)).not.toContain("WP002");
  });

  it("still reports a file whose name differs from its id", () => {
    const bytes = readFileSync(RECORD);
    const facts = analyzeFile(
      { file: "records/2026/other.yaml", abs: "/ws/records/2026/BXMZ-2026-010.yaml", bytes },
      fixtureConfig(),
    );
    expect(facts.findings.map((f) => f.code)).toContain("WP002");
  });
});

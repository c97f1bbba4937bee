import { describe, expect, it } from "vitest";
import { idFromFileName, isRecordFileName } from "../../src/model/record-file.js";

describe("record file names", () => {
  it.each([
    ["BXMZ-2026-001.yaml", "BXMZ-2026-001"],
    ["BXMZ-2026-001.yml", "BXMZ-2026-001"],
    ["BXMZ-2026-001.YAML", "BXMZ-2026-001"],
    ["BXMZ-2026-001.Yml", "BXMZ-2026-001"],
    // Only the extension goes: a name that merely contains ".yaml" keeps it.
    ["a.yaml.bak", "a.yaml.bak"],
    ["a.yaml.yaml", "a.yaml"],
    ["notes.txt", "notes.txt"],
  ])("the id of %s is %s", (name, id) => {
    expect(idFromFileName(name)).toBe(id);
  });

  it.each([
    ["x.yaml", true],
    ["x.YML", true],
    ["x.yaml~", false],
    ["x.json", false],
    ["yaml", false],
  ])("%s is a record file: %s", (name, yes) => {
    expect(isRecordFileName(name)).toBe(yes);
  });
});

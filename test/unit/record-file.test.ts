import { describe, expect, it } from "vitest";
import { idFromFileName, isRecordFileName } from "../../src/model/record-file.js";

describe("record file names", () => {
  // name, whether it is a record file's, the id it stands for
  it.each([
    ["BXMZ-2026-001.yaml", true, "BXMZ-2026-001"],
    ["BXMZ-2026-001.yml", true, "BXMZ-2026-001"],
    ["BXMZ-2026-001.YAML", true, "BXMZ-2026-001"],
    ["BXMZ-2026-001.Yml", true, "BXMZ-2026-001"],
    // Only the extension goes: a name that merely contains ".yaml" keeps it.
    ["a.yaml.bak", false, "a.yaml.bak"],
    ["a.yaml.yaml", true, "a.yaml"],
    ["x.yaml~", false, "x.yaml~"],
    ["notes.txt", false, "notes.txt"],
    ["yaml", false, "yaml"],
  ] as const)("%s: a record file %s, id %s", (name, isRecord, id) => {
    expect(isRecordFileName(name)).toBe(isRecord);
    expect(idFromFileName(name)).toBe(id);
  });
});

import { describe, expect, it } from "vitest";
import { nextFreeId } from "../../src/wizard/next-id.js";

describe("the id the wizard proposes", () => {
  it.each([
    ["an empty workspace: the unit's code", [], "YLK", "YLK-2026-001"],
    [
      "a bureau-wide prefix serves every unit",
      [
        { id: "BXMZ-2026-001", unit: "JZK" },
        { id: "BXMZ-2026-002", unit: "SWZX" },
      ],
      "YLK",
      "BXMZ-2026-003",
    ],
    ["another unit's own code is not borrowed", [{ id: "JZK-2026-001", unit: "JZK" }], "YLK", "YLK-2026-001"],
    [
      "a unit goes on with its own prefix",
      [
        { id: "JZK-2026-001", unit: "JZK" },
        { id: "YLK-2026-001", unit: "YLK" },
      ],
      "JZK",
      "JZK-2026-002",
    ],
    ["a taken number is skipped", [{ id: "YLK-2026-001", unit: "JZK" }], "YLK", "YLK-2026-002"],
  ])("%s", (_what, existing, unit, expected) => {
    expect(nextFreeId(existing, unit, "2026")).toBe(expected);
  });
});

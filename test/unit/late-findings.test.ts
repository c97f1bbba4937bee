/** The late findings (WP001 across files, the as-of rules) added to files' analyses, without the disk or the cache. */
import { describe, expect, it } from "vitest";
import type { FileAnalysis } from "../../src/check/analyze-file.js";
import { addLateFindings, needsLocating } from "../../src/check/late-findings.js";
import { fileOrder, type Located } from "../../src/diagnostics/locate-findings.js";
import type { DecisionItem } from "../../src/model/types.js";
import { fixtureConfig } from "../helpers/check.js";

const config = fixtureConfig();
const options = { config, asOf: "2026-11-05", today: "2026-11-05" };

function located(code: string, line: number, column: number): Located {
  return { code, severity: "error", path: "/x", line, column } as Located;
}

function analysis(file: string, more: Partial<FileAnalysis> = {}): FileAnalysis {
  return { file, abs: `/w/${file}`, malformed: false, findings: [], ...more };
}

/** As-of inputs with one measure due before the as-of date and not done: WP017 says so at /mitigation/0/due. */
const overdue = {
  listed_on: "2026-01-05",
  mitigation: [{ measure: "摸排", due: "2026-10-01" }],
} as Partial<DecisionItem>;

describe("fileOrder", () => {
  it("sorts by line, then column, then code", () => {
    const sorted = [
      located("WP009", 3, 1),
      located("WP002", 1, 5),
      located("WP008", 1, 5),
      located("WP003", 1, 2),
      located("WP001", 2, 9),
    ].sort(fileOrder);
    expect(sorted.map((f) => `${f.line}:${f.column} ${f.code}`)).toEqual([
      "1:2 WP003",
      "1:5 WP002",
      "1:5 WP008",
      "2:9 WP001",
      "3:1 WP009",
    ]);
  });
});

describe("addLateFindings", () => {
  it("leaves a file with nothing late as it is (the same object)", () => {
    const quiet = analysis("a.yaml", { id: "A", findings: [located("WP003", 4, 1)] });
    const [checked] = addLateFindings([quiet], options);
    expect(checked).toBe(quiet);
  });

  it("finds an id used by two files, on both, naming the other", () => {
    const checked = addLateFindings(
      [analysis("a.yaml", { id: "X" }), analysis("b.yaml", { id: "X" }), analysis("c.yaml", { id: "Y" })],
      options,
    );
    expect(checked.map((c) => c.findings.map((f) => [f.code, f.params]))).toEqual([
      [["WP001", { id: "X", others: ["b.yaml"] }]],
      [["WP001", { id: "X", others: ["a.yaml"] }]],
      [],
    ]);
  });

  it("finds an id shared with a record not being checked (otherIds)", () => {
    const [alone] = addLateFindings([analysis("a.yaml", { id: "X" })], options);
    expect(alone?.findings).toEqual([]);
    const [checked] = addLateFindings([analysis("a.yaml", { id: "X" })], {
      ...options,
      otherIds: [{ file: "old.yaml", id: "X" }],
    });
    expect(checked?.findings.map((f) => [f.code, f.params])).toEqual([["WP001", { id: "X", others: ["old.yaml"] }]]);
  });

  it("runs the as-of rules on the as-of inputs, placed by the kept positions, in file order", () => {
    const before = analysis("a.yaml", {
      id: "A",
      summary: { id: "A" } as FileAnalysis["summary"],
      text: "text",
      findings: [located("WP003", 9, 3), located("WP009", 1, 1)],
      asOfInputs: overdue,
      positions: { "/mitigation/0/due": [7, 10] },
    });
    const [checked] = addLateFindings([before], options);
    expect(checked?.findings.map((f) => `${f.line}:${f.column} ${f.code}`)).toEqual([
      "1:1 WP009",
      "7:10 WP017",
      "9:3 WP003",
    ]);
    expect(checked).toMatchObject({ file: "a.yaml", abs: "/w/a.yaml", summary: { id: "A" }, text: "text" });
    expect(checked?.malformed).toBe(false);
    // The analysis itself is not changed: it may be the cache's.
    expect(before.findings).toHaveLength(2);
  });

  it("judges at the as-of date: the same measure is not late before it is due", () => {
    const [checked] = addLateFindings([analysis("a.yaml", { asOfInputs: overdue })], {
      ...options,
      asOf: "2026-09-30",
    });
    expect(checked?.findings).toEqual([]);
  });

  it("judges WP018 by the given today, not the clock", () => {
    const inputs = { listed_on: "2026-01-05" } as Partial<DecisionItem>;
    const [checked] = addLateFindings([analysis("a.yaml", { asOfInputs: inputs })], {
      ...options,
      today: "2026-01-01",
    });
    expect(checked?.findings.map((f) => f.code)).toEqual(["WP018"]);
  });

  it("leaves a late finding without a kept position at 0:0, for locateRemaining", () => {
    const records = addLateFindings([analysis("a.yaml", { asOfInputs: overdue })], options);
    expect(records[0]?.findings.map((f) => [f.code, f.line, f.column])).toEqual([["WP017", 0, 0]]);
    expect(needsLocating(records)).toBe(true);
  });
});

describe("needsLocating", () => {
  it("is true when any finding of any record waits for its place, else false", () => {
    const placed = { file: "a.yaml", malformed: false, findings: [located("WP003", 2, 1)] };
    const waiting = { file: "b.yaml", malformed: false, findings: [located("WP003", 3, 1), located("WP017", 0, 0)] };
    expect(needsLocating([])).toBe(false);
    expect(needsLocating([placed])).toBe(false);
    expect(needsLocating([placed, waiting])).toBe(true);
    expect(needsLocating([waiting, placed])).toBe(true);
  });
});

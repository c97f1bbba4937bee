/** Placing findings whose positions were not kept (a cached file with a late finding), by parsing the text again. */
import { describe, expect, it } from "vitest";
import type { CheckedFile } from "../../src/check/late-findings.js";
import { locateRemaining } from "../../src/check/locate-remaining.js";
import type { Located } from "../../src/diagnostics/locate-findings.js";
import { readDocument } from "../../src/read/index.js";

const TEXT = "id: A\nlisted_on: 2026-01-05\nmitigation:\n  - measure: 摸排\n    due: 2026-10-01\n";

function finding(code: string, path: string, line: number, column: number): Located {
  return { code, severity: "warning", path, line, column } as Located;
}

function record(text?: string): CheckedFile {
  return {
    file: "a.yaml",
    malformed: false,
    text,
    findings: [finding("WP003", "/unit", 9, 1), finding("WP017", "/mitigation/0/due", 0, 0)],
  };
}

describe("locateRemaining", () => {
  it("places a waiting finding from the text, in file order among the placed ones", () => {
    const r = record(TEXT);
    locateRemaining([r], readDocument, () => undefined);
    expect(r.findings.map((f) => `${f.line}:${f.column} ${f.code}`)).toEqual(["5:10 WP017", "9:1 WP003"]);
  });

  it("reads the text when the record did not keep it", () => {
    const r = record();
    const asked: string[] = [];
    locateRemaining([r], readDocument, (rec) => {
      asked.push(rec.file);
      return TEXT;
    });
    expect(asked).toEqual(["a.yaml"]);
    expect(r.findings[0]).toMatchObject({ code: "WP017", line: 5, column: 10 });
  });

  it("still gives a place (the file's start) when the text cannot be read again", () => {
    const r = record();
    locateRemaining([r], readDocument, () => undefined);
    expect(r.findings.map((f) => `${f.line}:${f.column} ${f.code}`)).toEqual(["1:1 WP017", "9:1 WP003"]);
  });

  it("does not read again a record with nothing waiting", () => {
    const r: CheckedFile = { file: "b.yaml", malformed: false, findings: [finding("WP003", "/unit", 2, 1)] };
    const asked: string[] = [];
    locateRemaining([r], readDocument, (rec) => {
      asked.push(rec.file);
      return TEXT;
    });
    expect(asked).toEqual([]);
    expect(r.findings.map((f) => `${f.line}:${f.column} ${f.code}`)).toEqual(["2:1 WP003"]);
  });
});

/** The differential check behind the parser tests: the plain-subset reader against `yaml`. */
import { expect } from "vitest";
import { type NodeOffsets, plainDocument, readPlainYaml, yamlDocument } from "../../src/read/index.js";

/**
 * Whatever the plain-subset reader reads (valid record or not), `yaml` reads identically, without a problem;
 * and every pointer (present, or leading past what the file holds) is placed at the same line and column.
 * Returns whether the subset reader took the text (false: `yaml` decides alone, nothing to compare).
 */
export function agreePlain(text: string, positions = true): boolean {
  const offsets: NodeOffsets = new Map();
  const plain = readPlainYaml(text, offsets);
  if (plain === undefined) return false;
  const full = yamlDocument(text);
  expect(full.findings, `the plain reader accepted what the full parser rejects:\n${JSON.stringify(text)}`).toEqual([]);
  expect(plain, `the plain reader read differently:\n${JSON.stringify(text)}`).toStrictEqual(full.data);
  if (!positions) return true;
  const quick = plainDocument(text);
  for (const pointer of [...offsets.keys()].flatMap((p) => [p, `${p}/0`, `${p}/missing`])) {
    for (const at of ["value", "key"] as const) {
      expect(
        quick?.locate?.(pointer, at),
        `${pointer} (${at}) placed differently in:\n${JSON.stringify(text)}`,
      ).toEqual(full.locate?.(pointer, at));
    }
  }
  return true;
}

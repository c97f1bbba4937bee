import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../scripts/gen-workspace.mjs";
import { decode, fastAccept, parseYaml, readPlainYaml } from "../../src/read/index.js";
import { validateItemSchema } from "../../src/schema/validators.js";
import { agreePlain } from "../helpers/agree.js";
import { FIXTURES } from "../helpers/check.js";
import { CLERK_TYPES } from "../helpers/yaml-fuzz.js";

const dir = mkdtempSync(join(tmpdir(), "wenping-agree-"));
generate(dir, 400, 7);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function yamlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(root, f));
}

/** What the fast path accepts (and so uses instead of the full parser) the full parser accepts, reading it identically. */
function agree(text: string, positions = true): void {
  agreePlain(text, positions);
  const fast = fastAccept(text, (data) => validateItemSchema(data).length === 0);
  if (fast === undefined) return; // the full parser decides: nothing to compare
  const full = parseYaml(text);
  expect(full.findings, `the fast path accepted what the full parser rejects:\n${text}`).toEqual([]);
  expect(fast).toStrictEqual(full.data);
}

describe("the fast parser and the full parser agree", () => {
  const corpus = [
    ...yamlFiles(FIXTURES),
    ...yamlFiles(join(dir, "records")),
    ...yamlFiles(join(FIXTURES, "..", "..", "examples")),
  ];

  it(`on the fixture corpus, the examples and generated records (${corpus.length} files)`, { timeout: 120_000 }, () => {
    let compared = 0;
    for (const file of corpus) {
      const decoded = decode(readFileSync(file));
      if (!decoded.ok) continue;
      agree(decoded.text);
      if (fastAccept(decoded.text, (data) => validateItemSchema(data).length === 0) !== undefined) compared++;
    }
    expect(compared).toBeGreaterThan(370);
  });

  it("the plain-subset reader reads the generated records (so the quick path is the usual one)", () => {
    const generated = yamlFiles(join(dir, "records"));
    const read = generated.filter((file) => agreePlain(readFileSync(file, "utf8"), false));
    expect(read.length).toBe(generated.length);
  });

  it.each([
    ["indentless sequences and compact mappings", "a:\n- x\n- k: 1\n  m: [p, q]\nb: {}\n"],
    ["nested blocks under a dash", "a:\n  -\n    k: v\n  - - \n"],
    ["comments everywhere", "# head\na: 1 # one\nb: # two\n  # inside\n  - x # three\n"],
    ["CRLF line ends", "a: 1\r\nb:\r\n  - x\r\n  - { k: v }\r\n"],
    ["quoted scalars", "a: 'it''s'\nb: \"两个 # 字\"\nc: ['x, y', \"z\"]\n"],
    ["core-schema words", "a: true\nb: False\nc: NULL\nd: ~\ne:\nf: yes\ng: 0\nh: -12\ni: 2021-04-20\n"],
    ["numbers written otherwise", "a: 012\nb: +1\nc: 1e3\nd: .5\ne: 0x1f\nf: -0\ng: 12345678901234567\n"],
    ["colons and hashes inside plain scalars", "a: http://x.cn/a#b\nb: 10:30\nc: { u: http://x, t: 10:30 }\n"],
    ["full-width punctuation", "a: 甲，乙：丙（丁）\nb: [甲，乙]\n"],
    ["odd but valid spacing", "a:    1   \nb:\n    - x\n    -   k: v\n        m: w\n"],
  ])("%s: read exactly as the full parser reads it, or left to it", (_name, text) => {
    agreePlain(text);
  });

  it.each([
    ["anchors and aliases", "a: &x 1\nb: *x\n"],
    ["a tab", "a:\t1\n"],
    ["a multi-line plain scalar", "a: one\n  two\n"],
    ["a block scalar", "a: |\n  x\n"],
    ["a document marker", "---\na: 1\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["an escape", 'a: "\\u4e2d"\n'],
    ["a flow collection over two lines", "a: [x,\n  y]\n"],
    ["a key that is not a name", "甲: 1\n"],
    ["a prototype key", "__proto__: 1\n"],
    ["a carriage return ending the file", "a: 1\n\r"],
    ["a carriage return ending the last line", "a: 1\r"],
    ["a carriage return after a comment at the end", "a: 1 # c\r"],
  ])("%s: left to the full parser", (_name, text) => {
    expect(readPlainYaml(text)).toBeUndefined();
  });

  it("on records mutated at random (characters YAML cares about inserted anywhere)", { timeout: 120_000 }, () => {
    const samples = yamlFiles(join(dir, "records"))
      .slice(0, 40)
      .map((f) => readFileSync(f, "utf8"));
    const mutation = fc.record({
      sample: fc.nat({ max: samples.length - 1 }),
      at: fc.nat(),
      // What clerks type and YAML cares about (shared with the fuzzer), or a piece of a record's own structure.
      insert: fc.oneof(
        fc.constantFrom(...CLERK_TYPES),
        fc.constantFrom(
          " ",
          "  ",
          "0o7",
          "007",
          "2021-02-30",
          "\n- ",
          "- - ",
          "a:",
          "x: y",
          "a: b: c",
          "\n  - k: v",
          "\n#c\n",
        ),
      ),
    });
    fc.assert(
      fc.property(mutation, ({ sample, at, insert }) => {
        const text = samples[sample] as string;
        const pos = at % (text.length + 1);
        // Positions are compared on a share of the runs: each comparison walks every pointer of the record.
        agree(text.slice(0, pos) + insert + text.slice(pos), at % 8 === 0);
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["numbers in YAML 1.2 core", "a: 012\nb: 0o17\nc: 0x1f\nd: 1e3\ne: .inf\nf: -.5\n"],
    ["booleans and nulls", "a: true\nb: True\nc: yes\nd: ~\ne: null\nf: NULL\n"],
    ["dates stay strings", "a: 2021-04-20\nb: 2021-04-20T10:00:00Z\n"],
    ["quoted and block scalars", "a: 'x''y'\nb: \"\\u4e2d\"\nc: |\n  line\n  two\nd: >-\n  folded\n  text\n"],
    ["empty values", "a:\nb: []\nc: {}\n"],
  ])("%s: whatever the fast path takes is what `yaml` reads", (_name, text) => {
    const fast = fastAccept(text, () => true);
    if (fast !== undefined) expect(fast).toStrictEqual(parseYaml(text).data);
  });
});

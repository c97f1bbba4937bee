import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../scripts/gen-workspace.mjs";
import { fastAccept, fastParse } from "../../src/check/fast-parse.js";
import { validateItemSchema } from "../../src/schema/validators.js";
import { decode } from "../../src/workspace/decode.js";
import { parseYaml } from "../../src/workspace/parse.js";
import { FIXTURES } from "../helpers/check.js";

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
function agree(text: string): void {
  const fast = fastAccept(text, (data) => validateItemSchema(data).length === 0);
  if (fast === undefined) return; // the full parser decides: nothing to compare
  const full = parseYaml(text);
  expect(full.findings, `the fast parser accepted what the full parser rejects:\n${text}`).toEqual([]);
  expect(fast).toEqual(full.data);
}

describe("the fast parser and the full parser agree", () => {
  const corpus = [
    ...yamlFiles(FIXTURES),
    ...yamlFiles(join(dir, "records")),
    ...yamlFiles(join(FIXTURES, "..", "..", "examples")),
  ];

  it(`on the fixture corpus, the examples and generated records (${corpus.length} files)`, () => {
    let compared = 0;
    for (const file of corpus) {
      const decoded = decode(readFileSync(file));
      if (!decoded.ok) continue;
      agree(decoded.text);
      if (fastAccept(decoded.text, (data) => validateItemSchema(data).length === 0) !== undefined) compared++;
    }
    expect(compared).toBeGreaterThan(370);
  });

  it("on records mutated at random (characters YAML cares about inserted anywhere)", () => {
    const samples = yamlFiles(join(dir, "records"))
      .slice(0, 40)
      .map((f) => readFileSync(f, "utf8"));
    const mutation = fc.record({
      sample: fc.nat({ max: samples.length - 1 }),
      at: fc.nat(),
      insert: fc.constantFrom(
        ":",
        " ",
        "\t",
        "-",
        "'",
        '"',
        "#",
        "{",
        "}",
        "[",
        "]",
        ",",
        "\n",
        "  ",
        "? ",
        "|",
        ">",
        "%",
        "@",
        "`",
        "0o7",
        "1e3",
        "yes",
        "null",
        "~",
        ".inf",
        "0x1F",
        "2021-02-30",
        "\\",
        "\r\n",
        "\n ",
        "\n  ",
        "\n   ",
        "\n- ",
        " -",
        "- ",
        "a:",
        "x: y",
        "\n  - k: v",
      ),
    });
    fc.assert(
      fc.property(mutation, ({ sample, at, insert }) => {
        const text = samples[sample] as string;
        const pos = at % (text.length + 1);
        agree(text.slice(0, pos) + insert + text.slice(pos));
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
  ])("%s: where js-yaml reads differently, the fast path steps aside", (_name, text) => {
    const fast = fastParse(text);
    if (fast !== undefined) expect(fast).toEqual(parseYaml(text).data);
  });
});

/**
 * Inputs for the differential fuzzer (test/unit/yaml-fuzz.test.ts, `npm run fuzz`): YAML documents generated
 * from a small grammar near the edges of the plain subset, and real records mutated with what clerks type.
 * Every choice is a fast-check arbitrary, so a failure is seeded, replayable and shrunk to a minimal case.
 */
import fc from "fast-check";

/** What clerks type or paste, and what YAML cares about: each is a mutation or a piece of a scalar. */
export const CLERK_TYPES = [
  // full-width punctuation and spaces, invisible spaces
  "，",
  "：",
  "（",
  "）",
  "；",
  "、",
  "。",
  "“",
  "”",
  "\u3000",
  "\u00a0",
  "\u200b",
  "\u2002",
  // a full-width colon after a key, a full-width space in an indent
  "title：",
  "\u3000 ",
  "  \u3000",
  // tabs, carriage returns, pasted multi-line text
  "\t",
  " \t",
  "\r",
  "\r\n",
  "\n",
  "\n\n",
  "\n ",
  "\n  ",
  "\n   ",
  "\n第二行",
  "\n  第二行",
  "第一行\n第二行",
  // "-" for none
  "-",
  "- ",
  " -",
  "-,",
  "-]",
  "-}",
  "无",
  "/",
  "—",
  // indicators
  ":",
  ": ",
  "#",
  " #",
  "'",
  '"',
  "''",
  "{",
  "}",
  "[",
  "]",
  ",",
  ", ",
  "?",
  "? ",
  "|",
  ">",
  "%",
  "@",
  "`",
  "\\",
  "&a ",
  "*a",
  "!!str ",
  "!x ",
  "!!int ",
  "--- ",
  "---\n",
  "...\n",
  // numbers in every YAML spelling
  "0",
  "-0",
  "+1",
  "012",
  "0o17",
  "+0o7",
  "0b11",
  "0x1F",
  "-0x1F",
  "-.5",
  ".5",
  "+.5e1",
  "1e400",
  "1e3",
  "1.",
  "1.0",
  "1_000",
  "12345678901234567",
  "9007199254740993",
  ".inf",
  "-.INF",
  ".NaN",
  "1e-3",
  "0.",
  // words of other YAML versions and of the core schema
  "true",
  "True",
  "TRUE",
  "yes",
  "no",
  "on",
  "off",
  "null",
  "Null",
  "NULL",
  "~",
  "y",
  "n",
  "<<",
  // BOMs, line separators, noncharacters, surrogates, controls
  "\ufeff",
  "\u0085",
  "\u2028",
  "\u2029",
  "\ufffe",
  "\uffff",
  "\ufdd0",
  "\ud800",
  "\udc00",
  "\ud83d\ude00",
  "\u0000",
  "\u0007",
  "\u001b",
  "\u007f",
  "\u009f",
] as const;

const BENIGN = ["甲", "无", "第一行", "x", "a b", "2021-04-20", "10:30", "http://x.cn/a#b", "BXMZ-2021-001", "12", "0"];

/** Mostly what records hold, sometimes what clerks type: so that many documents stay near the subset's edge. */
const PIECES = fc.oneof(
  { arbitrary: fc.constantFrom(...BENIGN), weight: 16 },
  { arbitrary: fc.constantFrom(...CLERK_TYPES), weight: 1 },
);

const KEYS = fc.oneof(
  { arbitrary: fc.constantFrom("id", "title", "overview", "risks", "measure", "a", "b_2", "_x", "k"), weight: 6 },
  {
    arbitrary: fc.constantFrom(
      "yes",
      "null",
      "on",
      "~",
      "__proto__",
      "甲",
      "a b",
      "2a",
      "-a",
      "a:b",
      '"q"',
      "'q'",
      "k\t",
    ),
    weight: 1,
  },
);

/** A scalar as it would stand after "key: " or "- " (plain, quoted over lines, or a number). */
const NUMBERS = CLERK_TYPES.filter((t) => /^[-+.0-9]/.test(t) && t.length > 1);

const inlineScalar = fc.oneof(
  { arbitrary: fc.array(PIECES, { minLength: 1, maxLength: 4 }).map((p) => p.join("")), weight: 3 },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom('"', "'"),
        fc.array(fc.oneof(PIECES, fc.constantFrom("\\u4e2d", "\\n", "\\uFFFE", "\\x41", '\\"', "\\t", "\\ud800")), {
          maxLength: 4,
        }),
      )
      .map(([q, p]) => q + p.join("") + q),
    weight: 1,
  },
  // "-" (or nothing) for none, and numbers in every spelling, alone as a value
  { arbitrary: fc.constantFrom("-", "-x", "- x", "", "~", "无", "-,"), weight: 2 },
  { arbitrary: fc.constantFrom(...NUMBERS), weight: 1 },
);

/** A block scalar's header and lines (each with its own indentation, relative to the owner). */
const blockScalar = fc
  .tuple(
    fc.constantFrom("|", ">", "|-", "|+", ">-", ">+", "|1", "|2", ">1-", "|-1", "|+2", "| # c", "|x"),
    fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.oneof(PIECES, fc.constant(""), fc.constant("\t"))), {
      maxLength: 4,
    }),
  )
  .map(([header, lines]) => ({ header, lines }));

type Node =
  | { kind: "scalar"; text: string }
  | { kind: "block"; header: string; lines: [number, string][] }
  | { kind: "flow"; open: string; items: string[]; close: string; breaks: boolean[] }
  | { kind: "map"; entries: [string, string, Node][]; extra: number }
  | { kind: "seq"; items: Node[]; extra: number };

const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { arbitrary: inlineScalar.map((text): Node => ({ kind: "scalar", text })), weight: 6 },
    { arbitrary: blockScalar.map((b): Node => ({ kind: "block", ...b })), weight: 1 },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(["[", "]"], ["{", "}"], ["[", "]"], ["{", "}"], ["[", "}"]),
          fc.array(
            fc.oneof(
              inlineScalar,
              fc.tuple(KEYS, inlineScalar).map(([k, v]) => `${k}: ${v}`),
              // "-" for none as the last thing before ',' ']' or '}'
              fc.constantFrom("-", "measure: -", "- ", "measure: - ", "-x"),
            ),
            {
              maxLength: 3,
            },
          ),
          fc.array(
            fc.nat({ max: 5 }).map((n) => n === 0),
            { minLength: 3, maxLength: 3 },
          ),
        )
        .map(
          ([[open, close], items, breaks]): Node => ({
            kind: "flow",
            open: open as string,
            items,
            close: close as string,
            breaks,
          }),
        ),
    },
    fc
      .tuple(
        fc.array(fc.tuple(KEYS, fc.constantFrom(": ", ": ", ": ", ": ", ":", ":  ", " : ", "："), tie("node")), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.integer({ min: 0, max: 3 }),
      )
      .map(([entries, extra]): Node => ({ kind: "map", entries, extra })),
    fc
      .tuple(fc.array(tie("node"), { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 3 }))
      .map(([items, extra]): Node => ({ kind: "seq", items, extra })),
  ),
}));

/** The text of a node standing after an indicator at `indent` (a key's colon or a dash). */
function render(n: Node, indent: number): string {
  const pad = (k: number) => " ".repeat(Math.max(0, k));
  switch (n.kind) {
    case "scalar":
      return ` ${n.text}\n`;
    case "block":
      return ` ${n.header}\n${n.lines.map(([d, t]) => `${pad(indent + d)}${t}\n`).join("")}`;
    case "flow": {
      const sep = (i: number) => (n.breaks[i % 3] ? `,\n${pad(indent + 1)}` : ", ");
      return ` ${n.open}${n.items.map((item, i) => (i === 0 ? item : sep(i) + item)).join("")}${n.close}\n`;
    }
    case "map": {
      const at = indent + 2 + n.extra;
      return `\n${n.entries.map(([k, colon, v]) => `${pad(at)}${k}${colon.trimEnd()}${render(v, at)}`).join("")}`;
    }
    case "seq": {
      const at = indent + n.extra;
      return `\n${n.items.map((v) => `${pad(at)}-${render(v, at + 2)}`).join("")}`;
    }
  }
}

/** A whole document: a top-level mapping of generated nodes, maybe behind a BOM or a document marker. */
export const generatedDocument = fc
  .tuple(
    fc.array(fc.tuple(KEYS, node), { minLength: 1, maxLength: 3 }),
    fc.constantFrom("", "", "", "\ufeff", "---\n", "# c\n"),
    fc.constantFrom("", "", "\n", "# end", "\r\n"),
  )
  .map(([entries, head, tail]) => head + entries.map(([k, v]) => `${k}:${render(v, 0)}`).join("") + tail);

/** Up to three edits (insert, delete, replace) of what clerks type, at arbitrary places of a text. */
export function mutated(text: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.nat(),
    fc.constantFrom("insert", "delete", "replace"),
    fc.constantFrom(...CLERK_TYPES),
    fc.nat({ max: 3 }),
  );
  return fc.tuple(text, fc.array(edit, { minLength: 1, maxLength: 3 })).map(([start, edits]) => {
    let s = start;
    for (const [at, how, what, length] of edits) {
      const pos = at % (s.length + 1);
      const cut = how === "insert" ? 0 : length + 1;
      s = s.slice(0, pos) + (how === "delete" ? "" : what) + s.slice(pos + cut);
    }
    return s;
  });
}

/**
 * The quickest path: a strict reader for the plain YAML that records are written in (block mappings and
 * sequences, one-line flow collections, plain and simple quoted scalars, comments). It is a recogniser, not
 * a YAML implementation: on anything outside that subset, or not proven on, it gives up (undefined) and
 * `yaml` decides. What it accepts it must read exactly as `yaml` (YAML 1.2, core schema) does, to strictly
 * equal data at equal positions: test/unit/parser-agreement.test.ts (fixtures, generated records, the YAML
 * test suite) and test/unit/yaml-fuzz.test.ts (a differential fuzzer; `npm run fuzz` for a long run) hold it to that.
 * It reads a record in ~14 µs (measured on the benchmark's records).
 */

class GiveUp {}
const GIVE_UP = new GiveUp();

function giveUp(): never {
  throw GIVE_UP;
}

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;
const HASH = 0x23;
const COLON = 0x3a;
const COMMA = 0x2c;
const DASH = 0x2d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** Characters the subset never carries: controls (tab included), C1, line separators, BOM and non-characters. */
function unusual(c: number): boolean {
  return c < SPACE || (c >= 0x7f && (c <= 0x9f || c === 0x2028 || c === 0x2029 || c === 0xfeff || c >= 0xfffe));
}

/** A character no plain scalar may start with in this subset (YAML indicators, reserved ones, quotes). */
function indicator(c: number): boolean {
  // & * ! | > % @ ` ? , [ ] { } # ' " and a leading ':' or '-' (whose meaning depends on what follows).
  return (
    c === 0x26 ||
    c === 0x2a ||
    c === 0x21 ||
    c === 0x7c ||
    c === 0x3e ||
    c === 0x25 ||
    c === 0x40 ||
    c === 0x60 ||
    c === 0x3f ||
    c === COMMA ||
    c === OPEN_BRACKET ||
    c === CLOSE_BRACKET ||
    c === OPEN_BRACE ||
    c === CLOSE_BRACE ||
    c === HASH ||
    c === SQUOTE ||
    c === DQUOTE ||
    c === COLON
  );
}

/** What ends a flow scalar, or the line: a space, ',', ']', '}' or a line break. */
function flowEnd(c: number): boolean {
  return c === SPACE || c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === LF || c === CR;
}

function keyChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

// Every plain scalar the core schema turns into a number (YAML 1.2: ints, octal, hex, floats, .inf, .nan).
const CORE_NUMBER =
  /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
// The numbers read here; the rest (leading zeros, signs, floats, huge values) are left to the full parser.
const PLAIN_INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;

const WORDS: Record<string, null | boolean> = {
  null: null,
  Null: null,
  NULL: null,
  "~": null,
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};

/** A plain scalar's value under the core schema. */
function resolve(text: string): unknown {
  const c = text.charCodeAt(0);
  if ((c >= 0x30 && c <= 0x39) || c === DASH || c === 0x2b || c === 0x2e) {
    if (!CORE_NUMBER.test(text)) return text;
    if (PLAIN_INTEGER.test(text)) return Number(text);
    giveUp();
  }
  if (text.length <= 5 && Object.hasOwn(WORDS, text)) return WORDS[text];
  return text;
}

/** Where each node stands, by JSON Pointer: the offset of its key (-1 for a sequence item or the root) and of its value. */
export type NodeOffsets = Map<string, [key: number, value: number]>;

/** Keys met so far, by a hash of their characters. */
const KEYS = new Map<number, string>();

class Reader {
  private p = 0;
  /** Start offset of the value read last (what the offsets hold). */
  private start = 0;
  /** Indentation of the content line `p` stands on, once `ready`; -1 at the end. */
  private indent = -1;
  private ready = false;
  private readonly n: number;

  constructor(
    private readonly s: string,
    private readonly offsets?: NodeOffsets,
  ) {
    this.n = s.length;
  }

  document(): Record<string, unknown> {
    if (this.nextLine() !== 0 || this.dash()) giveUp();
    const root = this.mapping(0, "");
    if (this.nextLine() !== -1) giveUp();
    this.offsets?.set("", [-1, this.start]);
    return root;
  }

  private child(path: string, name: string | number): string {
    return this.offsets ? `${path}/${name}` : "";
  }

  /** The character at `at`; the end of the text reads as a line feed (it ends the last line). */
  private code(at: number): number {
    return at < this.n ? this.s.charCodeAt(at) : LF;
  }

  /** Whether a real line feed stands at `at`: a carriage return is a line end only as the first half of CRLF. */
  private lineFeedAt(at: number): boolean {
    return at < this.n && this.s.charCodeAt(at) === LF;
  }

  /** Moves to the first character of the next line with content, skipping blank and comment lines. */
  private nextLine(): number {
    if (this.ready) return this.indent;
    this.ready = true;
    const { s, n } = this;
    let p = this.p;
    while (p < n) {
      let q = p;
      while (q < n && s.charCodeAt(q) === SPACE) q++;
      const c = this.code(q);
      if (c === HASH) {
        q = this.comment(q);
      } else if (c === CR) {
        if (!this.lineFeedAt(q + 1)) giveUp();
        q++;
      } else if (c !== LF) {
        if (unusual(c)) giveUp();
        this.p = q;
        this.indent = q - p;
        return this.indent;
      }
      p = q + 1;
    }
    this.p = n;
    this.indent = -1;
    return -1;
  }

  /** From a '#' to the line break (returned); a comment may hold anything but unusual characters. */
  private comment(from: number): number {
    let q = from;
    for (;;) {
      const c = this.code(q);
      if (c === LF) return q;
      if (c === CR) {
        if (!this.lineFeedAt(q + 1)) giveUp();
        return q + 1;
      }
      if (unusual(c)) giveUp();
      q++;
    }
  }

  /** After a value: spaces, then an optional comment (after a space), then the line break. */
  private endLine(): void {
    const start = this.p;
    let q = start;
    while (this.code(q) === SPACE) q++;
    let c = this.code(q);
    if (c === HASH && q > start) {
      q = this.comment(q);
      c = LF;
    } else if (c === CR) {
      if (!this.lineFeedAt(q + 1)) giveUp();
      q++;
      c = LF;
    }
    if (c !== LF) giveUp();
    this.p = q + 1;
    this.ready = false;
  }

  /** Whether `p` stands on a block sequence entry ("-" then a space or the line's end). */
  private dash(): boolean {
    if (this.code(this.p) !== DASH) return false;
    const c = this.code(this.p + 1);
    return c === SPACE || c === LF || c === CR;
  }

  /** The length of a mapping key at `at` ("name:" then a space or the line's end), or 0 when there is none. */
  private keyAt(at: number): number {
    let q = at;
    while (keyChar(this.code(q))) q++;
    if (q === at || this.code(q) !== COLON) return 0;
    const after = this.code(q + 1);
    return after === SPACE || after === LF || after === CR ? q - at : 0;
  }

  private key(): string {
    const { s } = this;
    const at = this.p;
    const length = this.keyAt(at);
    const first = this.code(at);
    // Keys start with a letter or '_' (and are short): anything else is left to the full parser.
    if (length === 0 || length > 64 || (first >= 0x30 && first <= 0x39)) giveUp();
    const q = at + length;
    let hash = 0;
    for (let i = at; i < q; i++) hash = (hash * 31 + s.charCodeAt(i)) | 0;
    // Records repeat the same few dozen keys: reusing one string for each spares a copy and its hashing.
    let key = KEYS.get(hash);
    if (key === undefined || key.length !== q - at || !s.startsWith(key, at)) {
      key = s.slice(at, q);
      // Never the core schema's null or booleans (which `yaml` would not read as strings), nor __proto__.
      if (Object.hasOwn(WORDS, key) || key === "__proto__") giveUp();
      if (KEYS.size < 1024) KEYS.set(hash, key);
    }
    this.p = q + 1;
    return key;
  }

  private mapping(indent: number, path: string): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    const start = this.p;
    for (;;) {
      this.ready = false;
      const at = this.p;
      const key = this.key();
      const child = this.child(path, key);
      const value = this.afterColon(indent, child);
      if (Object.hasOwn(map, key)) giveUp();
      map[key] = value;
      this.offsets?.set(child, [at, this.start]);
      this.nextLine();
      if (this.indent < indent || this.indent > indent) {
        if (this.indent > indent) giveUp();
        this.start = start;
        return map;
      }
    }
  }

  private sequence(indent: number, path: string): unknown[] {
    const list: unknown[] = [];
    const start = this.p;
    for (;;) {
      this.ready = false;
      const dashAt = this.p;
      const child = this.child(path, list.length);
      let q = dashAt + 1;
      while (this.code(q) === SPACE) q++;
      const c = this.code(q);
      if (c === LF || c === CR || c === HASH) {
        this.p = dashAt + 1;
        this.endLine();
        list.push(this.nested(indent, false, child, q));
      } else {
        this.p = q;
        // "- key: value" opens a mapping whose keys line up with this first one.
        list.push(this.keyAt(q) > 0 ? this.mapping(indent + (q - dashAt), child) : this.inline(child));
      }
      this.offsets?.set(child, [-1, this.start]);
      this.nextLine();
      if (this.indent < indent || this.indent > indent || !this.dash()) {
        if (this.indent > indent) giveUp();
        this.start = start;
        return list;
      }
    }
  }

  /**
   * A value on the lines below a key or dash at `indent`: a block collection, or null when there is none
   * (placed, as `yaml` places it, where the line after the indicator goes on: `empty`).
   */
  private nested(indent: number, indentless: boolean, path: string, empty: number): unknown {
    this.nextLine();
    if (this.indent > indent) return this.dash() ? this.sequence(this.indent, path) : this.mapping(this.indent, path);
    if (indentless && this.indent === indent && this.dash()) return this.sequence(indent, path);
    this.start = empty;
    return null;
  }

  private afterColon(indent: number, path: string): unknown {
    let q = this.p;
    while (this.code(q) === SPACE) q++;
    const c = this.code(q);
    if (c === LF || c === CR || c === HASH) {
      this.endLine();
      return this.nested(indent, true, path, q);
    }
    this.p = q;
    return this.inline(path);
  }

  /** A value that ends its line: a flow collection, a quoted or a plain scalar. */
  private inline(path: string): unknown {
    const start = this.p;
    const c = this.code(start);
    if (c === OPEN_BRACE || c === OPEN_BRACKET || c === DQUOTE || c === SQUOTE) {
      // The same values as inside a flow collection, then nothing but a comment to the line's end.
      const value = this.flowValue(path);
      this.endLine();
      return value;
    }
    const value = this.blockPlain();
    this.start = start;
    return value;
  }

  // blockPlain and flowPlain scan alike but stay two loops: they are the hot loop of a cold validate, and one
  // loop taking the mode ran ~3% more instructions in the reader (callgrind, 2,000 records × 5), for no gain.
  private blockPlain(): unknown {
    const { s } = this;
    const start = this.p;
    const first = this.code(start);
    if (indicator(first) || (first === DASH && this.dash())) giveUp();
    let q = start;
    let end = start;
    for (;;) {
      const c = this.code(q);
      if (c === LF || c === CR) break;
      if (c === COLON) {
        const after = this.code(q + 1);
        if (after === SPACE || after === LF || after === CR) giveUp();
      } else if (c === HASH && s.charCodeAt(q - 1) === SPACE) {
        break;
      } else if (unusual(c)) {
        giveUp();
      }
      q++;
      if (c !== SPACE) end = q;
    }
    this.p = end;
    this.endLine();
    return resolve(s.slice(start, end));
  }

  /** A quoted scalar on one line, without escapes ("…" with a backslash is left to the full parser). */
  private quoted(quote: number): string {
    const { s } = this;
    let q = this.p + 1;
    let out = "";
    let from = q;
    for (;;) {
      const c = this.code(q);
      if (c === quote) {
        if (quote === SQUOTE && this.code(q + 1) === SQUOTE) {
          out += s.slice(from, q + 1);
          q += 2;
          from = q;
          continue;
        }
        break;
      }
      if (c === LF || c === 0x5c || unusual(c)) giveUp();
      q++;
    }
    this.p = q + 1;
    return out + s.slice(from, q);
  }

  private spaces(): number {
    while (this.code(this.p) === SPACE) this.p++;
    return this.code(this.p);
  }

  private flowValue(path: string): unknown {
    const start = this.p;
    const c = this.code(start);
    const value =
      c === OPEN_BRACE
        ? this.flowMapping(path)
        : c === OPEN_BRACKET
          ? this.flowSequence(path)
          : c === DQUOTE || c === SQUOTE
            ? this.quoted(c)
            : this.flowPlain();
    this.start = start;
    return value;
  }

  private flowPlain(): unknown {
    const { s } = this;
    const start = this.p;
    const first = this.code(start);
    // A '-' followed by what ends a flow scalar is a block entry inside a flow collection (an error to `yaml`),
    // not the text "-" clerks type for "none".
    if (indicator(first) || (first === DASH && flowEnd(this.code(start + 1)))) giveUp();
    let q = start;
    let end = start;
    for (;;) {
      const c = this.code(q);
      if (c === COMMA || c === CLOSE_BRACE || c === CLOSE_BRACKET) break;
      if (c === COLON) {
        const after = this.code(q + 1);
        if (after === SPACE || after === COMMA || after === CLOSE_BRACE || after === CLOSE_BRACKET) giveUp();
      }
      if (c === LF || c === HASH || c === OPEN_BRACE || c === OPEN_BRACKET || unusual(c)) giveUp();
      q++;
      if (c !== SPACE) end = q;
    }
    this.p = q;
    return resolve(s.slice(start, end));
  }

  private flowMapping(path: string): Record<string, unknown> {
    const map: Record<string, unknown> = {};
    this.p++;
    if (this.spaces() === CLOSE_BRACE) {
      this.p++;
      return map;
    }
    for (;;) {
      const at = this.p;
      const key = this.key();
      this.spaces();
      const child = this.child(path, key);
      const value = this.flowValue(child);
      if (Object.hasOwn(map, key)) giveUp();
      map[key] = value;
      this.offsets?.set(child, [at, this.start]);
      const c = this.spaces();
      this.p++;
      if (c === CLOSE_BRACE) return map;
      if (c !== COMMA || this.spaces() === CLOSE_BRACE) giveUp();
    }
  }

  private flowSequence(path: string): unknown[] {
    const list: unknown[] = [];
    this.p++;
    if (this.spaces() === CLOSE_BRACKET) {
      this.p++;
      return list;
    }
    for (;;) {
      const child = this.child(path, list.length);
      list.push(this.flowValue(child));
      this.offsets?.set(child, [-1, this.start]);
      const c = this.spaces();
      this.p++;
      if (c === CLOSE_BRACKET) return list;
      if (c !== COMMA || this.spaces() === CLOSE_BRACKET) giveUp();
    }
  }
}

/**
 * The record as `yaml` would read it, or undefined when the text is not in the plain subset. With `offsets`,
 * also where each node stands, by JSON Pointer (for placing problems without the full parser).
 */
export function readPlainYaml(text: string, offsets?: NodeOffsets): Record<string, unknown> | undefined {
  try {
    return new Reader(text, offsets).document();
  } catch (error) {
    if (error === GIVE_UP || error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * The fast path, for files that turn out clean: the plain-subset reader first (records as they are usually
 * written), then js-yaml (core schema) for the rest, both many times quicker than the position-keeping `yaml`
 * parser. Neither may accept what `yaml` rejects, nor read anything differently
 * (test/unit/parser-agreement.test.ts holds them to that); whatever might be read differently goes to `yaml`.
 */
import { jsYamlLib } from "../util/yaml-lib.js";
import { readPlainYaml } from "../workspace/plain-yaml.js";

// Anchors and aliases (a bomb would stay unexpanded in js-yaml but explode in traversal), tags, and keys that
// could touch prototypes are all rare in records: such files take the full parser, which handles each.
// Explicit keys ("? …") may be whole mappings, which the two parsers turn into keys differently.
const UNSAFE = /(?:^|[\s[{,:-])[&*!][^\s]|__proto__|(?:^|[\s[{,:-])\?(?:\s|$)/;

/**
 * Flow collections ({…} and […]) that continue on another line: js-yaml is lenient about their indentation
 * where `yaml` follows the spec, so only single-line ones stay on the fast path. A line with brackets and
 * quotes is left to `yaml` too (a quoted bracket would fool this count).
 */
function multiLineFlow(text: string): boolean {
  let depth = 0;
  let quoted = false;
  let bracketed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      depth++;
      bracketed = true;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      bracketed = true;
    } else if (c === 0x22 || c === 0x27) {
      quoted = true;
    } else if (c === 0x0a) {
      if (depth !== 0 || (quoted && bracketed)) return true;
      quoted = false;
      bracketed = false;
    }
  }
  return depth !== 0 || (quoted && bracketed);
}

/** Numbers other than plain integers (.5, -.5, 1e3, .inf) are written differently across YAML dialects. */
function onlyIntegers(value: unknown): boolean {
  if (typeof value === "number") return Number.isSafeInteger(value);
  if (Array.isArray(value)) return value.every(onlyIntegers);
  if (value !== null && typeof value === "object") return Object.values(value).every(onlyIntegers);
  return true;
}

/** The parsed mapping, or undefined when the fast path does not apply or does not parse. */
export function fastParse(text: string): Record<string, unknown> | undefined {
  // Records as the wizard and most editors write them: read directly, several times quicker than js-yaml.
  const plain = readPlainYaml(text);
  if (plain !== undefined) return plain;
  // Most records contain none of these characters at all; only then is the precise pattern worth running.
  const suspicious =
    text.includes("&") || text.includes("*") || text.includes("!") || text.includes("?") || text.includes("__proto__");
  if (suspicious && UNSAFE.test(text)) return undefined;
  if ((text.includes("{") || text.includes("[")) && multiLineFlow(text)) return undefined;
  // A comment must follow whitespace: `}#` or `"#` is an error to `yaml`, which js-yaml lets pass; and js-yaml
  // lets a comment line sit inside a multi-line plain scalar, which `yaml` refuses.
  if (text.includes("#") && /[}\]"']#|(?:^|\n) *#/.test(text)) return undefined;
  // A carriage return not followed by a line feed: a line break to one parser, text to the other.
  if (text.includes("\r") && /\r(?!\n)/.test(text)) return undefined;
  try {
    const yaml = jsYamlLib();
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false });
    if (data === null || typeof data !== "object" || Array.isArray(data) || !onlyIntegers(data)) return undefined;
    return data as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/**
 * The record the fast path accepts: parsed by js-yaml, with a string id, and valid against the schema.
 * Anything else (including what js-yaml reads differently from `yaml`) is left to the full parser.
 */
export function fastAccept(text: string, valid: (data: unknown) => boolean): Record<string, unknown> | undefined {
  const data = fastParse(text);
  return data && typeof data.id === "string" && valid(data) ? data : undefined;
}

/**
 * The fast path: js-yaml (core schema) for files that turn out clean, about ten times quicker than the
 * position-keeping `yaml` parser. Anything js-yaml might read differently is left to the full parser.
 */
import yaml from "js-yaml";

// Anchors and aliases (a bomb would stay unexpanded in js-yaml but explode in traversal), tags, and keys that
// could touch prototypes are all rare in records: such files take the full parser, which handles each.
const UNSAFE = /(?:^|[\s[{,:-])[&*!][^\s]|__proto__/;

/** The parsed mapping, or undefined when the fast path does not apply or does not parse. */
export function fastParse(text: string): Record<string, unknown> | undefined {
  // Most records contain none of these characters at all; only then is the precise pattern worth running.
  const suspicious = text.includes("&") || text.includes("*") || text.includes("!") || text.includes("__proto__");
  if (suspicious && UNSAFE.test(text)) return undefined;
  try {
    const data = yaml.load(text, { schema: yaml.CORE_SCHEMA, json: false });
    return data !== null && typeof data === "object" && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

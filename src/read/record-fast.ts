/**
 * The fast path, for files that turn out clean: the plain-subset reader alone. Whatever it does not take goes
 * to the position-keeping `yaml` parser, the one the record format is defined by; there is no reader between
 * (a second, lenient parser read some records differently from `yaml` and bought no speed: docs/performance.md).
 * test/unit/parser-agreement.test.ts and test/unit/yaml-fuzz.test.ts hold the subset reader to `yaml`.
 */
import { readPlainYaml } from "./document-plain.js";

/** The record the fast path accepts: read by the subset reader, with a string id, and valid against the schema. */
export function fastAccept(text: string, valid: (data: unknown) => boolean): Record<string, unknown> | undefined {
  const data = readPlainYaml(text);
  return data && typeof data.id === "string" && valid(data) ? data : undefined;
}

/** Reads one record file (or stdin) into a source: text and parsed YAML with positions, or the findings that stop it. */

import type { Finding } from "../diagnostics/finding.js";
import type { Locator } from "../diagnostics/locate.js";
import { readRecordFile } from "./bytes.js";
import { readDocument } from "./document.js";
import { readPlainYaml } from "./document-plain.js";
import { decodeRecord } from "./text.js";

/** A record file read for checking: its text and document, or the findings that stop it (IO, ENCODING, YAML). */
export interface Source {
  /** Path as shown to users: relative to the workspace root when inside it, with "/" separators. */
  file: string;
  /** Absolute path; absent for stdin. */
  abs?: string;
  text?: string;
  /** The parsed document, when it is well-formed YAML. */
  data?: unknown;
  /** Places a JSON Pointer in the text. */
  locate?: Locator;
  /** IO, ENCODING and YAML findings; any of them means the record cannot be checked further. */
  findings: Finding[];
}

/** Decodes and parses bytes already in memory. */
export function sourceFromBytes(file: string, bytes: Uint8Array, abs?: string): Source {
  const base = { file, abs };
  const decoded = decodeRecord(bytes);
  if (!decoded.ok) return { ...base, findings: [decoded.finding] };
  const { data, locate, findings } = readDocument(decoded.text);
  return {
    ...base,
    text: decoded.text,
    data,
    locate,
    findings,
  };
}

/** Reads a file; an unreadable, oversized or non-regular file becomes an IO finding, never a throw (nor a wait). */
export async function readSource(file: string, abs: string): Promise<Source> {
  const read = readRecordFile(abs);
  if ("finding" in read) return { file, abs, findings: [read.finding] };
  return sourceFromBytes(file, read.bytes, abs);
}

// The fast path, for files that turn out clean: the plain-subset reader alone. Whatever it does not take goes
// to the position-keeping `yaml` parser, the one the record format is defined by; there is no reader between
// (a second, lenient parser read some records differently from `yaml` and bought no speed: docs/performance.md).
// test/unit/parser-agreement.test.ts and test/unit/yaml-fuzz.test.ts hold the subset reader to `yaml`.
/** The record the fast path accepts: read by the subset reader, with a string id, and valid against the schema. */
export function fastAccept(text: string, valid: (data: unknown) => boolean): Record<string, unknown> | undefined {
  const data = readPlainYaml(text);
  return data && typeof data.id === "string" && valid(data) ? data : undefined;
}

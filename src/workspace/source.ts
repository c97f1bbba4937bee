/** Reads one record file (or stdin) into a source: text and parsed YAML with positions, or the findings that stop it. */
import { readFile, stat } from "node:fs/promises";
import type { Finding } from "../diagnostics/finding.js";
import { decode } from "./decode.js";
import { type Parsed, parseYaml } from "./parse.js";

/** A record file is a few KB; anything this large is not a record and is not read into memory. */
export const MAX_RECORD_BYTES = 1024 * 1024;

export interface Source {
  /** Path as shown to users: relative to the workspace root when inside it, with "/" separators. */
  file: string;
  /** Absolute path; absent for stdin. */
  abs?: string;
  text?: string;
  parsed?: Parsed;
  /** IO, ENCODING and YAML findings; any of them means the record cannot be checked further. */
  findings: Finding[];
}

function ioFinding(key: string, params: Finding["params"] = {}): Finding {
  return { code: "IO", severity: "error", path: "", key, params, line: 1, column: 1 };
}

function human(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Decodes and parses bytes already in memory. */
export function sourceFromBytes(file: string, bytes: Uint8Array, abs?: string): Source {
  const base = { file, ...(abs ? { abs } : {}) };
  if (bytes.length > MAX_RECORD_BYTES) {
    return {
      ...base,
      findings: [ioFinding("IO.tooLarge", { size: human(bytes.length), limit: human(MAX_RECORD_BYTES) })],
    };
  }
  const decoded = decode(bytes);
  if (!decoded.ok) return { ...base, findings: [decoded.finding] };
  const parsed = parseYaml(decoded.text);
  return { ...base, text: decoded.text, parsed, findings: parsed.findings };
}

/** Reads a file; an unreadable, oversized or non-regular file becomes an IO finding, never a throw. */
export async function readSource(file: string, abs: string): Promise<Source> {
  try {
    const info = await stat(abs);
    if (!info.isFile()) return { file, abs, findings: [ioFinding("IO.notFile")] };
    if (info.size > MAX_RECORD_BYTES) {
      return {
        file,
        abs,
        findings: [ioFinding("IO.tooLarge", { size: human(info.size), limit: human(MAX_RECORD_BYTES) })],
      };
    }
    return sourceFromBytes(file, await readFile(abs), abs);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? "unknown";
    return { file, abs, findings: [ioFinding("IO.unreadable", { reason })] };
  }
}

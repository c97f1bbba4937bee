/** Turns a file's bytes into text, or says plainly why it is not UTF-8 text (GBK, UTF-16, binary). */
import type { Finding } from "../diagnostics/finding.js";
import { readRecordFile, sizeFinding } from "./bytes.js";

// The light entry point (bytes and text, no YAML): what a run that finds every record in the cache needs.
export { ioFinding, readOwnFile, readRecordFile } from "./bytes.js";

/** A file's text, or the ENCODING finding that says why it is not UTF-8 text. */
export type Decoded = { ok: true; text: string } | { ok: false; finding: Finding };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const gb18030 = new TextDecoder("gb18030", { fatal: true });

// Signatures of files clerks attach by mistake: xlsx/docx (zip), old Office, PDF, images.
const MAGIC: readonly [string, number[]][] = [
  ["zip", [0x50, 0x4b, 0x03, 0x04]],
  ["office", [0xd0, 0xcf, 0x11, 0xe0]],
  ["pdf", [0x25, 0x50, 0x44, 0x46]],
  ["png", [0x89, 0x50, 0x4e, 0x47]],
  ["jpeg", [0xff, 0xd8, 0xff]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** 1-based line and column (in bytes) of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Reject overlong, surrogate and out-of-range sequences the same way TextDecoder does.
    try {
      utf8.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return bytes.length;
}

function encodingProblem(key: string, bytes: Uint8Array, offset: number, params = {}): Decoded {
  const pos = bytePosition(bytes, offset);
  return { ok: false, finding: { code: "ENCODING", severity: "error", path: "", key, params, ...pos } };
}

/** Decodes UTF-8 (a BOM is dropped); anything else is an ENCODING problem that names what the bytes look like. */
export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return encodingProblem("ENCODING.utf16", bytes, 0);
  }
  for (const [kind, magic] of MAGIC) {
    if (startsWith(bytes, magic)) return encodingProblem("ENCODING.binary", bytes, 0, { kind });
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    // UTF-16 without a BOM: ASCII text with every other byte zero.
    const zeros = bytes.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
    const key = zeros * 3 >= bytes.length ? "ENCODING.utf16" : "ENCODING.binary";
    return encodingProblem(key, bytes, nul, { kind: "data" });
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  // The native decoder is quick; only when it had to substitute (U+FFFD) is the strict one asked why.
  const quick = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8");
  if (!quick.includes("\uFFFD")) return { ok: true, text: quick };
  try {
    return { ok: true, text: utf8.decode(body) };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    try {
      gb18030.decode(body);
      return encodingProblem("ENCODING.gbk", bytes, offset);
    } catch {
      return encodingProblem("ENCODING.unknown", bytes, offset);
    }
  }
}

/** A record's text from its bytes: the size limit, then the encoding (UTF-8, BOM dropped). */
export function decodeRecord(bytes: Uint8Array): Decoded {
  const tooLarge = sizeFinding(bytes.length);
  return tooLarge ? { ok: false, finding: tooLarge } : decode(bytes);
}

/** A record's text for showing or locating problems: undefined when it cannot be read, is too large or not UTF-8. */
export function recordText(path: string): string | undefined {
  const read = readRecordFile(path);
  if ("finding" in read) return undefined;
  const decoded = decode(read.bytes);
  return decoded.ok ? decoded.text : undefined;
}

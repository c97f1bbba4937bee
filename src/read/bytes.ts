/** Reading a record's bytes safely: never more than the size limit into memory, never a FIFO waited on. */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import type { Finding } from "../diagnostics/finding.js";

/** A record file is a few KB; anything this large is not a record and is not read into memory. */
export const MAX_RECORD_BYTES = 1024 * 1024;

/** A finding about the file as a whole (it cannot be read, is too large, is not a file): placed at 1:1. */
export function ioFinding(key: string, params: Finding["params"] = {}): Finding & { line: number; column: number } {
  return { code: "IO", severity: "error", path: "", key, params, line: 1, column: 1 };
}

function human(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The finding for a file of `size` bytes, when that is over the limit of a record. */
export function sizeFinding(size: number): (Finding & { line: number; column: number }) | undefined {
  return size > MAX_RECORD_BYTES
    ? ioFinding("IO.tooLarge", { size: human(size), limit: human(MAX_RECORD_BYTES) })
    : undefined;
}

// Non-blocking, so that opening a FIFO (or a link to one) returns at once instead of waiting for a writer;
// its type is then checked on the open file. Windows has no such flag (nor FIFOs in the file system).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a file whose type and size are checked on the open file first, so that a FIFO, a device or a folder
 * is never read and one far over the limit is never read into memory. `knownSize` (from a stat that found a
 * regular file just now) spares another stat when it still holds. Throws only what opening or reading throws.
 */
export function readBounded(path: string, knownSize?: number): { bytes: Buffer } | { finding: Finding } {
  const fd = openSync(path, OPEN_FLAGS);
  try {
    let size = knownSize;
    if (size === undefined) {
      const info = fstatSync(fd);
      if (!info.isFile()) return { finding: ioFinding("IO.notFile") };
      size = info.size;
    }
    const tooLarge = sizeFinding(size);
    if (tooLarge) return { finding: tooLarge };
    const buffer = Buffer.allocUnsafe(size + 1);
    const n = readSync(fd, buffer, 0, size + 1, 0);
    // The file changed since the stat (or is no longer a regular file): look at it again as it is now.
    if (n !== size) return knownSize === undefined ? { bytes: buffer.subarray(0, n) } : readBounded(path);
    return { bytes: buffer.subarray(0, n) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The whole of a regular file the tool wrote itself (a cache file): opened non-blocking and type-checked like a
 * record, so a FIFO put in its place cannot make a run wait; undefined when it is not a regular file or unreadable.
 */
export function readOwnFile(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, OPEN_FLAGS);
    return fstatSync(fd).isFile() ? readFileSync(fd) : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The IO finding for an error thrown while opening or reading a file. */
export function readErrorFinding(error: unknown): Finding & { line: number; column: number } {
  const code = (error as NodeJS.ErrnoException).code;
  return ioFinding(code === "EISDIR" ? "IO.notFile" : "IO.unreadable", { reason: code ?? "unknown" });
}

/** `readBounded` that never throws: every command that opens a record reads it through this. */
export function readRecordFile(path: string): { bytes: Buffer } | { finding: Finding } {
  try {
    return readBounded(path);
  } catch (error) {
    return { finding: readErrorFinding(error) };
  }
}

/** Crash-safe writing of a large file in pieces (a temporary file in the same folder, fsync, rename). */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { ensureDir } from "./ensure-dir.js";
import { tempPathBeside } from "./temp-path.js";

/**
 * Writes the strings `pieces` yields, in order, so that readers see the old file or the complete new one.
 * Pieces are gathered into ~1 MB writes: no single string of the whole content is ever built.
 */
export function writePiecesAtomic(path: string, pieces: Iterable<string>): void {
  const dir = dirname(path);
  ensureDir(dir);
  const temp = tempPathBeside(path);
  const fd = openSync(temp, "wx");
  try {
    let buffered: string[] = [];
    let size = 0;
    const flush = () => {
      if (buffered.length > 0) writeSync(fd, buffered.join(""));
      buffered = [];
      size = 0;
    };
    for (const piece of pieces) {
      buffered.push(piece);
      size += piece.length;
      if (size >= 1 << 20) flush();
    }
    flush();
    fsyncSync(fd);
    closeSync(fd);
    renameSync(temp, path);
  } catch (error) {
    try {
      closeSync(fd);
    } catch {
      // already closed
    }
    try {
      unlinkSync(temp);
    } catch {
      // nothing to remove
    }
    throw error;
  }
}

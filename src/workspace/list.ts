/** Lists record files: every `*.yaml`/`*.yml` below a folder, in path order, without following folder links. */
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const RECORD_FILE = /\.ya?ml$/i;

/** A path relative to `root`, with "/" separators whatever the platform (as users and JSON see it). */
export function displayPath(root: string, abs: string): string {
  const rel = relative(root, abs);
  if (rel === "" || rel.startsWith("..") || /^[a-zA-Z]:/.test(rel)) return abs.split(sep).join("/");
  return rel.split(sep).join("/");
}

export interface Listing {
  /** Absolute paths of record files, sorted by their display path. */
  files: string[];
  /** Folders that could not be read (reported, since their records cannot be checked). */
  unreadable: string[];
}

/** Record files below `dir`. Hidden folders are skipped. */
export async function listRecordFiles(dir: string): Promise<Listing> {
  const out: string[] = [];
  const unreadable: string[] = [];
  const pending = [dir];
  while (pending.length > 0) {
    const current = pending.pop() as string;
    let entries: import("node:fs").Dirent[];
    try {
      entries = await readdir(current, { withFileTypes: true });
    } catch {
      unreadable.push(current);
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const abs = join(current, entry.name);
      // Folder links are not followed: a link loop under records/ must not hang the tool.
      if (entry.isDirectory()) pending.push(abs);
      else if ((entry.isFile() || entry.isSymbolicLink()) && RECORD_FILE.test(entry.name)) out.push(abs);
    }
  }
  return { files: out.sort(compare), unreadable: unreadable.sort(compare) };
}

function compare(a: string, b: string): number {
  const x = a.split(sep).join("/");
  const y = b.split(sep).join("/");
  return x < y ? -1 : x > y ? 1 : 0;
}

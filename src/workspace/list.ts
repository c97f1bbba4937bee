/** Lists record files: every `*.yaml`/`*.yml` below a folder, in path order, without following folder links. */
import { type Dirent, readdirSync } from "node:fs";
import { relative, sep } from "node:path";
import { isRecordFileName } from "../model/record-file.js";

/** A path relative to `root`, with "/" separators whatever the platform (as users and JSON see it). */
export function displayPath(root: string, abs: string): string {
  // The common case, a file below the root, by slicing (path.relative is costly over 100,000 files).
  const prefix = root.endsWith(sep) ? root : root + sep;
  if (abs.startsWith(prefix)) {
    const inside = abs.slice(prefix.length);
    return sep === "/" ? inside : inside.split(sep).join("/");
  }
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
    let entries: Dirent[];
    try {
      // Synchronous: a few folders, each read in one call; a turn of the event loop per folder only added waiting.
      entries = readdirSync(current, { withFileTypes: true });
    } catch {
      unreadable.push(current);
      continue;
    }
    // Joined by hand: path.join (which normalises) cost more than the listing itself over 10,000 files.
    const base = current.endsWith(sep) ? current : current + sep;
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const abs = base + entry.name;
      // Folder links are not followed: a link loop under records/ must not hang the tool.
      if (entry.isDirectory()) pending.push(abs);
      else if ((entry.isFile() || entry.isSymbolicLink()) && isRecordFileName(entry.name)) out.push(abs);
    }
  }
  return { files: sortByDisplay(out), unreadable: sortByDisplay(unreadable) };
}

/** Paths in the order users see them ("/"-separated, code-unit order), whatever the platform. */
function sortByDisplay(paths: string[]): string[] {
  // Where "/" is the separator the paths are their own keys (the default sort compares code units too).
  if (sep === "/") return paths.sort();
  const keyed = paths.map((p) => [p.split(sep).join("/"), p] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, p]) => p);
}

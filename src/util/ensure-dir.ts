/**
 * Creating a folder and its missing parents without `mkdir({ recursive: true })`, which in Node 20 can
 * spin forever on some file systems (a path under /proc never returns): here every level is one plain
 * mkdir, and any error is an error.
 */
import { mkdirSync, statSync } from "node:fs";
import { dirname } from "node:path";

/** Makes `dir` exist; throws (ENOENT, EACCES, EROFS, ENOTDIR…) when it cannot. */
export function ensureDir(dir: string): void {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    const info = statSync(current, { throwIfNoEntry: false });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`not a folder: ${current}`), { code: "ENOTDIR" });
      break;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
}

/**
 * Writing a set of files (a new workspace, the schemas) so that a failure (a full disk, no permission) never
 * leaves part of the set: every file is written into a staging folder inside the target first, and only when
 * all are written are they moved into place, in order. `init` lists `wenping.yaml` last: a folder without it is
 * no workspace, so `init` may run again and finish what is missing.
 */
import { rmdirSync, rmSync, statSync } from "node:fs";
import { mkdtemp, rename, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { flushFile, flushFolder } from "./atomic-write.js";
import { ensureDir } from "./ensure-dir.js";

/** A file of the set: its path relative to the root (with `/`; ending in `/` for an empty folder), and its text. */
export type SetFile = readonly [path: string, content: string];

/** The file-system calls that can fail part-way; tests inject errors (ENOSPC) through them. */
export interface FileSetIo {
  writeFile: (path: string, content: string) => Promise<void>;
  /** Flushes a staged file to disk before it is moved into place (a crash must not leave it empty). */
  flush: (path: string) => Promise<void>;
  rename: (from: string, to: string) => Promise<void>;
}

const realIo: FileSetIo = { writeFile: (path, content) => writeFile(path, content), flush: flushFile, rename };

/** What a run did: files written, files the folder already had (kept unless overwriting). */
export interface FileSetResult {
  written: string[];
  kept: string[];
}

/** A failure, saying what was written before it and what was not. */
export class FileSetError extends Error {
  constructor(
    readonly code: string,
    readonly written: readonly string[],
    readonly notWritten: readonly string[],
  ) {
    super(`cannot write the files: ${code}`);
  }
}

/** Whether something is at `path`; an unreadable path (ENOTDIR, EACCES) counts as absent and fails when written. */
function exists(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch {
    return false;
  }
}
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

/**
 * Writes the files under `root`, in order (the last one moved last); folders listed as `dir/` are made empty.
 * Files already there are kept, unless `overwrite`.
 */
export async function writeFileSet(
  root: string,
  files: readonly SetFile[],
  options: { overwrite: boolean },
  io: FileSetIo = realIo,
): Promise<FileSetResult> {
  const createdRoot = !exists(root);
  const there = (path: string) => !options.overwrite && exists(join(root, path));
  const missing = files.filter(([path]) => !there(path));
  const kept = files.filter(([path]) => there(path)).map(([path]) => path);
  const names = missing.map(([path]) => path);
  let staging: string | undefined;
  try {
    ensureDir(root);
    staging = await mkdtemp(join(root, ".wenping-staging-"));
    for (const [path, content] of missing) {
      if (path.endsWith("/")) continue;
      ensureDir(dirname(join(staging, path)));
      await io.writeFile(join(staging, path), content);
      await io.flush(join(staging, path));
    }
  } catch (error) {
    if (staging) rmSync(staging, { recursive: true, force: true });
    if (createdRoot) removeIfEmpty(root);
    throw new FileSetError(codeOf(error), [], names);
  }
  const written: string[] = [];
  try {
    for (const [path] of missing) {
      const target = join(root, path);
      if (path.endsWith("/")) ensureDir(target);
      else {
        ensureDir(dirname(target));
        await io.rename(join(staging, path), target);
      }
      written.push(path);
    }
    for (const folder of new Set(missing.map(([path]) => dirname(join(root, path))))) await flushFolder(folder);
  } catch (error) {
    throw new FileSetError(
      codeOf(error),
      written,
      names.filter((n) => !written.includes(n)),
    );
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return { written, kept };
}

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty or not ours to remove: leave it.
  }
}

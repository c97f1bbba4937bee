/** Crash-safe file writing: a temporary file in the same folder, flushed to disk, then renamed over the target. */
import { constants } from "node:fs";
import { access, link, open, rename, unlink } from "node:fs/promises";
import { dirname } from "node:path";
import { ensureDir } from "./ensure-dir.js";
import { removeOnSignal } from "./remove-on-signal.js";
import { tempPathBeside } from "./temp-path.js";

export interface WriteOptions {
  /** Refuse when the target exists (the caller turns this into "use --force"). */
  overwrite: boolean;
}

/** The target exists and overwriting was not allowed. */
export class ExistsError extends Error {
  constructor(readonly path: string) {
    super(`exists: ${path}`);
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** Moves a finished temporary file to `path` only if nothing is there: a link fails if the name exists. */
async function publishExclusive(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new ExistsError(path);
    throw error;
  }
  await unlink(temp);
}

/**
 * Writes `data` to `path` so that a reader (or a crash) sees either the old file or the complete new one,
 * never a part. The folder is created if needed. Errors (ENOSPC, EROFS, EACCES) leave the old file as it was.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string, options: WriteOptions): Promise<void> {
  await writeAtomicWith(path, fillWith(data), options);
}

/** A `fill` for writeAtomicWith that writes `data` into the new temporary file. */
export function fillWith(data: Uint8Array | string): (temp: string) => Promise<void> {
  return async (temp) => {
    const handle = await open(temp, "wx");
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  };
}

/**
 * The same for content produced by `fill`, which writes the (new, absent) file named `temp` as it likes — a
 * stream, for a workbook too large to hold in memory. The file is flushed to disk before it takes `path`.
 */
export async function writeAtomicWith(
  path: string,
  fill: (temp: string) => Promise<void>,
  options: WriteOptions,
): Promise<void> {
  if (!options.overwrite && (await exists(path))) throw new ExistsError(path);
  const dir = dirname(path);
  ensureDir(dir);
  const temp = tempPathBeside(path);
  const release = removeOnSignal(temp); // a signal mid-write leaves no part-written file behind
  try {
    await fill(temp);
    await flushFile(temp);
    if (options.overwrite) await rename(temp, path);
    else await publishExclusive(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  } finally {
    release();
  }
  await flushFolder(dir);
}

/** Flushes the content of the file at `path` to disk, so that a crash after it is renamed cannot leave it empty. */
export async function flushFile(path: string): Promise<void> {
  const handle = await open(path, "r+");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Makes the renames into `dir` durable where the platform allows syncing a folder (never an error: best effort). */
export async function flushFolder(dir: string): Promise<void> {
  if (process.platform === "win32") return;
  const folder = await open(dir, "r").catch(() => undefined);
  await folder?.sync().catch(() => {});
  await folder?.close().catch(() => {});
}

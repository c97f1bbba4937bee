/**
 * The stat of every record file, which is what tells a cached answer still holds. Over a large archive this
 * is a syscall per file; there a helper thread stats the files while the main thread reads the cache, and
 * the two halves of the work overlap.
 */
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";

/** What the cache compares (see cache.ts), for one file. */
export interface FileStat {
  size: number;
  mtimeMs: number;
  ino: number;
  ctimeMs: number;
  isFile: boolean;
}

/** Fields per file in the packed form: size, mtimeMs, ino, ctimeMs, kind (0 missing, 1 file, 2 other). */
const FIELDS = 5;

/** Stats `paths` into one array of numbers, the form that crosses between threads without copying. */
export function packStats(paths: readonly string[]): Float64Array {
  const out = new Float64Array(paths.length * FIELDS);
  paths.forEach((path, i) => {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(path, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    if (!stat) return;
    const at = i * FIELDS;
    out[at] = stat.size;
    out[at + 1] = stat.mtimeMs;
    out[at + 2] = stat.ino;
    out[at + 3] = stat.ctimeMs;
    out[at + 4] = stat.isFile() ? 1 : 2;
  });
  return out;
}

/** The stat of file `i` from the packed form; undefined when it could not be stat-ed. */
export function unpackStat(packed: Float64Array, i: number): FileStat | undefined {
  const at = i * FIELDS;
  const kind = packed[at + 4];
  if (!kind) return undefined;
  return {
    size: packed[at] as number,
    mtimeMs: packed[at + 1] as number,
    ino: packed[at + 2] as number,
    ctimeMs: packed[at + 3] as number,
    isFile: kind === 1,
  };
}

/** From this many files on, a helper thread pays for itself (measured: ~30 ms to start one, ~3.7 µs a stat). */
export const STAT_THREAD_MIN = 20_000;
const WORKER_URL = new URL("./stat-worker.js", import.meta.url);

/** Whether to stat in a helper thread: WENPING_STAT_THREAD=always|never overrides the size rule. */
function useThread(count: number): boolean {
  const set = process.env.WENPING_STAT_THREAD;
  if (set === "never") return false;
  // Only the built JavaScript can run in a worker; from source (tests) the stats are taken on this thread.
  if (!existsSync(fileURLToPath(WORKER_URL))) return false;
  return set === "always" || count >= STAT_THREAD_MIN;
}

/**
 * Starts stat-ing `paths`: in a helper thread when there are many, so the caller can read the cache
 * meanwhile; the promise gives the packed stats.
 */
export function statFiles(paths: readonly string[]): Promise<Float64Array> {
  if (!useThread(paths.length)) return Promise.resolve(packStats(paths));
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_URL, { workerData: paths });
    worker.once("message", (packed: Float64Array) => {
      resolve(packed);
      void worker.terminate();
    });
    // A thread that cannot start (or fails) costs only time: the stats are taken here instead.
    worker.once("error", () => resolve(packStats(paths)));
  });
}

/** Analyses many record files: cached analyses where still valid, the rest in worker threads when there are many. */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { WorkspaceConfig } from "../model/types.js";
import type { FileAnalysis } from "./analyze-file.js";
import { type AnalysisCache, HASH_WINDOW_MS } from "./cache.js";
import { type FileStat, packStats, unpackStat } from "./file-stats.js";
import type { Job, JobResult } from "./read-and-analyze.js";

/** Below this many files to analyse, starting workers costs more than it saves. */
const WORKER_THRESHOLD = 400;
const BATCH = 250;

/** The workspace config, and optionally the cache, the stats already taken and a progress callback. */
export interface AnalyzeFilesOptions {
  config: WorkspaceConfig;
  cache?: AnalysisCache;
  /** The files' stats already taken (see file-stats.ts), in the order of the files. */
  stats?: Float64Array;
  onProgress?: (done: number, total: number) => void;
}

const WORKER_URL = new URL("./worker.js", import.meta.url);

/**
 * Worker threads to use. Measured on a 2-thread machine, parsing in a second thread gained nothing (the two
 * hardware threads share one core's caches), so workers start only from 4 hardware threads: one per thread
 * beyond this one, at most 4. WENPING_WORKERS overrides (0: none).
 */
function workerCount(): number {
  const set = Number.parseInt(process.env.WENPING_WORKERS ?? "", 10);
  if (!Number.isNaN(set)) return Math.max(0, set);
  const threads = availableParallelism();
  return threads >= 4 ? Math.min(threads - 1, 4) : 0;
}

async function inWorkers(jobs: Job[], config: WorkspaceConfig, done: (n: number) => void): Promise<JobResult[]> {
  const results: JobResult[] = new Array(jobs.length);
  const batches: number[] = [];
  for (let i = 0; i < jobs.length; i += BATCH) batches.push(i);
  const count = Math.min(workerCount(), batches.length);
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const next = () => {
        const start = batches.shift();
        if (start === undefined) return resolve();
        const slice = jobs.slice(start, start + BATCH);
        worker.once("message", (out: JobResult[]) => {
          out.forEach((r, k) => {
            results[start + k] = r;
          });
          // The progress callback may throw (Ctrl-C): the run ends with that error, not an uncaught one.
          try {
            done(out.length);
          } catch (error) {
            return reject(error);
          }
          next();
        });
        worker.postMessage(slice);
      };
      worker.once("error", reject);
      next();
    });
  const workers = Array.from({ length: count }, () => new Worker(WORKER_URL, { workerData: { config } }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

async function inThisThread(jobs: Job[], config: WorkspaceConfig, done: (n: number) => void): Promise<JobResult[]> {
  if (jobs.length === 0) return [];
  const { readAndAnalyze } = await import("./read-and-analyze.js");
  const results: JobResult[] = [];
  for (let start = 0; start < jobs.length; start += BATCH) {
    for (const job of jobs.slice(start, start + BATCH)) results.push(readAndAnalyze(job, config));
    done(Math.min(BATCH, jobs.length - start));
    // A turn for the event loop between batches, so Ctrl-C is heard during a long run.
    if (start + BATCH < jobs.length) await new Promise((resolve) => setImmediate(resolve));
  }
  return results;
}

/** The analysis of each file, in the order given. */
export async function analyzeFiles(files: readonly Job[], options: AnalyzeFilesOptions): Promise<FileAnalysis[]> {
  const out: FileAnalysis[] = new Array(files.length);
  const misses: { index: number; job: Job; stat?: FileStat }[] = [];
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, files.length);
  };
  const stats = options.cache ? (options.stats ?? packStats(files.map((f) => f.abs))) : undefined;
  files.forEach((job, index) => {
    const stat = stats ? unpackStat(stats, index) : undefined;
    const hit = stat && options.cache?.lookup(job.file, job.abs, stat);
    if (hit) out[index] = hit;
    else misses.push({ index, job, stat });
  });
  progress(files.length - misses.length);
  const recent = Date.now() - HASH_WINDOW_MS;
  const jobs = misses.map((m) => ({
    ...m.job,
    hash: options.cache !== undefined && (!m.stat || m.stat.mtimeMs >= recent),
    size: m.stat?.isFile ? m.stat.size : undefined,
  }));
  // Workers run the built JavaScript; from source (tests) the work stays on this thread.
  const parallel = jobs.length >= WORKER_THRESHOLD && workerCount() > 0 && existsSync(fileURLToPath(WORKER_URL));
  // The parsers and validators load only when some file needs analysing (not on a fully cached run).
  const results = parallel
    ? await inWorkers(jobs, options.config, progress)
    : await inThisThread(jobs, options.config, progress);
  results.forEach((result, k) => {
    const miss = misses[k] as (typeof misses)[number];
    out[miss.index] = result.analysis;
    if (options.cache && miss.stat && result.hash !== undefined)
      options.cache.store(miss.job.file, miss.stat, result.hash, result.analysis);
  });
  await options.cache?.save();
  return out;
}

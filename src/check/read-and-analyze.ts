/** Reading one record file from disk and analysing it: the unit of work of the main thread and of the workers. */
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import type { WorkspaceConfig } from "../model/types.js";
import { sha1 } from "../util/hash.js";
import { analyzeFile, type FileFacts } from "./analyze-file.js";

export interface Job {
  file: string;
  abs: string;
  /** Hash the bytes: only files changed moments ago can later be mistaken for unchanged (see cache.ts). */
  hash?: boolean;
  /** The size from a stat already made, to read without another one. */
  size?: number;
}

export interface JobResult {
  facts: FileFacts;
  /** sha1 of the bytes, for the cache; absent when the file could not be read. */
  hash?: string;
}

/** Reads a file whose size a stat just gave; falls back to a plain read if it changed meanwhile. */
function readKnownSize(path: string, size: number): Buffer {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(size + 1);
    const n = readSync(fd, buffer, 0, size + 1, 0);
    return n === size ? buffer.subarray(0, n) : readFileSync(path);
  } finally {
    closeSync(fd);
  }
}

/** Facts of a file on disk; an unreadable file is an IO finding, never a throw. */
export function readAndAnalyze(job: Job, config: WorkspaceConfig): JobResult {
  let bytes: Buffer;
  try {
    bytes = job.size === undefined ? readFileSync(job.abs) : readKnownSize(job.abs, job.size);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const key = e.code === "EISDIR" ? "IO.notFile" : "IO.unreadable";
    const finding = {
      code: "IO" as const,
      severity: "error" as const,
      path: "",
      key,
      params: { reason: e.code ?? "unknown" },
      line: 1,
      column: 1,
    };
    return { facts: { file: job.file, abs: job.abs, malformed: true, findings: [finding] } };
  }
  const facts = analyzeFile({ file: job.file, abs: job.abs, bytes }, config);
  return { facts, hash: job.hash === false ? "" : sha1(bytes) };
}

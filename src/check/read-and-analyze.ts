/** Reading one record file from disk and analysing it: the unit of work of the main thread and of the workers. */
import type { Located } from "../diagnostics/locate-findings.js";
import type { WorkspaceConfig } from "../model/types.js";
import { readBounded, readErrorFinding } from "../read/index.js";
import { sha1 } from "../util/hash.js";
import { analyzeFile, type FileAnalysis } from "./analyze-file.js";

/** One file to read and analyse. */
export interface Job {
  file: string;
  abs: string;
  /** Hash the bytes: only files changed moments ago can later be mistaken for unchanged (see cache.ts). */
  hash?: boolean;
  /** The size from a stat already made, to read without another one. */
  size?: number;
}

/** A job's analysis, with the hash of the bytes read. */
export interface JobResult {
  analysis: FileAnalysis;
  /** sha1 of the bytes, for the cache; absent when the file could not be read. */
  hash?: string;
}

/** The analysis of a file on disk; an unreadable file is an IO finding, never a throw. */
export function readAndAnalyze(job: Job, config: WorkspaceConfig): JobResult {
  let read: ReturnType<typeof readBounded>;
  try {
    read = readBounded(job.abs, job.size);
  } catch (error) {
    return { analysis: { file: job.file, abs: job.abs, malformed: true, findings: [readErrorFinding(error)] } };
  }
  if ("finding" in read)
    return { analysis: { file: job.file, abs: job.abs, malformed: true, findings: [read.finding as Located] } };
  const bytes = read.bytes;
  const analysis = analyzeFile({ file: job.file, abs: job.abs, bytes }, config);
  return { analysis, hash: job.hash === false ? "" : sha1(bytes) };
}

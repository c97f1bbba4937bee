/** A worker thread that analyses batches of record files (see analyze-files.ts). */
import { parentPort, workerData } from "node:worker_threads";
import type { WorkspaceConfig } from "../model/types.js";
import { type Job, readAndAnalyze } from "./read-and-analyze.js";

const config = (workerData as { config: WorkspaceConfig }).config;

parentPort?.on("message", (jobs: Job[]) => {
  parentPort?.postMessage(jobs.map((job) => readAndAnalyze(job, config)));
});

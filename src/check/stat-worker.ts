/** A helper thread that stats record files while the main thread reads the cache (see file-stats.ts). */
import { parentPort, workerData } from "node:worker_threads";
import { packStats } from "./file-stats.js";

const packed = packStats(workerData as string[]);
parentPort?.postMessage(packed, [packed.buffer as ArrayBuffer]);

#!/usr/bin/env node
// The ledger as xlsx over 100,000 records under a 1 GiB heap (issue 12 item 10): generates the workspace,
// runs `wenping ledger` with --max-old-space-size=1024, reads the workbook back with exceljs' streaming
// reader (not the writer) and counts its rows (one per record without a schema error, ~98%). Not a timed test: it prints the time and the peak memory.
// Usage: node scripts/ledger-100k.mjs [count=100000] [workspace dir]   (npm run stress:ledger; needs a build)
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { generate } from "./gen-workspace.mjs";

const count = Number(process.argv[2] ?? 100_000);
const given = process.argv[3];
const dir = given ?? mkdtempSync(join(tmpdir(), "wenping-ledger-"));
try {
  if (!existsSync(join(dir, "wenping.yaml"))) generate(dir, count, 7);
  const out = join(dir, "ledger.xlsx");
  const started = Date.now();
  const bin = join(import.meta.dirname, "..", "bin", "wenping.js");
  const args = ["--max-old-space-size=1024", bin, "ledger", "--no-cache", "--as-of", "2026-11-05"];
  const timed = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, ...args, "--out", out, "--force"], {
    cwd: dir,
    encoding: "utf8",
  });
  const seconds = (Date.now() - started) / 1000;
  const peakMb = Math.round(Number(timed.stderr.trim().split("\n").pop()) / 1024);
  let rows = 0;
  for await (const sheet of new ExcelJS.stream.xlsx.WorkbookReader(out, {})) for await (const _ of sheet) rows++;
  const result = { records: count, exit: timed.status, seconds, peakMb, rows };
  console.log(JSON.stringify(result));
  // About 2% of generated records carry a schema error and have no ledger row; the rest all must be there.
  process.exitCode = timed.status === 0 && rows - 1 >= count * 0.97 && rows - 1 <= count ? 0 : 1;
} finally {
  if (!given) rmSync(dir, { recursive: true, force: true });
}

#!/usr/bin/env node
// Many `wenping next ID --answers …` at once on one record, round after round, half the rounds with a stale
// lock left beside it (as kill -9 or a full disk leaves one): counts saves whose entry is missing afterwards.
// Usage: node scripts/stress-next.mjs [rounds=300] [most runs at once=6]   (npm run stress; needs a build)
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "bin", "wenping.js");
const ID = "BXMZ-2026-009";

function next(dir, answers) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "next", ID, "--answers", answers, "--as-of", "2026-11-27"], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: "1", WENPING_LANG: "zh" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("exit", (code) => resolve({ code: code ?? -1, stderr }));
  });
}

/**
 * Runs `rounds` rounds of 2…`most` concurrent `next` runs and returns the tally. `lost` counts runs that
 * said 已保存 (exit 0) but whose tracking entry is not in the file; `odd` counts any other outcome than a save
 * or a refusal that says the record changed or is being saved.
 */
export async function stressNext(rounds, most = 6) {
  const dir = mkdtempSync(join(tmpdir(), "wenping-stress-"));
  cpSync(join(ROOT, "examples"), dir, { recursive: true });
  const record = join(dir, "records", "2026", `${ID}.yaml`);
  const lock = join(dir, "records", "2026", `.${ID}.yaml.lock`);
  const tally = { rounds, runs: 0, saved: 0, refused: 0, lost: 0, odd: [] };
  try {
    for (let round = 0; round < rounds; round++) {
      const runs = 2 + (round % (most - 1));
      if (round % 2 === 1) {
        writeFileSync(lock, "");
        const old = new Date(Date.now() - 10 * 60_000);
        utimesSync(lock, old, old);
      }
      const notes = Array.from({ length: runs }, (_, i) => `第${round}轮-${i}`);
      notes.forEach((note, i) => {
        writeFileSync(join(dir, `a${i}.yaml`), `tracking: [{ date: 2026-11-20, note: ${note} }]\n`);
      });
      const results = await Promise.all(notes.map((_, i) => next(dir, `a${i}.yaml`)));
      const after = readFileSync(record, "utf8");
      results.forEach((r, i) => {
        tally.runs++;
        if (r.code === 0) {
          tally.saved++;
          if (!after.includes(notes[i])) tally.lost++;
        } else if (r.code === 2 && /在您填写期间已被修改|正由他人保存/.test(r.stderr)) tally.refused++;
        else tally.odd.push({ round, code: r.code, stderr: r.stderr });
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return tally;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const tally = await stressNext(Number(process.argv[2] ?? 300), Number(process.argv[3] ?? 6));
  console.log(JSON.stringify(tally, null, 2));
  process.exitCode = tally.lost === 0 && tally.odd.length === 0 ? 0 : 1;
}

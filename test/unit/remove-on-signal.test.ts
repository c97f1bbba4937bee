/**
 * A signal while an output is being written (SIGTERM from a task manager, Ctrl-C, a closed window) leaves neither
 * the output nor its part-written temporary file: before, SIGTERM during `report monthly`'s write left a hidden
 * half workbook beside the output. Played in a child process, deterministically: the signal is raised from
 * inside the write, once part of the file is on disk.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";

const WRITER = new URL("../../dist/util/atomic-write.js", import.meta.url).href;
let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A child writing `out.xlsx` that gets `signal` mid-write; `other` adds a listener of its own (the wizard's). */
function signalMidWrite(signal: string, other: boolean) {
  dir = mkdtempSync(join(tmpdir(), "wenping-signal-write-"));
  const script = `
    const { writeAtomicWith } = await import(${JSON.stringify(WRITER)});
    const { open } = await import("node:fs/promises");
    if (${other}) process.on(${JSON.stringify(signal)}, () => { console.log("other listener ran"); process.exit(3); });
    setTimeout(() => {}, 10_000); // keeps the process alive while the signal comes
    await writeAtomicWith(${JSON.stringify(join(dir, "out.xlsx"))}, async (temp) => {
      const handle = await open(temp, "wx");
      await handle.write("PK half a workbook");
      process.kill(process.pid, ${JSON.stringify(signal)});
      await new Promise(() => {}); // the rest of the workbook never comes
    }, { overwrite: false });
  `;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 60_000 });
  return { status: run.status, signal: run.signal, stdout: run.stdout, left: readdirSync(dir) };
}

describe("a signal in the middle of writing an output", () => {
  it.each(["SIGTERM", "SIGINT", "SIGHUP"])(
    "%s: nothing is left in the folder, and the process ends by it",
    (signal) => {
      expect(signalMidWrite(signal, false)).toEqual({ status: null, signal, stdout: "", left: [] });
    },
  );

  it("with the wizard's own listener: the part-written file is removed first, and that listener ends the process", () => {
    expect(signalMidWrite("SIGTERM", true)).toEqual({
      status: 3,
      signal: null,
      stdout: "other listener ran\n",
      left: [],
    });
  });
});

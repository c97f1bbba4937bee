/** Runs the built binary the way a clerk or a script does: a real process, no colour, captured output. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach } from "vitest";

export const ROOT = join(import.meta.dirname, "..", "..");
export const BIN = join(ROOT, "bin", "wenping.js");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function run(
  args: string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {},
): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", WENPING_LANG: "", ...options.env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A fresh copy of a folder in the temp directory, without any cache (.wenping/); removed by the returned function. */
export function tempCopy(from: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "wenping-test-"));
  cpSync(from, dir, { recursive: true, filter: (path) => basename(path) !== ".wenping" });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * For a test file: a function giving a fresh copy of `from` (no cache: each copy starts cold) each time it is
 * called; every copy is removed after the test that made it.
 */
export function freshCopies(from: string): () => string {
  let cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
  });
  return () => {
    const { dir, cleanup } = tempCopy(from);
    cleanups.push(cleanup);
    return dir;
  };
}

/** An empty temp folder. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "wenping-test-"));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Output that leaked a JavaScript stack trace. */
export function hasStack(text: string): boolean {
  return /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /node:internal/.test(text);
}

/** A lock file beside a record, so two clerks saving the same record cannot interleave. */
import { open, readFile, rm } from "node:fs/promises";

/** Another process holds the lock and is alive. */
export class LockedError extends Error {
  constructor(readonly path: string) {
    super(`locked: ${path}`);
  }
}

/** A lock older than this, or whose process has gone, is left over from a crash and taken over. */
const STALE_MS = 60_000;
const WAIT_MS = 5_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function stale(path: string): Promise<boolean> {
  try {
    const { pid, at } = JSON.parse(await readFile(path, "utf8")) as { pid: number; at: number };
    return Date.now() - at > STALE_MS || !alive(pid);
  } catch {
    return true; // unreadable or half-written: left by a crash
  }
}

/** Runs `fn` holding the lock at `path`; waits a few seconds for another holder, then gives up (LockedError). */
export async function withLock<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const handle = await open(path, "wx");
      await handle.writeFile(JSON.stringify({ pid: process.pid, at: Date.now() }));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (await stale(path)) {
        await rm(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new LockedError(path);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}

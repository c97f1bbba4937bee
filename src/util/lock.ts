/**
 * A lock file beside a record, so two clerks saving the same record cannot interleave.
 *
 * Staleness is judged by age, never by a process id (another PC on a network share cannot see ours), and
 * the age is measured against a file the breaker has just created on the same share, so the clocks of two
 * PCs never meet. A holder keeps its lock young by rewriting it. Only one process at a time may remove a
 * stale lock (it must hold `<lock>.break`), and it looks again once it holds that, so two processes that
 * both saw the same stale lock cannot both end up holding a fresh one (issue 12: read → rm → create was
 * not atomic, and an empty lock of a live holder counted as stale). proper-lockfile was considered: its
 * takeover (stat, rmdir, mkdir) has the same race.
 */
import { randomBytes } from "node:crypto";
import { open, readFile, rm, stat } from "node:fs/promises";

/** Another process holds the lock and is alive. */
export class LockedError extends Error {
  constructor(readonly path: string) {
    super(`locked: ${path}`);
  }
}

export interface LockOptions {
  /** A lock not rewritten for this long is left over from a crash (or a PC that went away). */
  staleMs?: number;
  /** How long to wait for another holder before giving up with LockedError. */
  waitMs?: number;
  /** Waiting between attempts (tests pass a barrier here instead of a timer). */
  pause?: (ms: number) => Promise<void>;
}

const STALE_MS = 30_000;
const WAIT_MS = 5_000;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException)?.code;
}

/** Creates `path` exclusively holding `token`; undefined when it exists. */
async function create(path: string, token: string): Promise<Awaited<ReturnType<typeof open>> | undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, "wx");
  } catch (error) {
    if (code(error) === "EEXIST") return undefined;
    throw error;
  }
  try {
    await handle.write(token, 0);
    return handle;
  } catch (error) {
    // A full disk: the lock we just made is not left behind to block the next clerk for half a minute.
    await handle.close().catch(() => {});
    await rm(path, { force: true });
    throw error;
  }
}

/** Removes the lock at `path` if it is stale, holding `<path>.break` so no other breaker acts at once. */
async function breakIfStale(path: string, staleMs: number): Promise<void> {
  const breaker = `${path}.break`;
  // On Windows a breaker being deleted by another process refuses to be created (EPERM): someone is at work.
  const handle = await create(breaker, randomBytes(8).toString("hex")).catch((error) => {
    if (code(error) === "EPERM" || code(error) === "EBUSY") return undefined;
    throw error;
  });
  if (!handle) {
    // Another breaker is at work; a breaker left by a crash is itself removed once old (on its own clock).
    const info = await stat(breaker).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > staleMs) await rm(breaker, { force: true });
    return;
  }
  try {
    const now = (await handle.stat()).mtimeMs; // the share's clock, not ours
    const lock = await stat(path).catch(() => undefined);
    // A stale lock Windows will not let go of (its holder hung with the file open) stays: we wait, then say so.
    if (lock && now - lock.mtimeMs > staleMs) await rm(path, { force: true }).catch(() => {});
  } finally {
    await handle.close();
    await rm(breaker, { force: true });
  }
}

/** Runs `fn` holding the lock at `path`; waits a few seconds for another holder, then gives up (LockedError). */
export async function withLock<T>(path: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const staleMs = options.staleMs ?? STALE_MS;
  const pause = options.pause ?? sleep;
  const deadline = Date.now() + (options.waitMs ?? WAIT_MS);
  const token = `${randomBytes(16).toString("hex")}\n`;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  for (;;) {
    handle = await create(path, token);
    if (handle) break;
    await breakIfStale(path, staleMs);
    if (Date.now() > deadline) throw new LockedError(path);
    await pause(50);
  }
  // Rewriting the lock keeps its modification time (set by the file's own server) young while we work.
  const held = handle;
  const refresh = setInterval(() => void held.write(token, 0).catch(() => {}), staleMs / 3);
  refresh.unref();
  try {
    return await fn();
  } finally {
    clearInterval(refresh);
    await held.close().catch(() => {});
    // Only our own lock is removed: had it been broken meanwhile, the file there now is someone else's.
    if ((await readFile(path, "utf8").catch(() => undefined)) === token) await rm(path, { force: true });
  }
}

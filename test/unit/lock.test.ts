// The record lock, driven by barriers (never by timing): the second caller must wait while the first holds it.
import { existsSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { LockedError, withLock } from "../../src/util/lock.js";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** An empty lock file in a fresh folder, as a crash between creating and writing it leaves one, `ageMs` old. */
function leftLock(ageMs: number): string {
  dir = mkdtempSync(join(tmpdir(), "wenping-lock-"));
  const lock = join(dir, ".r.yaml.lock");
  writeFileSync(lock, "");
  const then = new Date(Date.now() - ageMs);
  utimesSync(lock, then, then);
  return lock;
}

/** A promise with its resolver outside. */
function barrier() {
  let open: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe("withLock", () => {
  it("makes a second holder wait until the first is done (no overlap)", async () => {
    dir = mkdtempSync(join(tmpdir(), "wenping-lock-"));
    const lock = join(dir, ".r.yaml.lock");
    const aIn = barrier();
    const aGo = barrier();
    const bWaits = barrier();
    const log: string[] = [];
    const a = withLock(lock, async () => {
      log.push("a in");
      aIn.open();
      await aGo.opened;
      log.push("a out");
    });
    await aIn.opened;
    const pause = async () => {
      bWaits.open();
      await aGo.opened;
    };
    const b = withLock(
      lock,
      async () => {
        log.push("b in");
      },
      { pause },
    );
    // Either B found the lock taken and paused, or (no lock at all) B ran straight through.
    await Promise.race([bWaits.opened, b]);
    expect(log).toEqual(["a in"]);
    aGo.open();
    await Promise.all([a, b]);
    expect(log).toEqual(["a in", "a out", "b in"]);
    expect(existsSync(lock)).toBe(false);
  });

  it("takes over a lock left by a crash once it is old, judged by age (an empty file, no process id)", async () => {
    const lock = leftLock(120_000);
    let ran = false;
    await withLock(lock, async () => {
      ran = true;
    });
    expect(ran).toBe(true);
  });

  it("does not take over a young lock, even an empty one (a live holder between create and write)", async () => {
    const lock = leftLock(0);
    let ran = false;
    const attempt = withLock(
      lock,
      async () => {
        ran = true;
      },
      { waitMs: 0, pause: async () => {} },
    );
    await expect(attempt).rejects.toBeInstanceOf(LockedError);
    expect(ran).toBe(false);
    expect(existsSync(lock)).toBe(true);
  });

  it("lets many callers through one at a time when a stale lock is present", async () => {
    const lock = leftLock(120_000);
    let inside = 0;
    let most = 0;
    const holder = () =>
      withLock(
        lock,
        async () => {
          inside++;
          most = Math.max(most, inside);
          await new Promise((resolve) => setImmediate(resolve));
          inside--;
        },
        { pause: () => new Promise((resolve) => setImmediate(resolve)), waitMs: 30_000 },
      );
    await Promise.all(Array.from({ length: 10 }, holder));
    expect(most).toBe(1);
  });
});

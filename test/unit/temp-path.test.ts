import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writePiecesAtomic } from "../../src/util/atomic-stream.js";
import { tempPathBeside } from "../../src/util/temp-path.js";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("the temporary name of a crash-safe write", () => {
  it("is hidden, beside the target (so the rename is atomic), names it, and is fresh each time", () => {
    const target = join("/ws", "records", "2026", "BXMZ-2026-001.yaml");
    const names = [tempPathBeside(target), tempPathBeside(target)];
    for (const name of names) {
      expect(dirname(name)).toBe(dirname(target));
      expect(name.slice(dirname(target).length + 1)).toMatch(
        new RegExp(`^\\.BXMZ-2026-001\\.yaml\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`),
      );
    }
    expect(names[0]).not.toBe(names[1]);
  });

  it("is gone when a synchronous write in pieces fails midway: the target is never made", () => {
    dir = mkdtempSync(join(tmpdir(), "wenping-temp-"));
    const target = join(dir, "facts.json");
    function* pieces() {
      yield "one";
      throw Object.assign(new Error("simulated ENOSPC"), { code: "ENOSPC" });
    }
    expect(() => writePiecesAtomic(target, pieces())).toThrow("simulated ENOSPC");
    expect(readdirSync(dir)).toEqual([]);
  });
});

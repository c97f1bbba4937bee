import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

// Simulated full disk and read-only file system: the temporary file's write or its rename fails.
const failure = { on: "none" as "none" | "write" | "rename", code: "ENOSPC" };
vi.mock("node:fs/promises", async (original) => {
  const fs = await original<typeof import("node:fs/promises")>();
  const fail = () => Object.assign(new Error(`simulated ${failure.code}`), { code: failure.code });
  return {
    ...fs,
    open: async (...args: Parameters<typeof fs.open>) => {
      const handle = await fs.open(...args);
      if (failure.on !== "write") return handle;
      return Object.assign(Object.create(Object.getPrototypeOf(handle)), handle, {
        writeFile: async () => {
          throw fail();
        },
        sync: () => handle.sync(),
        close: () => handle.close(),
      });
    },
    rename: async (...args: Parameters<typeof fs.rename>) => {
      if (failure.on === "rename") throw fail();
      return fs.rename(...args);
    },
  };
});

const { writeFileAtomic } = await import("../../src/util/atomic-write.js");
const { writeOutput } = await import("../../src/commands/write-output.js");
const { resolveContext } = await import("../../src/cli/context.js");

let dir = "";
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  failure.on = "none";
});

describe("writes that fail midway (ENOSPC, EROFS) leave the old file and no debris", () => {
  it.each([
    ["write", "ENOSPC"],
    ["rename", "EROFS"],
  ] as const)("failing at %s with %s", async (on, code) => {
    dir = mkdtempSync(join(tmpdir(), "wenping-atomic-"));
    const target = join(dir, "BXMZ-2021-001.yaml");
    writeFileSync(target, "old content\n");
    failure.on = on;
    failure.code = code;
    await expect(writeFileAtomic(target, "new content\n", { overwrite: true })).rejects.toMatchObject({ code });
    expect(readFileSync(target, "utf8")).toBe("old content\n");
    expect(readdirSync(dir)).toEqual(["BXMZ-2021-001.yaml"]);
    // What a command makes of it: exit 2, in the clerk's words.
    const context = resolveContext({ asOf: "2021-06-01" }, dir);
    await expect(writeOutput(context, target, "x", true)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining(code),
    });
    expect(readFileSync(target, "utf8")).toBe("old content\n");
  });
});

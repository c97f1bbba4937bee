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
    ["write", "ENOSPC", "磁盘已满"],
    ["rename", "EROFS", "只读"],
  ] as const)("failing at %s with %s", async (on, code, words) => {
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
      message: expect.stringContaining(words),
    });
    await expect(writeOutput(context, target, "x", true)).rejects.toMatchObject({
      message: expect.stringContaining("原文件未改动"),
    });
    expect(readFileSync(target, "utf8")).toBe("old content\n");
  });

  it("never says 原文件未改动 about a file that did not exist", async () => {
    dir = mkdtempSync(join(tmpdir(), "wenping-atomic-"));
    failure.on = "write";
    failure.code = "ENOSPC";
    const context = resolveContext({ asOf: "2021-06-01" }, dir);
    const error = await writeOutput(context, join(dir, "new.xlsx"), "x", false).catch((e: Error) => e);
    expect(error).toMatchObject({ exitCode: 2, message: expect.stringContaining("没有写入任何文件") });
    expect((error as Error).message).not.toContain("原文件未改动");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("Windows: a workbook open in Excel/WPS cannot be replaced (injected, as Windows answers the rename)", () => {
  const platform = process.platform;
  afterEach(() => Object.defineProperty(process, "platform", { value: platform }));

  it.each([
    ["EBUSY", "linux"],
    ["EBUSY", "win32"],
    ["EPERM", "win32"],
    ["EACCES", "win32"],
  ] as const)("%s on %s: says to close it, exit 2, the old file intact", async (code, os) => {
    Object.defineProperty(process, "platform", { value: os });
    dir = mkdtempSync(join(tmpdir(), "wenping-atomic-"));
    const target = join(dir, "统计表.xlsx");
    writeFileSync(target, "old workbook");
    failure.on = "rename";
    failure.code = code;
    const context = resolveContext({ asOf: "2021-06-01" }, dir);
    await expect(writeOutput(context, target, "new workbook", true)).rejects.toMatchObject({
      exitCode: 2,
      message: expect.stringContaining("文件正被 Excel/WPS 打开,请关闭后再试"),
    });
    expect(readFileSync(target, "utf8")).toBe("old workbook");
    expect(readdirSync(dir)).toEqual(["统计表.xlsx"]);
  });

  it("EPERM elsewhere is a plain permission problem, not Excel", async () => {
    Object.defineProperty(process, "platform", { value: "linux" });
    dir = mkdtempSync(join(tmpdir(), "wenping-atomic-"));
    const target = join(dir, "统计表.xlsx");
    writeFileSync(target, "old workbook");
    failure.on = "rename";
    failure.code = "EPERM";
    const context = resolveContext({ asOf: "2021-06-01" }, dir);
    const error = await writeOutput(context, target, "x", true).catch((e: Error) => e);
    expect((error as Error).message).toContain("没有权限");
    expect((error as Error).message).not.toContain("Excel");
  });
});

/** Writing a set of files (init's workspace, schema --out) with a full disk at every possible moment. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { flushFile } from "../../src/util/atomic-write.js";
import { FileSetError, type FileSetIo, type SetFile, writeFileSet } from "../../src/util/file-set.js";
import { tempDir } from "../helpers/cli.js";

const FILES: SetFile[] = [
  ["records/", ""],
  ["样例/SAMPLE-2025-001.yaml", "sample\n"],
  ["schemas/a.json", "{}\n"],
  [".vscode/settings.json", "{ }\n"],
  ["wenping.yaml", "config\n"],
];
const FILE_COUNT = FILES.filter(([p]) => !p.endsWith("/")).length;

const enospc = () => Object.assign(new Error("no space"), { code: "ENOSPC" });

/** Real file calls, except that call number `failAt` of `which` fails with ENOSPC. */
function failing(which: "writeFile" | "rename", failAt: number): FileSetIo {
  let n = 0;
  const io: FileSetIo = { writeFile: (p, c) => writeFile(p, c), flush: flushFile, rename };
  const real = io[which] as (a: string, b: string) => Promise<void>;
  io[which] = async (a: string, b: string) => {
    if (n++ === failAt) throw enospc();
    await real(a, b);
  };
  return io;
}

/** Every file and folder under dir, relative, sorted. */
function tree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).map((p) => p.replaceAll("\\", "/")).sort();
}

let cleanup = () => {};
afterEach(() => cleanup());

/** Writes the set into a fresh folder `ws` with the `k`-th call of `op` failing; the folder and the error. */
async function failAt(op: Parameters<typeof failing>[0], k: number): Promise<{ root: string; error: FileSetError }> {
  const t = tempDir();
  cleanup = t.cleanup;
  const root = join(t.dir, "ws");
  const error = await writeFileSet(root, FILES, { overwrite: false }, failing(op, k)).catch((e) => e);
  expect(error).toBeInstanceOf(FileSetError);
  return { root, error };
}

describe("a full disk while the files are written", () => {
  it.each(Array.from({ length: FILE_COUNT }, (_, i) => i))(
    "at write %i leaves nothing, not even the folder",
    async (k) => {
      const { root, error } = await failAt("writeFile", k);
      expect(error.code).toBe("ENOSPC");
      expect(error.written).toEqual([]);
      expect(error.notWritten).toEqual(FILES.map(([p]) => p));
      expect(existsSync(root)).toBe(false);
    },
  );

  it("in a folder that was there keeps the folder and its own files as they were", async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    writeFileSync(join(t.dir, "mine.txt"), "mine");
    await expect(writeFileSet(t.dir, FILES, { overwrite: false }, failing("writeFile", 2))).rejects.toThrow();
    expect(tree(t.dir)).toEqual(["mine.txt"]);
  });
});

describe("durability", () => {
  it("flushes every file to disk before it is moved into place (a crash then cannot leave an empty wenping.yaml)", async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    const events: string[] = [];
    const io: FileSetIo = {
      writeFile: async (p, c) => {
        await writeFile(p, c);
        events.push(`write ${basename(p)}`);
      },
      flush: async (p) => {
        await flushFile(p);
        events.push(`flush ${basename(p)}`);
      },
      rename: async (from, to) => {
        expect(events).toContain(`flush ${basename(from)}`);
        await rename(from, to);
        events.push(`move ${basename(to)}`);
      },
    };
    await writeFileSet(join(t.dir, "ws"), FILES, { overwrite: false }, io);
    const moved = events.filter((e) => e.startsWith("move ")).length;
    expect(moved).toBe(FILE_COUNT);
    expect(events.filter((e) => e.startsWith("flush ")).length).toBe(FILE_COUNT);
  });
});

describe("a failure while the files are moved into place", () => {
  it.each(Array.from({ length: FILE_COUNT }, (_, i) => i))(
    "at move %i: wenping.yaml (last) is absent, the error says what was written, and a rerun finishes",
    async (k) => {
      const { root, error } = await failAt("rename", k);
      expect(existsSync(join(root, "wenping.yaml"))).toBe(false);
      expect([...error.written, ...error.notWritten]).toEqual(FILES.map(([p]) => p));
      for (const p of error.written) expect(existsSync(join(root, p))).toBe(true);
      expect(tree(root).some((p) => p.startsWith(".wenping-staging-"))).toBe(false);

      const rerun = await writeFileSet(root, FILES, { overwrite: false });
      expect(rerun.kept).toEqual(error.written);
      expect(rerun.written).toEqual(error.notWritten);
      for (const [p, content] of FILES) {
        if (!p.endsWith("/")) expect(readFileSync(join(root, p), "utf8")).toBe(content);
      }
    },
  );
});

describe("files already there", () => {
  it("are kept without overwrite, replaced with it", async () => {
    const t = tempDir();
    cleanup = t.cleanup;
    mkdirSync(join(t.dir, ".vscode"));
    writeFileSync(join(t.dir, ".vscode", "settings.json"), "clerk's own");
    const first = await writeFileSet(t.dir, FILES, { overwrite: false });
    expect(first.kept).toEqual([".vscode/settings.json"]);
    expect(readFileSync(join(t.dir, ".vscode", "settings.json"), "utf8")).toBe("clerk's own");
    const second = await writeFileSet(t.dir, FILES, { overwrite: true });
    expect(second.kept).toEqual([]);
    expect(readFileSync(join(t.dir, ".vscode", "settings.json"), "utf8")).toBe("{ }\n");
    expect(tree(t.dir)).toEqual(
      [
        ".vscode",
        ".vscode/settings.json",
        "records",
        "schemas",
        "schemas/a.json",
        "wenping.yaml",
        "样例",
        "样例/SAMPLE-2025-001.yaml",
      ].sort(),
    );
  });
});

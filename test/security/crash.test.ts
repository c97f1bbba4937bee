import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, hasStack, ROOT, run, tempCopy, tempDir } from "../helpers/cli.js";
import { readWorkbook } from "../helpers/workbook.js";

let cleanup: () => void = () => {};
afterEach(() => cleanup());

/** Starts a process and SIGKILLs it after `ms`; resolves when it is gone. */
function killAfter(args: string[], ms: number, cwd: string): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd, stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe("a process killed (SIGKILL) while writing leaves the old file or the complete new one", () => {
  it("for records (the atomic writer, killed at random points of a write loop)", async () => {
    const { dir, cleanup: c } = tempDir();
    cleanup = c;
    const target = join(dir, "BXMZ-2021-001.yaml");
    const A = `a: ${"甲".repeat(400_000)}\nend: A\n`;
    const B = `b: ${"乙".repeat(400_000)}\nend: B\n`;
    writeFileSync(target, A);
    const writer = join(ROOT, "dist", "util", "atomic-write.js");
    const script = join(dir, ".writer.mjs");
    writeFileSync(
      script,
      `import { writeFileAtomic } from ${JSON.stringify(pathToFileURL(writer).href)};
const A = ${JSON.stringify(A.slice(0, 3))} + "甲".repeat(400_000) + "\\nend: A\\n";
const B = ${JSON.stringify(B.slice(0, 3))} + "乙".repeat(400_000) + "\\nend: B\\n";
for (let i = 0; ; i++) await writeFileAtomic(${JSON.stringify(target)}, i % 2 ? A : B, { overwrite: true });
`,
    );
    for (let round = 0; round < 12; round++) {
      await killAfter([script], 60 + Math.floor(Math.random() * 300), dir);
      const now = readFileSync(target, "utf8");
      expect(now === A || now === B, `round ${round}: the record is neither the old nor the new version`).toBe(true);
    }
    // Temporary files a kill leaves behind are hidden (".name.tmp"): never taken for records.
    expect(readdirSync(dir).filter((f) => !f.startsWith("."))).toEqual(["BXMZ-2021-001.yaml"]);
  });

  it("for workbooks (wenping report monthly killed at random moments)", async () => {
    const { dir, cleanup: c } = tempCopy(join(ROOT, "examples"));
    cleanup = c;
    const out = join(dir, "月报.xlsx");
    const args = [BIN, "report", "monthly", "--as-of", "2026-11-05", "--out", out, "--force", "--no-cache"];
    expect(run(args.slice(1), { cwd: dir }).code).toBe(0);
    for (let round = 0; round < 8; round++) {
      await killAfter(args, 100 + Math.floor(Math.random() * 700), dir);
      const workbook = await readWorkbook(out); // throws on a half-written file
      expect(workbook.worksheets.map((s) => s.name)).toEqual(["统计表", "明细", "预警"]);
    }
  });
});

describe("a read-only or full destination is a clear error (exit 2), nothing lost", () => {
  it.each([
    ["a folder that cannot be written", "/proc/wenping-test.xlsx"],
    // Node's recursive mkdir never returns here; the tool must still answer.
    ["missing folders on a file system that refuses them", "/proc/wenping/a/b/r.xlsx"],
  ])("report into %s", (_name, out) => {
    const { dir, cleanup: c } = tempCopy(join(ROOT, "examples"));
    cleanup = c;
    const started = Date.now();
    const r = run(["report", "monthly", "--as-of", "2026-11-05", "--out", out], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("无法写入");
    expect(r.stderr).toContain("原文件未改动");
    expect(hasStack(r.stderr)).toBe(false);
  });
});

describe("two clerks running next on the same record at once", () => {
  it("never silently lose one's change", async () => {
    const { dir, cleanup: c } = tempCopy(join(ROOT, "examples"));
    cleanup = c;
    const path = join(dir, "records", "2026", "BXMZ-2026-009.yaml");
    writeFileSync(join(dir, "a.yaml"), "tracking: [{ date: 2026-11-20, note: 甲记录 }]\n");
    writeFileSync(join(dir, "b.yaml"), "tracking: [{ date: 2026-11-21, note: 乙记录 }]\n");
    const next = (answers: string) =>
      new Promise<number>((resolve) => {
        const child = spawn(
          process.execPath,
          [BIN, "next", "BXMZ-2026-009", "--answers", answers, "--as-of", "2026-11-27"],
          { cwd: dir, stdio: "ignore" },
        );
        child.on("exit", (code) => resolve(code ?? -1));
      });
    for (let round = 0; round < 5; round++) {
      const before = readFileSync(path, "utf8");
      const [a, b] = await Promise.all([next("a.yaml"), next("b.yaml")]);
      const after = readFileSync(path, "utf8");
      expect([0, 2]).toContain(a);
      expect([0, 2]).toContain(b);
      expect(a === 0 || b === 0).toBe(true);
      // Whoever reported success has its entry in the file.
      if (a === 0) expect(after).toContain("甲记录");
      if (b === 0) expect(after).toContain("乙记录");
      expect(after.length).toBeGreaterThan(before.length);
    }
    expect(existsSync(join(dir, "records", "2026", ".BXMZ-2026-009.yaml.lock"))).toBe(false);
  });
});

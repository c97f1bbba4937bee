/**
 * One bounded reader for every command that opens a record: a sparse file far over the size limit is refused
 * at once by each command (never read into memory), and a FIFO (or a link to one) never makes a command wait.
 */
import { execFileSync } from "node:child_process";
import { symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { freshCopies, hasStack, ROOT, run } from "../helpers/cli.js";

const FIXTURE = join(ROOT, "test", "fixtures", "report");
const HUGE = 1.5 * 1024 ** 3;
const workspace = freshCopies(FIXTURE);

/** A sparse file of 1.5 GB: reading it whole would take seconds and gigabytes. */
function sparse(path: string): void {
  writeFileSync(path, "schema: wenping/decision-item@1\n");
  truncateSync(path, HUGE);
}

const AS_OF = ["--as-of", "2021-06-03"];

describe("every command reads records through the bounded reader", () => {
  it.each([
    ["validate", ["validate"]],
    ["validate the file", ["validate", "records/BXMZ-R77.yaml"]],
    ["report monthly", ["report", "monthly", "--month", "2021-05", "--out", "m.xlsx"]],
    ["ledger", ["ledger", "--format", "json"]],
    ["status", ["status"]],
    ["form", ["form", "BXMZ-R77", "--out", "f.xlsx"]],
    ["next", ["next", "BXMZ-R77", "--no-input"]],
  ])("%s: a sparse 1.5 GB record is refused at once, with the size in words", (_name, args) => {
    const dir = workspace();
    sparse(join(dir, "records", "BXMZ-R77.yaml"));
    const started = Date.now();
    const r = run([...args, ...AS_OF], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(hasStack(r.stderr + r.stdout)).toBe(false);
    expect(r.code, r.stderr).not.toBe(70);
    if (!["ledger", "status"].includes(_name)) {
      expect([1, 2]).toContain(r.code);
      // `next` refuses any record with problems, pointing to validate (which names the size).
      expect(r.stdout + r.stderr).toMatch(_name === "next" ? /有格式错误/ : /文件过大|超过单个记录/);
    }
  });

  it("an answers file: a sparse 1.5 GB one is refused with the size in words", () => {
    const dir = workspace();
    sparse(join(dir, "answers.yaml"));
    const r = run(["new", "--answers", "answers.yaml", "--no-input", ...AS_OF], { cwd: dir });
    expect([1, 2]).toContain(r.code);
    expect(hasStack(r.stderr)).toBe(false);
    expect(r.stdout + r.stderr).toMatch(/文件过大|超过单个记录/);
  });

  it("wenping.yaml: a sparse 1.5 GB one is a workspace problem (exit 2), not a crash", () => {
    const dir = workspace();
    sparse(join(dir, "wenping.yaml"));
    const r = run(["validate", ...AS_OF], { cwd: dir });
    expect(r.code).toBe(2);
    expect(hasStack(r.stderr)).toBe(false);
    expect(r.stdout + r.stderr).toMatch(/文件过大|超过单个记录/);
  });
});

describe.skipIf(process.platform === "win32")("a FIFO never makes a command wait", () => {
  it.each([
    ["a FIFO in records/", "fifo"],
    ["a link to a FIFO in records/", "link"],
  ])("%s: validate (the folder and the path) answers at once that it is not a file", (_name, kind) => {
    const dir = workspace();
    const fifo = join(dir, kind === "fifo" ? "records/BXMZ-R88.yaml" : "pipe");
    execFileSync("mkfifo", [fifo]);
    if (kind === "link") symlinkSync(fifo, join(dir, "records", "BXMZ-R88.yaml"));
    for (const args of [
      ["validate"],
      ["validate", "records/BXMZ-R88.yaml"],
      ["status"],
      ["next", "BXMZ-R88", "--no-input"],
    ]) {
      const r = run([...args, ...AS_OF], { cwd: dir });
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).not.toBe(-1); // -1: killed by the helper's timeout
      expect(hasStack(r.stderr)).toBe(false);
      // A folder listing skips a FIFO itself (not a regular file); named, or behind a link, it is said so.
      if (args[0] === "validate" && (args.length > 1 || kind === "link")) {
        expect(r.code).toBe(1);
        expect(r.stdout).toContain("这不是普通文件");
      }
    }
  });

  it("an answers file that is a FIFO is refused, not waited on", () => {
    const dir = workspace();
    execFileSync("mkfifo", [join(dir, "answers.yaml")]);
    const r = run(["new", "--answers", "answers.yaml", "--no-input", ...AS_OF], { cwd: dir });
    expect([1, 2]).toContain(r.code);
    expect(r.stdout + r.stderr).toContain("这不是普通文件");
  });
});

// Issue 12, round two: output that could not be written is never "done", odd destinations are refused,
// the file system's refusals are said in words with exit 2 (never 70). The built binary in temp workspaces.
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BIN, hasStack, ROOT, run, tempCopy } from "../helpers/cli.js";
import { readWorkbook } from "../helpers/workbook.js";

let cleanup: () => void = () => {};
afterEach(() => cleanup());

function workspace(): string {
  const copy = tempCopy(join(ROOT, "examples"));
  cleanup = copy.cleanup;
  return copy.dir;
}

/** Runs the binary with standard output going to `path` (a file or a device such as /dev/full). */
function runInto(path: string, args: string[], cwd: string) {
  const fd = openSync(path, "w");
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      cwd,
      stdio: ["ignore", fd, "pipe"],
      env: { ...process.env, NO_COLOR: "1", WENPING_LANG: "" },
      encoding: "utf8",
    });
    return { code: r.status ?? -1, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

describe.skipIf(!existsSync("/dev/full"))("standard output that cannot be written (a full disk: /dev/full)", () => {
  it.each([
    [["ledger", "--format", "csv"]],
    [["ledger", "--format", "json"]],
    [["schema"]],
    [["status", "--format", "json"]],
    [["validate", "--format", "json"]],
  ])("%j is exit 2 with 磁盘已满, never a silent 0", (args) => {
    const dir = workspace();
    const r = runInto("/dev/full", [...args, "--as-of", "2026-11-05"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("无法写入标准输出");
    expect(r.stderr).toContain("磁盘已满");
    expect(hasStack(r.stderr)).toBe(false);
  });

  it("a closed pipe is still a quiet end (wenping validate | head)", () => {
    const dir = workspace();
    const r = spawnSync("sh", ["-c", `"${process.execPath}" "${BIN}" schema | head -c 10 >/dev/null`], { cwd: dir });
    expect(r.status).toBe(0);
    expect(String(r.stderr)).toBe("");
  });
});

describe("report on a record it cannot read", () => {
  it("is exit 2 (unreadable input), naming the file", () => {
    const dir = workspace();
    symlinkSync(join(dir, "nowhere.yaml"), join(dir, "records", "BXMZ-2026-099.yaml"));
    const r = run(["report", "monthly", "--as-of", "2026-11-05"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("BXMZ-2026-099.yaml");
  });

  it("lists the first ten refused files and counts the rest", () => {
    const dir = workspace();
    for (let i = 0; i < 15; i++) {
      const id = `BXMZ-2026-${String(100 + i)}`;
      writeFileSync(join(dir, "records", `${id}.yaml`), `schema: wenping/decision-item@1\nid: ${id}\ntitle: [\n`);
    }
    const r = run(["report", "monthly", "--as-of", "2026-11-05"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.match(/BXMZ-2026-1\d\d\.yaml/g)).toHaveLength(10);
    expect(r.stderr).toContain("还有 5 个文件");
  });
});

describe("--out refuses anything that is not a regular file (even with --force)", () => {
  const refused = (out: (dir: string) => string, kind: string) => {
    const dir = workspace();
    const target = out(dir);
    const r = run(["report", "monthly", "--as-of", "2026-11-05", "--out", target, "--force"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(kind);
    expect(r.stderr).toContain("--out -");
    return target;
  };

  it.skipIf(process.platform === "win32")("a named pipe stays a named pipe", () => {
    const target = refused((dir) => {
      const fifo = join(dir, "pipe.xlsx");
      spawnSync("mkfifo", [fifo]);
      return fifo;
    }, "命名管道");
    expect(statSync(target).isFIFO()).toBe(true);
  });

  it("a folder", () => {
    const target = refused((dir) => {
      mkdirSync(join(dir, "out.xlsx"));
      return join(dir, "out.xlsx");
    }, "文件夹");
    expect(statSync(target).isDirectory()).toBe(true);
  });

  it.skipIf(!existsSync("/dev/null"))("a device", () => {
    refused(() => "/dev/null", "设备");
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
  });

  it("a link to nothing", () => {
    refused((dir) => {
      symlinkSync(join(dir, "missing.xlsx"), join(dir, "link.xlsx"));
      return join(dir, "link.xlsx");
    }, "指向不存在文件的链接");
  });

  it("a link to a workbook is written through: the link stays, the file it points at is replaced", async () => {
    const dir = workspace();
    mkdirSync(join(dir, "shared"));
    writeFileSync(join(dir, "shared", "real.xlsx"), "old");
    symlinkSync(join(dir, "shared", "real.xlsx"), join(dir, "link.xlsx"));
    const r = run(["report", "monthly", "--as-of", "2026-11-05", "--out", "link.xlsx", "--force"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(lstatSync(join(dir, "link.xlsx")).isSymbolicLink()).toBe(true);
    const workbook = await readWorkbook(join(dir, "shared", "real.xlsx"));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["统计表", "明细", "预警"]);
  });
});

describe("--out - is standard output", () => {
  it("report monthly --out - > file gives the workbook", async () => {
    const dir = workspace();
    const file = join(dir, "piped.xlsx");
    const r = runInto(file, ["report", "monthly", "--as-of", "2026-11-05", "--out", "-"], dir);
    expect(r.code, r.stderr).toBe(0);
    const workbook = await readWorkbook(file);
    expect(workbook.getWorksheet("统计表")?.getCell("A1").value).toBeTruthy();
    expect(existsSync(join(dir, "-"))).toBe(false);
  });

  it("ledger --format xlsx --out - > file gives the streamed workbook", async () => {
    const dir = workspace();
    const file = join(dir, "ledger.xlsx");
    const r = runInto(file, ["ledger", "--out", "-", "--as-of", "2026-11-05"], dir);
    expect(r.code, r.stderr).toBe(0);
    const sheet = (await readWorkbook(file)).getWorksheet("台账");
    // Row 1 is the title, row 2 填报单位 and date, row 3 the header (the same layout as the file written by --out FILE).
    expect(sheet?.getCell("A3").value).toBe("事项编号");
    expect(sheet?.getCell("A4").value).toMatch(/^BXMZ-/);
  });

  it("form --out - > file gives the filing form; schema --out - prints the schemas", async () => {
    const dir = workspace();
    const file = join(dir, "form.xlsx");
    const r = runInto(file, ["form", "BXMZ-2026-009", "--out", "-", "--as-of", "2026-11-27"], dir);
    expect(r.code, r.stderr).toBe(0);
    expect((await readWorkbook(file)).worksheets.length).toBeGreaterThan(0);
    const s = run(["schema", "--out", "-"], { cwd: dir });
    expect(s.code).toBe(0);
    expect(Object.keys(JSON.parse(s.stdout)).length).toBeGreaterThan(0);
    expect(existsSync(join(dir, "-"))).toBe(false);
  });

  it("ledger --format csv --out - prints the CSV", () => {
    const dir = workspace();
    const r = run(["ledger", "--format", "csv", "--out", "-", "--as-of", "2026-11-05"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\uFEFF事项编号,/);
    expect(existsSync(join(dir, "-"))).toBe(false);
  });
});

describe("the file system's refusals are exit 2 in words, never 70", () => {
  it("validate given a path over 4,096 bytes (ENAMETOOLONG): the path is shortened in the message", () => {
    const dir = workspace();
    const r = run(["validate", `records/${"a".repeat(5000)}.yaml`], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("路径或文件名太长");
    expect(r.stderr.length).toBeLessThan(400);
    expect(hasStack(r.stderr)).toBe(false);
  });

  it("--out under a file, as if it were a folder (ENOTDIR): nothing was written, not 原文件未改动", () => {
    const dir = workspace();
    writeFileSync(join(dir, "plain"), "x");
    const r = run(["form", "BXMZ-2026-009", "--as-of", "2026-11-27", "--out", "plain/form.xlsx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不是文件夹");
    expect(r.stderr).toContain("没有写入任何文件");
    expect(r.stderr).not.toContain("原文件未改动");
  });

  it("new when records/YYYY is a file (ENOTDIR)", () => {
    const dir = workspace();
    rmSync(join(dir, "records", "2026"), { recursive: true });
    writeFileSync(join(dir, "records", "2026"), "");
    writeFileSync(
      join(dir, "a.yaml"),
      "title: 测试事项\nunit: JZK\ncategory: policy\ndomain: basic_livelihood\ninitial_risk: low\nlisted_on: 2026-11-02\n",
    );
    const r = run(["new", "--answers", "a.yaml", "--as-of", "2026-11-27"], { cwd: dir });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toMatch(/不是文件夹|是一个文件/);
    expect(hasStack(r.stderr)).toBe(false);
  });
});

// Windows' own troubles that can be met on Linux too or shown through path.win32 (issue 14).
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, win32 } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ui, wizardText } from "../../src/i18n/index.js";
import { shortPath } from "../../src/util/fs-error.js";
import { writeFailure } from "../../src/wizard/end-sitting.js";
import type { WizardContext } from "../../src/wizard/sitting.js";
import { CaseClashError, writeRecord } from "../../src/workspace/record-writer.js";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("file names that differ only in letter case", () => {
  it("a new record is not written beside bxmz-2026-001.yaml, and the clerk is told which file", async () => {
    dir = mkdtempSync(join(tmpdir(), "wenping-case-"));
    writeFileSync(join(dir, "bxmz-2026-001.yaml"), "id: BXMZ-2026-001\n");
    const error = await writeRecord(join(dir, "BXMZ-2026-001.yaml"), "id: BXMZ-2026-001\n").catch((e: Error) => e);
    expect(error).toBeInstanceOf(CaseClashError);
    expect(readdirSync(dir)).toEqual(["bxmz-2026-001.yaml"]);
    const c = { text: wizardText("zh"), ui: ui("zh") } as unknown as WizardContext;
    const said = writeFailure(error, "records/2026/BXMZ-2026-001.yaml", c);
    expect(said?.exitCode).toBe(2);
    expect(said?.message).toContain("bxmz-2026-001.yaml");
    expect(said?.message).toContain("只差大小写");
  });

  it("a name that differs in more than case is written", async () => {
    dir = mkdtempSync(join(tmpdir(), "wenping-case-"));
    writeFileSync(join(dir, "bxmz-2026-001.yaml"), "id: BXMZ-2026-001\n");
    await writeRecord(join(dir, "BXMZ-2026-002.yaml"), "id: BXMZ-2026-002\n");
    expect(readdirSync(dir).sort()).toEqual(["BXMZ-2026-002.yaml", "bxmz-2026-001.yaml"]);
  });
});

describe("backslash paths and drive letters (path.win32: the real condition needs Windows)", () => {
  it("a long Windows path is shortened in messages, keeping the drive and the file name", () => {
    const long = win32.join("D:\\稳评 工具", ..."子目录".repeat(40).match(/.{1,3}/g)!, "统计表.xlsx");
    const shown = shortPath(long);
    expect(shown.startsWith("D:\\稳评 工具")).toBe(true);
    expect(shown.endsWith("统计表.xlsx")).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(121);
  });

  it("messages carry a Windows path as given (no slash rewriting)", () => {
    const path = "D:\\稳评 工具\\月报\\统计表.xlsx";
    expect(ui("zh").fs.inUse(path)).toContain(path);
    expect(ui("zh").fs.cannotWrite(path, "磁盘已满", false)).toBe(`无法写入 ${path}:磁盘已满。没有写入任何文件`);
  });
});

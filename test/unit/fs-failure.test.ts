// The file system's refusals in words (issue 12 items 8, 11): injected errors, since root passes EACCES here.
import { describe, expect, it } from "vitest";
import { fsFailure } from "../../src/cli/fs-failure.js";
import { ui } from "../../src/i18n/index.js";
import { fsCode, inUse } from "../../src/util/fs-error.js";

const errno = (code: string, path?: string) =>
  Object.assign(new Error(`${code}: simulated`), { code, syscall: "open", ...(path ? { path } : {}) });

describe("fsFailure", () => {
  it.each([
    ["EACCES", "没有权限"],
    ["EPERM", "没有权限"],
    ["ENOSPC", "磁盘已满"],
    ["EROFS", "只读"],
    ["EISDIR", "是一个文件夹"],
    ["ENOTDIR", "不是文件夹"],
    ["ENAMETOOLONG", "太长"],
    ["EBUSY", "占用"],
    ["ELOOP", "链接"],
  ])("%s names the file and says %s", (code, words) => {
    const line = fsFailure(errno(code, "/ws/records/2026/BXMZ-2026-001.yaml"), ui("zh"));
    expect(line).toContain("BXMZ-2026-001.yaml");
    expect(line).toContain(words);
    expect(line).not.toContain(code);
  });

  it("every code has words in both languages (an unknown one still says which)", () => {
    expect(fsFailure(errno("EWHATEVER", "/x"), ui("zh"))).toContain("系统错误 EWHATEVER");
    expect(fsFailure(errno("EACCES", "/x"), ui("en"))).toContain("permission denied");
  });

  it("a bug is not a file-system error (stays an internal error)", () => {
    expect(fsFailure(new TypeError("x is undefined"), ui("zh"))).toBeUndefined();
    expect(fsCode(Object.assign(new Error("x"), { code: "ERR_INVALID_ARG_TYPE" }))).toBeUndefined();
  });

  it("Excel/WPS holding a file: EBUSY anywhere, EPERM/EACCES on Windows only", () => {
    expect(inUse(errno("EBUSY"), "linux")).toBe(true);
    expect(inUse(errno("EPERM"), "win32")).toBe(true);
    expect(inUse(errno("EPERM"), "linux")).toBe(false);
    expect(inUse(errno("ENOSPC"), "win32")).toBe(false);
  });
});

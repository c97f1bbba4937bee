/** An invalid wenping.yaml is said the same way by every command: the message, then its problems with a code frame. */
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasStack, ROOT, run, tempDir } from "../helpers/cli.js";

let dir = "";
let cleanup: () => void = () => {};
beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  cpSync(join(ROOT, "examples", "records"), join(dir, "records"), { recursive: true });
  // `nme` for `name` on line 4: problems placed on that line.
  writeFileSync(
    join(dir, "wenping.yaml"),
    "schema: wenping/workspace@1\norganization: 局\nunits:\n  - { code: JZK, nme: 救助科 }\n",
  );
});
afterAll(() => cleanup());

describe("an invalid wenping.yaml (cold)", () => {
  it("validate says it on stderr, exit 2: the message, the problem's place and a frame pointing at line 4", () => {
    const r = run(["validate", "--no-cache"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    const lines = r.stderr.split("\n");
    expect(lines[0]).toBe("工作区配置 wenping.yaml 有问题,请先改正:");
    expect(lines[1]).toMatch(/^wenping\.yaml:4:\d+ {2}错误 {2}\S+ {2}\S/);
    expect(r.stderr).toContain("    > 4 |   - { code: JZK, nme: 救助科 }\n        |                  ^");
    expect(hasStack(r.stderr)).toBe(false);
  });

  // What validate says, run once per language for the three commands compared with it (it was run six times).
  const validateSays: Record<string, string> = {};
  const said = (lang: string) => {
    validateSays[lang] ??= run(["validate", "--no-cache", "--lang", lang], { cwd: dir }).stderr;
    return validateSays[lang];
  };

  it.each([["status"], ["ledger", "--format", "csv"], ["report", "monthly"]])(
    "%s says it exactly as validate does (through the entry point), in English too",
    (...args) => {
      for (const lang of ["zh", "en"]) {
        const other = run([...args, "--no-cache", "--lang", lang], { cwd: dir });
        expect(other.code).toBe(2);
        expect(other.stdout).toBe("");
        expect(other.stderr).toBe(said(lang));
      }
    },
  );
});

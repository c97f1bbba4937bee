/** Help in the user's language: commander's headings and usage words translated, columns lined up by display width. */
import { readFileSync } from "node:fs";
import stringWidth from "fast-string-width";
import { describe, expect, it } from "vitest";
import { enHelp } from "../../src/i18n/help.en.js";
import { zhHelp } from "../../src/i18n/help.zh.js";
import { ROOT, run } from "../helpers/cli.js";

/** Help text with commander's line wrapping undone (it wraps long descriptions at 80 columns). */
const unwrapped = (out: string) => out.replace(/\s+/g, " ");

/** The display column where each command's description starts in a help listing. */
function descriptionColumns(out: string, commands: readonly string[]): number[] {
  return commands.map((name) => {
    const line = out.split("\n").find((l) => l.startsWith(`  ${name} `));
    if (!line) throw new Error(`no line for ${name} in:\n${out}`);
    const term = /^ {2}\S.*?\S {2,}/.exec(line)?.[0] ?? "";
    return stringWidth(term);
  });
}

describe("help", () => {
  it("speaks Chinese by default: headings, usage words and every command's description", () => {
    const { code, stdout } = run(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^用法: wenping \[选项\] \[命令\]/);
    for (const heading of ["选项:", "命令:"]) expect(stdout).toContain(`\n${heading}\n`);
    expect(stdout).not.toMatch(/Usage:|Options:|\[options\]/);
    for (const key of ["validate", "init", "schema", "report", "draft", "form", "ledger", "status"] as const)
      expect(unwrapped(stdout)).toContain(zhHelp[key]);
    // Chinese usage words are two columns wide: the descriptions still start in one column.
    expect(new Set(descriptionColumns(stdout, ["validate", "report", "status", "edit"])).size).toBe(1);
  });

  it("speaks English with --lang en, commander's own headings unchanged", () => {
    const { code, stdout } = run(["--lang", "en", "report", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: wenping report \[options\] \[command\]/);
    expect(unwrapped(stdout)).toContain(enHelp.monthly);
    expect(unwrapped(stdout)).toContain(enHelp.annual);
    expect(stdout).not.toMatch(/用法|选项/);
  });

  it("--version prints package.json's version", () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}/package.json`, "utf8"));
    expect(run(["--version"])).toMatchObject({ code: 0, stdout: `${version}\n` });
  });
});

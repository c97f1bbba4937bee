// Output bounds (issue 12 item 13): a huge line is cut around the column, problems are capped with a count.
import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import type { Problem } from "../../src/diagnostics/finding.js";
import { formatFileProblems, formatProblemsText } from "../../src/format/problems-text.js";
import { cutAround, displayWidth } from "../../src/format/terminal.js";
import { ui } from "../../src/i18n/index.js";

const plain = new Chalk({ level: 0 });
const text = ui("zh");
const problem = (line: number, column: number): Problem => ({
  code: "SCHEMA",
  severity: "error",
  message: "不对",
  path: "/title",
  line,
  column,
});

describe("code frames on a 1 MB line", () => {
  it("stay within the terminal's width, with the caret under the column", () => {
    const long = `title: ${"长".repeat(300_000)}X${"a".repeat(400_000)}`;
    const column = 8 + 300_000; // 1-based: the X after "title: " and the 长s
    const lines = formatFileProblems(
      { file: "r.yaml", problems: [problem(2, column)], text: `id: A\n${long}\n` },
      text,
      plain,
      { maxProblems: 10, columns: 80 },
    );
    const frame = lines.filter((l) => l.includes("|"));
    for (const l of frame) expect(displayWidth(l)).toBeLessThanOrEqual(80);
    const shown = frame.find((l) => l.includes(">")) ?? "";
    const caret = frame.find((l) => l.trimEnd().endsWith("^")) ?? "";
    // The caret points at the X: walk the shown text to the caret's display column.
    const body = [...shown.slice(shown.indexOf("| ") + 2)];
    let at = caret.indexOf("^") - (caret.indexOf("| ") + 2);
    let i = 0;
    while (at > 0) at -= displayWidth(body[i++] ?? " ");
    expect(body[i]).toBe("X");
    expect(shown).toContain("…");
  });

  it("leave a short line whole", () => {
    const r = cutAround("title: 短标题", 7, 60);
    expect(r).toEqual({ text: "title: 短标题", caret: 7 });
  });
});

describe("findings capped per file and in all", () => {
  it("shows --max-problems a file, then 还有 N 个问题", () => {
    const problems = Array.from({ length: 25 }, (_, i) => problem(i + 1, 1));
    const lines = formatFileProblems({ file: "r.yaml", problems }, text, plain, { maxProblems: 10, columns: 80 });
    expect(lines.filter((l) => l.startsWith("r.yaml:"))).toHaveLength(10);
    expect(lines.at(-1)).toContain("还有 15 个问题");
  });

  it("0 lists all", () => {
    const problems = Array.from({ length: 25 }, (_, i) => problem(i + 1, 1));
    const lines = formatFileProblems({ file: "r.yaml", problems }, text, plain, { maxProblems: 0, columns: 80 });
    expect(lines.filter((l) => l.startsWith("r.yaml:"))).toHaveLength(25);
  });

  it("1,000 broken files give a bounded listing and a count of the rest", () => {
    const entries = Array.from({ length: 1000 }, (_, i) => ({ file: `r${i}.yaml`, problems: [problem(1, 1)] }));
    const lines = formatProblemsText(entries, text, plain, { maxProblems: 10, columns: 80 });
    expect(lines.length).toBeLessThan(300);
    expect(lines.at(-1)).toContain("还有 900 个文件有问题");
  });
});

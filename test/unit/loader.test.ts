import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode, parseYaml, sourceFromBytes } from "../../src/read/index.js";
import { checkConfig } from "../../src/workspace/check-config.js";
import { FIXTURES, problemsOf } from "../helpers/check.js";

describe("decode", () => {
  it.each([
    ["plain UTF-8", Buffer.from("title: 调整标准\n"), "title: 调整标准\n"],
    ["a BOM is dropped", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("a: 1")]), "a: 1"],
    ["CRLF is kept for the parser", Buffer.from("a: 1\r\nb: 2\r\n"), "a: 1\r\nb: 2\r\n"],
  ])("%s", (_name, bytes, text) => {
    expect(decode(bytes)).toEqual({ ok: true, text });
  });

  it.each([
    ["GBK", Buffer.from([0x61, 0x3a, 0x20, 0xb5, 0xf7, 0xd5, 0xfb]), "ENCODING.gbk", 1, 4],
    ["UTF-16 LE with BOM", Buffer.from("\ufeffa: 1", "utf16le"), "ENCODING.utf16", 1, 1],
    ["UTF-16 without BOM", Buffer.from("abc: 1\nd: 2\n", "utf16le"), "ENCODING.utf16", 1, 2],
    ["a zip (xlsx renamed)", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]), "ENCODING.binary", 1, 1],
    ["NUL in text", Buffer.from("a: 1\nb: x\u0000y\n"), "ENCODING.binary", 2, 5],
    ["invalid bytes that are not GBK", Buffer.from([0x61, 0x0a, 0xff, 0xff, 0xff]), "ENCODING.unknown", 2, 1],
  ])("%s is an ENCODING problem at its first bad byte", (_name, bytes, key, line, column) => {
    const result = decode(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.finding).toMatchObject({ code: "ENCODING", key, line, column });
  });
});

describe("parseYaml", () => {
  it("keeps dates as strings (YAML 1.2 core schema)", () => {
    const { data, findings } = parseYaml("listed_on: 2021-04-15\nn: 012\nyes: yes\n");
    expect(findings).toEqual([]);
    expect(data).toEqual({ listed_on: "2021-04-15", n: 12, yes: "yes" });
  });

  it("does not let __proto__ pollute prototypes", () => {
    const { data } = parseYaml("__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\n");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  it.each([
    ["duplicate key", "a: 1\na: 2\n", "YAML.duplicateKey", 2],
    ["two documents", "a: 1\n---\nb: 2\n", "YAML.multiDoc", 2],
    ["a JS function tag", "a: !!js/function 'function(){}'\n", "YAML.tag", 1],
    ["a local tag", "a: !shell ls\n", "YAML.tag", 1],
    ["an unclosed quote, at its opening line", 'a: 1\nb: "open\nc: 2\n', "YAML.syntax", 2],
  ])("%s is a YAML problem with its line", (_name, text, key, line) => {
    const { data, findings } = parseYaml(text);
    expect(data).toBeUndefined();
    expect(findings[0]).toMatchObject({ code: "YAML", line });
    expect(findings.map((f) => f.key)).toContain(key === "YAML.syntax" ? findings[0]?.key : key);
  });

  it("names a duplicate key as it is written", () => {
    const { findings } = parseYaml('title: a\nunit: JZK\n"title": b\n');
    expect(findings[0]).toMatchObject({ key: "YAML.duplicateKey", line: 3, params: { key: '"title"' } });
  });

  it("refuses an alias bomb quickly", () => {
    const levels = ["a: &a [x,x,x,x,x,x,x,x,x,x]"];
    for (let i = 1; i < 9; i++)
      levels.push(
        `l${i}: &l${i} [${Array(10)
          .fill(i === 1 ? "*a" : `*l${i - 1}`)
          .join(",")}]`,
      );
    const started = Date.now();
    const { findings } = parseYaml(levels.join("\n"));
    expect(findings.map((f) => f.key)).toEqual(["YAML.alias"]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("survives nesting 20,000 deep", () => {
    const { findings } = parseYaml(`${"[".repeat(20_000)}${"]".repeat(20_000)}`);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings[0]?.code).toBe("YAML");
  });

  it("reads an empty file as no data and no problem (the schema then says what is missing)", () => {
    expect(parseYaml("")).toMatchObject({ data: null, findings: [] });
  });
});

describe("hand-edited YAML: what a Chinese input method types", () => {
  const record = (line: string) =>
    `schema: wenping/decision-item@1\nid: BXMZ-2021-001\n${line}\nunit: JZK\ncategory: other\ndomain: other\ninitial_risk: low\nlisted_on: 2021-06-01\n`;

  it("a full-width colon after a field name is named, at its line, with the fix", () => {
    const problems = problemsOf(record("title：调整标准"));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 3, column: 6 });
    expect(problems[0]?.message).toContain("全角冒号");
    expect(problems[0]?.hint).toContain("title: 调整标准");
    const en = problemsOf(record("title：调整标准"), { lang: "en" });
    expect(en[0]?.message).toContain("full-width colon");
  });

  it.each([
    ["in the middle", record("title:调整标准"), "title", 3, "title: 调整标准"],
    [
      "nested, on the last line",
      `${record("title: 调整标准")}decision:\n  outcome: implement\n  decided_on:2021-06-02\n`,
      "decided_on",
      11,
      "decided_on: 2021-06-02",
    ],
  ])(
    "a field whose colon has no space after it (%s) is named, with the fix, not 字段名不能跨行",
    (_n, text, field, line, fix) => {
      const problems = problemsOf(text);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ line });
      expect(problems[0]?.message).toBe(`字段名「${field}」后面的冒号缺少空格`);
      expect(problems[0]?.hint).toContain(fix);
      expect(problemsOf(text, { lang: "en" })[0]?.message).toContain("no space after the colon");
    },
  );

  it("a full-width colon in wenping.yaml is named too", () => {
    const text = readFileSync(join(FIXTURES, "wenping.yaml"), "utf8").replace(/^(\w+): /m, "$1：");
    const { findings } = checkConfig(sourceFromBytes("wenping.yaml", Buffer.from(text)));
    expect(findings.map((f) => f.key)).toContain("YAML.fullWidthColon");
  });

  it.each([
    ["after two spaces (it becomes part of the key)", "  \u3000"],
    ["after one space (the indentation is wrong)", " \u3000"],
    ["a no-break space", "  \u00a0"],
  ])("a full-width space in an indent %s is said so, not 未知字段「　decided_by」", (_name, indent) => {
    const text = `${record("title: 事项")}decision:\n  outcome: implement\n  decided_on: 2021-06-02\n${indent}decided_by: 局党组会议\n`;
    const problems = problemsOf(text);
    const messages = problems.map((p) => `${p.message} ${p.hint ?? ""}`).join("\n");
    expect(messages).toContain("全角空格");
    expect(messages).not.toContain("未知字段");
    expect(problems.find((p) => p.message.includes("全角空格"))).toMatchObject({ line: 12 });
  });

  it("a tab in an indent is the one problem told, not the parser's cascade after it", () => {
    const text = `${record("title: 事项")}assessment:\n\tassessor: self\n  procedure: simple\n  risk_level: low\n`;
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "YAML", line: 10, column: 1 });
    expect(problems[0]?.message).toContain("制表符");
  });

  it("a full-width colon inside text is left alone", () => {
    expect(problemsOf(record("title: 关于：调整标准"))).toEqual([]);
  });
});
